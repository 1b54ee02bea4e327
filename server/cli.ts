/**
 * `npx touchpoint …`: manage users and tokens on the configured store (DATABASE_URL or ./data).
 *
 *   user add --name NAME --email EMAIL [--role rep|manager|admin] [--team TEAM] [--password-stdin]
 *   user list
 *   user deactivate --email EMAIL
 *   user password --email EMAIL              (the new password from stdin)
 *   user link-google --email EMAIL --google-email GOOGLE_EMAIL
 *   user unlink-google --google-email GOOGLE_EMAIL
 *   user google-accounts --email EMAIL
 *   token create --email EMAIL [--label LABEL]
 *   token list --email EMAIL
 *   token revoke TOKEN_ID
 */
import { parseArgs } from 'node:util';
import { NewUser, type User } from '../core/index.ts';
import { openStore } from './open-store.ts';
import type { Database } from './store/database.ts';
import { googleAccountsOf, GoogleAccountTakenError, linkGoogleAccount, unlinkGoogleAccount } from './store/google-accounts.ts';
import { isoNow, systemClock, type Clock } from './store/ids.ts';
import { passwordProblem, setPassword } from './store/passwords.ts';
import { createToken, createUser, DuplicateUserError, getUserByEmail, listTokens, listUsers, revokeToken, setUserActive, teamName } from './store/users.ts';

export const USAGE = `usage: touchpoint <command>
  user add --name NAME --email EMAIL [--role rep|manager|admin] [--team TEAM] [--password-stdin]
  user list
  user deactivate --email EMAIL
  user password --email EMAIL   (reads the new password from stdin)
  user link-google --email EMAIL --google-email GOOGLE_EMAIL
  user unlink-google --google-email GOOGLE_EMAIL
  user google-accounts --email EMAIL
  token create --email EMAIL [--label LABEL]
  token list --email EMAIL
  token revoke TOKEN_ID`;

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
  clock?: Clock;
  /** Reads a password: one line from stdin, not echoed on a terminal. */
  readSecret?: (prompt: string) => Promise<string>;
}

/** Runs one CLI command against an open store; returns the exit code (0 ok, 1 failed, 2 bad usage). */
export async function runCli(argv: string[], database: Database, io: CliIo): Promise<number> {
  const clock = io.clock ?? systemClock;
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: false,
    options: {
      name: { type: 'string' },
      email: { type: 'string' },
      role: { type: 'string' },
      team: { type: 'string' },
      label: { type: 'string' },
      'google-email': { type: 'string' },
      'password-stdin': { type: 'boolean' },
    },
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
  /** The new password from stdin, or undefined (said why) when there is none or it is refused. */
  const readPassword = async (): Promise<string | undefined> => {
    if (!io.readSecret) {
      io.err('no stdin to read the password from');
      return undefined;
    }
    const password = (await io.readSecret('new password: ')).replace(/\r?\n$/, '');
    const problem = passwordProblem(password);
    if (problem) io.err(problem);
    return problem ? undefined : password;
  };

  if (noun === 'user' && verb === 'add') {
    const parsed = NewUser.safeParse({ name: str('name'), email: str('email'), role: str('role'), team: str('team') });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) io.err(`--${issue.path.join('.') || 'input'}: ${issue.message}`);
      return 2;
    }
    const password = values['password-stdin'] === true ? await readPassword() : null;
    if (password === undefined) return 2;
    try {
      const at = isoNow(clock);
      // The user and the password together, or neither.
      const user = await db.transaction().execute(async (trx): Promise<User> => {
        const created = await createUser(trx, parsed.data, null, at);
        if (password) await setPassword(trx, created.id, password, null, at);
        return created;
      });
      io.out(`created ${user.role} ${user.name} <${user.email}> (${user.id})${password ? ' with a password' : ''}`);
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
  if (noun === 'user' && verb === 'password') {
    const user = await requireUser();
    if (!user) return 1;
    const password = await readPassword();
    if (password === undefined) return 2;
    await setPassword(db, user.id, password, null, isoNow(clock));
    io.out(`password set for ${user.email}`);
    return 0;
  }
  if (noun === 'user' && verb === 'link-google') {
    const googleEmail = str('google-email');
    if (!googleEmail || !/^[^@\s]+@[^@\s]+$/.test(googleEmail)) {
      io.err('--google-email is required (the Google account\'s address)');
      return 2;
    }
    const user = await requireUser();
    if (!user) return 1;
    try {
      await linkGoogleAccount(db, { userId: user.id, email: googleEmail }, null, isoNow(clock));
    } catch (error) {
      if (error instanceof GoogleAccountTakenError) {
        io.err(error.message);
        return 1;
      }
      throw error;
    }
    io.out(`linked Google account ${googleEmail.toLowerCase()} to ${user.email}`);
    return 0;
  }
  if (noun === 'user' && verb === 'unlink-google') {
    const googleEmail = str('google-email');
    if (!googleEmail) {
      io.err('--google-email is required');
      return 2;
    }
    if (!(await unlinkGoogleAccount(db, googleEmail, null, isoNow(clock)))) {
      io.err(`no linked Google account ${googleEmail}`);
      return 1;
    }
    io.out(`unlinked Google account ${googleEmail.toLowerCase()}`);
    return 0;
  }
  if (noun === 'user' && verb === 'google-accounts') {
    const user = await requireUser();
    if (!user) return 1;
    const links = await googleAccountsOf(db, user.id);
    if (links.length === 0) io.out(`no Google account linked to ${user.email}`);
    for (const l of links) io.out(`${l.googleEmail}  linked ${l.linkedAt}${l.googleSub ? '' : '  (not used yet)'}`);
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
    process.exitCode = await runCli(process.argv.slice(2), database, { out: (l) => console.log(l), err: (l) => console.error(l), readSecret: readStdinSecret });
  } finally {
    await database.close();
  }
}

/** One line from stdin; on a terminal, prompted and not echoed. */
function readStdinSecret(prompt: string): Promise<string> {
  const stdin = process.stdin;
  if (!stdin.isTTY) {
    return new Promise((resolve, reject) => {
      let text = '';
      stdin.setEncoding('utf8');
      stdin.on('data', (chunk: string) => (text += chunk));
      stdin.on('end', () => resolve(text.split(/\r?\n/)[0] ?? ''));
      stdin.on('error', reject);
    });
  }
  process.stderr.write(prompt);
  return new Promise((resolve) => {
    let text = '';
    stdin.setRawMode(true);
    stdin.setEncoding('utf8');
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n' || ch === '\u0004') {
          stdin.setRawMode(false);
          stdin.off('data', onData);
          stdin.pause();
          process.stderr.write('\n');
          resolve(text);
          return;
        }
        if (ch === '\u0003') process.exit(130);
        text = ch === '\u007f' ? text.slice(0, -1) : text + ch;
      }
    };
    stdin.on('data', onData);
    stdin.resume();
  });
}
