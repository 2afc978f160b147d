/** Entry point of bin/tidtam. Exit status: 0 ok, 1 invalid input (nothing written), 2 wrong usage. */
import { bangkokDate } from '../domain/monitoring';
import { parseArgs } from 'node:util';
import { formatCliIssue } from './issue-format';
import { loadEnv } from '../server/config/env';
import { DataDirBusyError } from '../server/db/lock';
import { AppError } from '../server/errors';
import { isEmpty, loadDemo } from '../server/demo/load-demo';
import { connect, type Backend } from './backend';
import { importCommand } from './commands/monitoring/import';
import { summaryCommand } from './commands/monitoring/summary';
import { userCreateCommand } from './commands/user';
import { userLinkOidcCommand } from './commands/user-link-oidc';
import { userUnlinkOidcCommand } from './commands/user-unlink-oidc';
import { monthCommand } from './commands/monitoring/month';
import { missingCommand } from './commands/monitoring/missing';
import { remindCommand } from './commands/remind';
import { backupCommand } from './commands/backup';
import { restoreCommand } from './commands/restore';
import { generateCommand } from './commands/generate';
import { isWorkforceImportKind, workforceImportCommand } from './commands/workforce/import';
import { workforceCommand } from './commands/workforce/retirements';
import { USAGE, UsageError } from './usage';
import { developmentCommand } from './commands/development/development';
import { DEVELOPMENT_IMPORTS, developmentImportCommand } from './commands/development/import';
import { careersCommand, importCareerPathsCommand } from './commands/careers/careers';

async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      'data-dir': { type: 'string' },
      plan: { type: 'string' },
      'as-of': { type: 'string' },
      'fiscal-year': { type: 'string' },
      json: { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
      'no-demo': { type: 'boolean', default: false },
      username: { type: 'string' },
      subject: { type: 'string' },
      role: { type: 'string' },
      unit: { type: 'string' },
      name: { type: 'string' },
      'password-stdin': { type: 'boolean', default: false },
      period: { type: 'string' },
      deadline: { type: 'string' },
      'lock-days': { type: 'string' },
      force: { type: 'boolean', default: false },
      scale: { type: 'string' },
      seed: { type: 'string' },
      'no-reports': { type: 'boolean', default: false },
      'no-workforce': { type: 'boolean', default: false },
      from: { type: 'string' },
      years: { type: 'string' },
      amount: { type: 'string' },
      path: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const [command, sub, arg] = positionals;
  if (values.help || !command) {
    console.log(USAGE);
    return values.help ? 0 : 2;
  }
  if (values['data-dir']) process.env.TIDTAM_DATA_DIR = values['data-dir'];
  const env = loadEnv();
  if (command === 'serve') {
    const { startServer } = await import('../server/main');
    await startServer({ demo: !values['no-demo'] });
    return -1; // keep running
  }
  // Backup and restore choose their own way in (through the running server or not): src/cli/commands/backup.ts
  if (command === 'backup' || command === 'restore') {
    if (positionals.length > 2) throw new UsageError(`usage: tidtam ${command} FILE`);
    if (command === 'backup') await backupCommand(env, env.TIDTAM_DATA_DIR, sub);
    else await restoreCommand(env, env.TIDTAM_DATA_DIR, sub, values.force);
    return 0;
  }
  // Generate checks its options before it opens the database: src/cli/commands/generate.ts
  if (command === 'generate') {
    await generateCommand(env, env.TIDTAM_DATA_DIR, {
      scale: values.scale,
      seed: values.seed,
      noReports: values['no-reports'],
      noWorkforce: values['no-workforce'],
      json: values.json,
      extra: positionals.slice(1),
    });
    return 0;
  }
  const known = [
    'import',
    'summary',
    'migrate',
    'demo',
    'user',
    'remind',
    'month',
    'missing',
    'workforce',
    'development',
    'careers',
  ];
  if (!known.includes(command)) throw new UsageError(`unknown command "${command}"`);
  const backend: Backend = await connect(env, env.TIDTAM_DATA_DIR);
  try {
    switch (command) {
      case 'import':
        if (isWorkforceImportKind(sub)) {
          const extra = positionals.slice(3);
          await workforceImportCommand(backend, sub, arg, { dryRun: values['dry-run'], extra });
          break;
        }
        if (sub === 'career-paths') {
          if (positionals.length > 3) throw new UsageError('usage: tidtam import career-paths FILE');
          await importCareerPathsCommand(backend, arg);
          break;
        }
        if (sub && DEVELOPMENT_IMPORTS.includes(sub)) {
          await developmentImportCommand(backend, sub, arg, values['dry-run']);
          break;
        }
        await importCommand(backend, sub, arg, values['dry-run']);
        break;
      case 'workforce':
        await workforceCommand(backend, sub, {
          from: values.from,
          years: values.years,
          json: values.json,
          extra: positionals.slice(2),
        });
        break;
      case 'summary':
        await summaryCommand(backend, {
          plan: values.plan,
          asOf: values['as-of'],
          fiscalYear: values['fiscal-year'],
          json: values.json,
        });
        break;
      case 'development':
        await developmentCommand(backend.db, sub, {
          fiscalYear: values['fiscal-year'],
          amount: values.amount,
          json: values.json,
        });
        break;
      case 'careers':
        await careersCommand(backend, sub, {
          path: values.path,
          asOf: values['as-of'],
          json: values.json,
          extra: positionals.slice(2),
        });
        break;
      case 'migrate':
        console.log(
          backend.db
            ? `database is up to date (${backend.description})`
            : `${backend.description} migrated it on start`,
        );
        break;
      case 'demo':
        if (!backend.db)
          throw new UsageError('stop the server first: it loads the demo itself on an empty database');
        if (!(await isEmpty(backend.db)))
          throw new UsageError('the database is not empty; the demo loads only into an empty one');
        await loadDemo(backend.db, { cycleToday: bangkokDate(new Date()) });
        console.log('demo data loaded');
        break;
      case 'remind':
        await remindCommand(backend, env, { dryRun: values['dry-run'], json: values.json });
        break;
      case 'month':
        await monthCommand(backend, sub, arg, {
          deadline: values.deadline,
          lockDays: values['lock-days'],
          extra: positionals.slice(3),
        });
        break;
      case 'missing':
        await missingCommand(backend, {
          plan: values.plan,
          period: values.period,
          json: values.json,
          extra: positionals.slice(1),
        });
        break;
      case 'user':
        if (sub === 'link-oidc') {
          await userLinkOidcCommand(backend, env, { username: values.username, subject: values.subject });
          break;
        }
        if (sub === 'unlink-oidc') {
          await userUnlinkOidcCommand(backend, { username: values.username });
          break;
        }
        if (sub !== 'create') throw new UsageError('usage: tidtam user create|link-oidc|unlink-oidc …');
        await userCreateCommand(backend, {
          username: values.username,
          role: values.role,
          unit: values.unit,
          name: values.name,
          passwordStdin: values['password-stdin'],
        });
        break;
    }
  } finally {
    await backend.close();
  }
  return 0;
}

run(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exitCode = code;
  },
  (err: unknown) => {
    if (err instanceof AppError) {
      console.error(`${err.bilingual.en} / ${err.bilingual.th}`);
      for (const issue of err.issues ?? []) console.error(formatCliIssue(issue));
      // The user's input (a bad file, one over a limit, an unknown name): 1. Anything else: 2.
      const userInput: string[] = ['invalid_input', 'too_large', 'not_found', 'conflict'];
      process.exitCode = userInput.includes(err.code) ? 1 : 2;
    } else if (err instanceof UsageError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      console.error(`${(err as Error).message}\n\n${USAGE}`);
      process.exitCode = 2;
    } else if (err instanceof DataDirBusyError) {
      console.error(`${err.message}: wait for it to finish, or stop it`);
      process.exitCode = 2;
    } else {
      console.error(err instanceof Error ? err.message : err);
      process.exitCode = 2;
    }
  },
);
