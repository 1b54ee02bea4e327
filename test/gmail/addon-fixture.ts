/**
 * The real server with the Gmail add-on mounted, over a seeded test database: the API fixture's
 * users and customers, Google accounts linked to two reps, Google's token signing played with a
 * local key, and the Gmail API played by a fake on loopback. `event()` writes events as Google
 * documents them; `post()` sends one to an add-on endpoint through `app.request`.
 */
import type { User } from '../../core/index.ts';
import { createApp } from '../../server/app.ts';
import { apiFixture, FIXED_NOW, type Who } from '../../server/testing/api-fixture.ts';
import type { Engine } from '../../server/store/test-engines.ts';
import { linkGoogleAccount } from '../../server/store/google-accounts.ts';
import { googleIdTokenVerifier } from '../../gmail-addon/auth/id-token-verifier.ts';
import { AddonResponse } from '../../gmail-addon/cards/responses.ts';
import { DEPLOYMENT_SCOPES } from '../../gmail-addon/scopes.ts';
import type { GmailAddonSettings } from '../../gmail-addon/settings.ts';
import { startFakeGmail } from './fake-gmail.ts';
import { makeGoogleKeys, OAUTH_CLIENT_ID, SERVICE_ACCOUNT, systemToken, userToken } from './google-keys.ts';

export const PUBLIC_URL = 'https://tp.example.com';
export const ENDPOINT = `${PUBLIC_URL}/gmail`;
export const SETTINGS: GmailAddonSettings = { serviceAccountEmail: SERVICE_ACCOUNT, oauthClientId: OAUTH_CLIENT_ID, endpointUrl: ENDPOINT, imageKey: 'test-image-key-'.padEnd(40, 'x') };

/** The Google accounts of the test users (the unlinked one belongs to nobody). */
export const GOOGLE = {
  repA: { sub: '110000000000000000001', email: 'rep.a@lumen-home.example' },
  repB: { sub: '110000000000000000002', email: 'rep.b.lumen@gmail.example' },
  repSouth: { sub: '110000000000000000003', email: 'rep.south@lumen-home.example' },
  unlinked: { sub: '110000000000000000099', email: 'stranger@gmail.example' },
} as const;
export type GoogleUser = keyof typeof GOOGLE;

export interface EventOptions {
  messageId?: string;
  threadId?: string;
  scopes?: readonly string[];
  locale?: string;
  parameters?: Record<string, string>;
  formInputs?: Record<string, unknown>;
  compose?: { to: string[] };
  /** Leave the user ID token out. */
  noUserToken?: boolean;
  userTokenClaims?: Parameters<typeof userToken>[2];
}

/** One signing key for all fixtures of a test file: making a 2048-bit RSA key takes a while. */
let sharedKeys: ReturnType<typeof makeGoogleKeys> | undefined;

export async function addonFixture(engine: Engine, options: { gmailTimeoutMs?: number } = {}) {
  const api = await apiFixture(engine);
  const keys = (sharedKeys ??= makeGoogleKeys());
  const gmail = await startFakeGmail();
  const app = createApp({
    database: api.database,
    config: api.config,
    clock: () => FIXED_NOW,
    bookIndex: api.bookIndex,
    publicUrl: PUBLIC_URL,
    gmail: { settings: SETTINGS, verifier: googleIdTokenVerifier(keys.certificates), gmailRootUrl: gmail.rootUrl, gmailTimeoutMs: options.gmailTimeoutMs ?? 2_000 },
  });
  const at = FIXED_NOW.toISOString();
  for (const who of ['repA', 'repB', 'repSouth'] as const) {
    await linkGoogleAccount(api.database.db, { userId: api.users[who].id, email: GOOGLE[who].email }, api.users.admin.id, at);
  }

  /** An event as Google posts it, tokens signed for `who`. */
  async function event(who: GoogleUser, o: EventOptions = {}) {
    const common: Record<string, unknown> = {
      hostApp: 'GMAIL',
      platform: 'WEB',
      userLocale: o.locale ?? 'en',
      timeZone: { id: 'Asia/Shanghai', offset: 28_800_000 },
    };
    if (o.parameters) common.parameters = o.parameters;
    if (o.formInputs) common.formInputs = o.formInputs;
    const gmailPart: Record<string, unknown> = {};
    if (o.messageId) Object.assign(gmailPart, { messageId: o.messageId, threadId: o.threadId ?? `thread-${o.messageId}`, accessToken: `msg-token-for-${o.messageId}` });
    if (o.compose) Object.assign(gmailPart, { toRecipients: o.compose.to, ccRecipients: [], bccRecipients: [], accessToken: 'compose-token' });
    return {
      commonEventObject: common,
      authorizationEventObject: {
        userOAuthToken: `ya29.user-token-of-${who}`,
        ...(o.noUserToken ? {} : { userIdToken: await userToken(keys, GOOGLE[who], o.userTokenClaims) }),
        systemIdToken: 'system-token-also-in-the-header',
        authorizedScopes: [...(o.scopes ?? DEPLOYMENT_SCOPES)],
      },
      ...(Object.keys(gmailPart).length ? { gmail: gmailPart } : {}),
    };
  }

  /**
   * Posts `body` to the add-on endpoint `name` with a system token for that endpoint (or the
   * bearer given; null sends none). Answers that are 200 are checked against the response schema.
   */
  async function post(name: 'home' | 'message' | 'compose' | 'action', body: unknown, bearer?: string | null) {
    const token = bearer === undefined ? await systemToken(keys, `${ENDPOINT}/${name}`) : bearer;
    const res = await app.request(`/gmail/${name}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
    const json = await res.json();
    if (res.status === 200) AddonResponse.parse(json);
    return { status: res.status, body: json };
  }

  async function interactionCount(): Promise<number> {
    const row = await api.database.db.selectFrom('interactions').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return Number(row.n);
  }

  return {
    ...api,
    app,
    keys,
    gmail,
    event,
    post,
    interactionCount,
    userOf: (who: Who): User => api.users[who],
    dispose: async () => {
      await gmail.close();
      await api.dispose();
    },
  };
}

export type AddonFixture = Awaited<ReturnType<typeof addonFixture>>;
