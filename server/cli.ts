/**
 * `npx touchpoint …`: manage users and tokens on the configured store (DATABASE_URL or ./data).
 *
 *   user add --name NAME --email EMAIL [--role rep|manager|admin] [--team TEAM]
 *   user list
 *   user deactivate --email EMAIL
 *   token create --email EMAIL [--label LABEL]
 *   token list --email EMAIL
 *   token revoke TOKEN_ID
 */
import { parseArgs } from 'node:util';
import { NewUser } from '../core/index.ts';
import { openStore } from './open-store.ts';
import type { Database } from './store/database.ts';
import { isoNow, systemClock, type Clock } from './store/ids.ts';
import { createToken, createUser, DuplicateUserError, getUserByEmail, listTokens, listUsers, revokeToken, setUserActive, teamName } from './store/users.ts';

export const USAGE = `usage: touchpoint <command>
  user add --name NAME --email EMAIL [--role rep|manager|admin] [--team TEAM]
  user list
  user deactivate --email EMAIL
  token create --email EMAIL [--label LABEL]
  token list --email EMAIL
  token revoke TOKEN_ID`;

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
  clock?: Clock;
}

/** Runs one CLI command against an open store; returns the exit code (0 ok, 1 failed, 2 bad usage). */
export async function runCli(argv: string[], database: Database, io: CliIo): Promise<number> {
  const clock = io.clock ?? systemClock;
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: false,
    options: { name: { type: 'string' }, email: { type: 'string' }, role: { type: 'string' }, team: { type: 'string' }, label: { type: 'string' } },
  });
  const str = (k: keyof typeof values) => (typeof values[k] === 'string' ? (values[k] as string) : undefined);
  const [noun, verb, arg] = positionals;
  const { db } = database;
  const requireUser = async () => {
    const email = str('email');
    if (!email) {
      io.err('--email is required');
      return undefined;
    }
    const user = await getUserByEmail(db, email);
    if (!user) io.err(`no user with e-mail ${email}`);
    return user;
  };

  if (noun === 'user' && verb === 'add') {
    const parsed = NewUser.safeParse({ name: str('name'), email: str('email'), role: str('role'), team: str('team') });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) io.err(`--${issue.path.join('.') || 'input'}: ${issue.message}`);
      return 2;
    }
    try {
      const user = await createUser(db, parsed.data, null, isoNow(clock));
      io.out(`created ${user.role} ${user.name} <${user.email}> (${user.id})`);
      return 0;
    } catch (error) {
      if (error instanceof DuplicateUserError) {
        io.err(error.message);
        return 1;
      }
      throw error;
    }
  }
  if (noun === 'user' && verb === 'list') {
    for (const u of await listUsers(db)) {
      io.out(`${u.id}  ${u.role.padEnd(7)}  ${(await teamName(db, u.teamId)) ?? '-'}  ${u.name} <${u.email}>${u.active ? '' : '  (deactivated)'}`);
    }
    return 0;
  }
  if (noun === 'user' && verb === 'deactivate') {
    const user = await requireUser();
    if (!user) return 1;
    await setUserActive(db, user.id, false, null, isoNow(clock));
    io.out(`deactivated ${user.email}; their tokens are revoked`);
    return 0;
  }
  if (noun === 'token' && verb === 'create') {
    const user = await requireUser();
    if (!user) return 1;
    const { token, info } = await createToken(db, user.id, str('label') ?? 'cli', null, isoNow(clock));
    io.out(`token ${info.id} for ${user.email} (shown once, keep it safe):`);
    io.out(token);
    return 0;
  }
  if (noun === 'token' && verb === 'list') {
    const user = await requireUser();
    if (!user) return 1;
    for (const t of await listTokens(db, user.id)) {
      io.out(`${t.id}  ${t.label}  created ${t.createdAt}  last used ${t.lastUsedAt ?? 'never'}${t.revokedAt ? `  revoked ${t.revokedAt}` : '  live'}`);
    }
    return 0;
  }
  if (noun === 'token' && verb === 'revoke') {
    if (!arg) {
      io.err('token revoke needs the token id (see token list)');
      return 2;
    }
    if (!(await revokeToken(db, arg, null, isoNow(clock)))) {
      io.err(`no live token with id ${arg}`);
      return 1;
    }
    io.out(`revoked ${arg}`);
    return 0;
  }
  io.err(USAGE);
  return 2;
}

// Run as a program (not when imported by tests).
if (import.meta.url === `file://${process.argv[1]}`) {
  const database = await openStore();
  try {
    process.exitCode = await runCli(process.argv.slice(2), database, { out: (l) => console.log(l), err: (l) => console.error(l) });
  } finally {
    await database.close();
  }
}
