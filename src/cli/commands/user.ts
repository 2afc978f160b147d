import { randomBytes } from 'node:crypto';
import { ROLES, type Role } from '../../shared/limits';
import { UserCreate } from '../../shared/api/users';
import { OPERATOR } from '../../server/actor';
import { invalidInput } from '../../server/errors';
import { createUser } from '../../server/use-cases/manage-users';
import type { Backend } from '../backend';
import { UsageError } from '../usage';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

export async function userCreateCommand(
  backend: Backend,
  options: {
    username?: string | undefined;
    role?: string | undefined;
    unit?: string | undefined;
    name?: string | undefined;
    passwordStdin: boolean;
  },
) {
  if (!options.username || !options.role)
    throw new UsageError('usage: tidtam user create --username NAME --role ROLE [--unit CODE]');
  if (!(ROLES as readonly string[]).includes(options.role))
    throw new UsageError(`--role is one of ${ROLES.join(', ')}`);
  const db = backend.db;
  if (!db)
    throw new UsageError(
      'the server is running: create users in the web app (ผู้ดูแลระบบ → ผู้ใช้), or stop the server first',
    );
  const generated = !options.passwordStdin;
  const password = generated ? randomBytes(12).toString('base64url') : await readStdin();
  let unitId: number | null = null;
  if (options.unit) {
    const { rows } = await db.query<{ id: number }>('select id from org_unit where lower(code) = lower($1)', [
      options.unit,
    ]);
    if (!rows[0])
      throw invalidInput([
        { field: 'unit', en: `no unit with code ${options.unit}`, th: `ไม่พบหน่วยงานรหัส ${options.unit}` },
      ]);
    unitId = rows[0].id;
  }
  const parsed = UserCreate.safeParse({
    username: options.username,
    displayName: options.name ?? options.username,
    password,
    role: options.role as Role,
    unitId,
  });
  if (!parsed.success) {
    throw invalidInput(
      parsed.error.issues.map((i) => {
        const [th, en] = i.message.split(' | ');
        return { field: i.path.join('.'), th: th ?? i.message, en: en ?? i.message };
      }),
    );
  }
  // A generated password was printed for someone else to pass on: its owner picks their own at first sign-in.
  await db.transaction((tx) => createUser(tx, OPERATOR, parsed.data, { mustChangePassword: generated }));
  console.log(`created user ${parsed.data.username} (${parsed.data.role})`);
  if (generated) console.log(`password: ${password}`);
}
