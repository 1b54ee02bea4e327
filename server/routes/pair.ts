/**
 * `/pair`: signing a mail client in without a Microsoft or Google account, device-code style.
 *
 *   POST /pair/start   { purpose: 'addin', label? } → pairId, pollSecret, code, signInUrl, codeUrl
 *   GET  /pair/:pairId  the sign-in page (opened in an Office dialog or any browser)
 *   GET  /pair          type the short code instead, then sign in
 *   POST /pair/claim   { pairId, pollSecret } → 202 pending, 200 { token, user } once, then 410
 *
 * No token is needed here: the pages ask for e-mail and password. Wrong passwords are counted
 * per pairing and per account, wrong codes per client; each count locks after a few.
 * @see docs/api.md
 */
import type { Context } from 'hono';
import { Hono } from 'hono';
import { NONCE, secureHeaders, type SecureHeadersVariables } from 'hono/secure-headers';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { z } from 'zod';
import { translator, uiLocale, type UiLocale } from '../../core/i18n/index.ts';
import type { AppEnv } from '../http/env.ts';
import { jsonBody } from '../http/validate.ts';
import { csrfToken, csrfValid } from '../pairing/csrf.ts';
import { signInUrl } from '../pairing/google-pairing.ts';
import { codePage, donePage, messagePage, OFFICE_JS_URL, signInPage, type PageFrame } from '../pairing/pages.ts';
import { GoogleAccountTakenError } from '../store/google-accounts.ts';
import { approvePairing, claimPairing, getPairing, isExpired, pairingForCode, PairingNotPendingError, recordPairingFailure, startPairing, type Pairing } from '../store/pairings.ts';
import { userForPassword } from '../store/passwords.ts';
import { ACCOUNT_RULE, clearFailures, CLIENT_CODE_RULE, lockedUntil, recordFailure } from '../store/sign-in-failures.ts';

type PairEnv = AppEnv & { Variables: SecureHeadersVariables };

const PAIR_ID = /^[A-Za-z0-9_-]{22}$/;

const StartPairing = z.object({ purpose: z.literal('addin'), label: z.string().trim().min(1).max(100).optional() }).strict();
const ClaimPairing = z.object({ pairId: z.string().min(1).max(64), pollSecret: z.string().min(1).max(128) }).strict();

const OFFICE_ORIGIN = new URL(OFFICE_JS_URL).origin;

/**
 * Headers of every page: a strict CSP (nothing but this response's nonce'd style), no framing,
 * no referrer (the pairing id is in the URL), and `Cross-Origin-Opener-Policy: unsafe-none`,
 * without which web and new Outlook lose the dialog (error 12006).
 */
const pageHeaders = secureHeaders({
  contentSecurityPolicy: {
    defaultSrc: ["'none'"],
    styleSrc: [NONCE],
    imgSrc: ["'self'", 'data:'],
    formAction: ["'self'", (c) => new URL((c as Context<PairEnv>).var.deps.publicUrl).origin],
    baseUri: ["'none'"],
    frameAncestors: ["'none'"],
  },
  crossOriginOpenerPolicy: 'unsafe-none',
  crossOriginResourcePolicy: 'same-origin',
  xFrameOptions: 'DENY',
  referrerPolicy: 'no-referrer',
  // The done page widens its own CSP for office.js; keep it.
  overwrite: false,
});

function frameOf(c: Context<PairEnv>): PageFrame {
  const asked = c.req.query('lang');
  const header = c.req.header('accept-language') ?? '';
  // The first language the browser prefers that the pages speak, else English.
  const preferred = header
    .split(',')
    .map((part, i) => {
      const [tag, ...params] = part.trim().split(';');
      const q = Number(params.find((p) => p.trim().startsWith('q='))?.trim().slice(2) ?? 1);
      return { tag: tag!.trim().toLowerCase(), q: Number.isFinite(q) ? q : 0, i };
    })
    .filter((l) => l.q > 0 && /^(en|zh)\b/.test(l.tag))
    .sort((a, b) => b.q - a.q || a.i - b.i)[0]?.tag;
  const locale: UiLocale = asked === 'zh' || asked === 'en' ? asked : uiLocale(preferred);
  c.header('Cache-Control', 'no-store');
  c.header('Content-Language', locale === 'zh' ? 'zh-CN' : 'en');
  return { locale, nonce: c.get('secureHeadersNonce') ?? '', path: new URL(c.req.url).pathname };
}

const lang = (frame: PageFrame) => `?lang=${frame.locale}`;

function send(c: Context<PairEnv>, body: ReturnType<typeof messagePage>, status: ContentfulStatusCode = 200) {
  return c.html(body, status);
}

/** When a lock ends, as the page says it: `14:05` UTC. */
const clockTime = (iso: string) => iso.slice(11, 16);

/** The client's network address, for counting wrong codes (behind a proxy, the proxy's). */
function clientKey(c: Context<PairEnv>): string {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return `client:${env?.incoming?.socket?.remoteAddress ?? 'unknown'}`;
}

/** What the sign-in page says it is for. */
function introOf(frame: PageFrame, pairing: Pairing): string {
  const { t } = translator(frame.locale);
  if (pairing.purpose === 'google') return t('pair.for_google', { google: pairing.google?.email ?? '' });
  return pairing.label ? t('pair.for_addin_label', { label: pairing.label }) : t('pair.for_addin');
}

/** The page for a pairing that is not waiting for a sign-in, or null when it is. */
function notWaiting(c: Context<PairEnv>, frame: PageFrame, pairing: Pairing | undefined) {
  const { t } = translator(frame.locale);
  if (!pairing) return send(c, messagePage(frame, { message: t('pair.expired') }), 404);
  if (pairing.status === 'locked') return send(c, messagePage(frame, { message: t('pair.locked') }), 429);
  if (pairing.status !== 'pending') return send(c, messagePage(frame, { message: t('pair.used') }), 200);
  if (isExpired(pairing, c.var.deps.clock())) return send(c, messagePage(frame, { message: t('pair.expired') }), 410);
  return null;
}

async function loadPairing(c: Context<PairEnv>): Promise<Pairing | undefined> {
  const id = c.req.param('pairId') ?? '';
  return PAIR_ID.test(id) ? getPairing(c.var.deps.database.db, id) : undefined;
}

const formString = (value: unknown) => (typeof value === 'string' ? value : '');

export const pairRoutes = new Hono<PairEnv>()
  .post('/start', jsonBody(StartPairing), async (c) => {
    const { database, clock, publicUrl } = c.var.deps;
    const { label } = c.req.valid('json');
    const { pairing, pollSecret, code } = await startPairing(database.db, { purpose: 'addin', label }, clock());
    return c.json(
      { pairId: pairing.id, pollSecret: pollSecret!, code: code!, signInUrl: signInUrl(publicUrl, pairing.id), codeUrl: `${publicUrl}/pair`, expiresAt: pairing.expiresAt },
      201,
    );
  })
  .post('/claim', jsonBody(ClaimPairing), async (c) => {
    const { database, clock } = c.var.deps;
    const { pairId, pollSecret } = c.req.valid('json');
    const result = await claimPairing(database.db, pairId, pollSecret, clock());
    switch (result.status) {
      case 'unknown':
        return c.json({ error: 'no pairing with that id and secret', code: 'not_found' }, 404);
      case 'pending':
        return c.json({ status: 'pending' as const }, 202);
      case 'gone':
        return c.json({ error: 'this pairing was claimed already or has expired; start a new one', code: 'gone' }, 410);
      case 'claimed':
        return c.json({ token: result.token, user: { id: result.user.id, name: result.user.name, email: result.user.email } }, 200);
    }
  })
  .get('/', pageHeaders, async (c) => {
    const frame = frameOf(c);
    return send(c, codePage(frame, { action: `/pair${lang(frame)}`, csrf: csrfToken(c) }));
  })
  .post('/', pageHeaders, async (c) => {
    const frame = frameOf(c);
    const { t } = translator(frame.locale);
    const { database, clock, publicUrl } = c.var.deps;
    const form = await c.req.parseBody();
    const code = formString(form.code).trim().slice(0, 20);
    const view = (error: string) => codePage(frame, { action: `/pair${lang(frame)}`, csrf: csrfToken(c), code, error });
    if (!csrfValid(c, form.csrf)) return send(c, view(t('pair.form_expired')), 403);
    const now = clock();
    const locked = await lockedUntil(database.db, clientKey(c), now);
    if (locked) return send(c, messagePage(frame, { message: t('pair.code_locked', { time: clockTime(locked) }) }), 429);
    const pairing = await pairingForCode(database.db, code, now);
    if (pairing) return c.redirect(`${signInUrl(publicUrl, pairing.id)}${lang(frame)}`, 303);
    const failure = await recordFailure(database.db, clientKey(c), CLIENT_CODE_RULE, now);
    if (failure.lockedUntil) return send(c, messagePage(frame, { message: t('pair.code_locked', { time: clockTime(failure.lockedUntil) }) }), 429);
    return send(c, view(t('pair.code_wrong', { left: failure.left })), 404);
  })
  .get('/:pairId', pageHeaders, async (c) => {
    const frame = frameOf(c);
    const pairing = await loadPairing(c);
    const stop = notWaiting(c, frame, pairing);
    if (stop) return stop;
    return send(c, signInPage(frame, { action: `${frame.path}${lang(frame)}`, csrf: csrfToken(c), intro: introOf(frame, pairing!) }));
  })
  .post('/:pairId', pageHeaders, async (c) => {
    const frame = frameOf(c);
    const { t } = translator(frame.locale);
    const { database, clock } = c.var.deps;
    const pairing = await loadPairing(c);
    const stop = notWaiting(c, frame, pairing);
    if (stop) return stop;
    const form = await c.req.parseBody();
    const email = formString(form.email).trim().toLowerCase().slice(0, 320);
    const password = formString(form.password);
    const view = (error: string) => signInPage(frame, { action: `${frame.path}${lang(frame)}`, csrf: csrfToken(c), intro: introOf(frame, pairing!), email, error });
    if (!csrfValid(c, form.csrf)) return send(c, view(t('pair.form_expired')), 403);

    const now = clock();
    const at = now.toISOString();
    const account = `account:${email}`;
    const accountLock = await lockedUntil(database.db, account, now);
    if (accountLock) return send(c, view(t('pair.account_locked', { time: clockTime(accountLock) })), 429);

    const user = email && password ? await userForPassword(database.db, email, password) : undefined;
    if (!user) {
      const left = await recordPairingFailure(database.db, pairing!.id, at);
      const accountFailure = await recordFailure(database.db, account, ACCOUNT_RULE, now);
      if (left === 0) return send(c, messagePage(frame, { message: t('pair.locked') }), 429);
      if (accountFailure.lockedUntil) return send(c, view(t('pair.account_locked', { time: clockTime(accountFailure.lockedUntil) })), 429);
      return send(c, view(t('pair.wrong_password', { left })), 401);
    }
    await clearFailures(database.db, account);

    try {
      const approved = await approvePairing(database.db, pairing!.id, user, now);
      if (approved.purpose === 'google') {
        return send(c, donePage(frame, { message: t('pair.done_google', { google: approved.google?.email ?? '', name: user.name }) }));
      }
      // office.js from Microsoft's CDN, on this page only, to tell the pane through messageParent.
      const nonce = `'nonce-${frame.nonce}'`;
      c.header(
        'Content-Security-Policy',
        `default-src 'none'; style-src ${nonce}; script-src ${nonce} 'strict-dynamic' ${OFFICE_ORIGIN}; connect-src ${OFFICE_ORIGIN}; frame-src ${OFFICE_ORIGIN}; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
      );
      return send(c, donePage(frame, { message: t('pair.done_addin', { name: user.name }), pairId: approved.id }));
    } catch (error) {
      if (error instanceof PairingNotPendingError) return send(c, messagePage(frame, { message: t('pair.expired') }), 410);
      if (error instanceof GoogleAccountTakenError) return send(c, messagePage(frame, { message: t('pair.google_taken', { google: pairing!.google?.email ?? '' }) }), 409);
      throw error;
    }
  });
