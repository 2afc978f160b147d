/** The real server on a target for one scenario, with the dataset's admin signed in (bench/run.ts). */
import { Client, login } from './http';
import { startServer, type ServerProcess } from './processes';
import type { ScenarioContext } from './scenarios/context';
import type { Target } from './targets';

export const MB = 2 ** 20;

/**
 * The real server on `target` for `use`, with the dataset's admin signed in, its RSS idle (300 ms after the
 * start) given; records its largest RSS against that as the figure `memoryId`.
 */
export async function withServer(
  ctx: ScenarioContext,
  target: Target,
  memoryId: string,
  use: (server: ServerProcess, admin: Client, idleRss: number) => Promise<void>,
): Promise<void> {
  const server = await startServer(target);
  try {
    await new Promise((r) => setTimeout(r, 300));
    const idleRss = server.maxRss();
    const admin = new Client(server.url, await login(server.url, ctx.dataset.admin, ctx.dataset.password));
    try {
      await use(server, admin, idleRss);
    } finally {
      admin.close();
    }
    ctx.rec.add(memoryId, { value: server.maxRss() / MB, limit: idleRss / MB });
  } finally {
    await server.stop();
  }
}
