/**
 * The add-on's HTTP surface, mounted by the server under `/gmail`: the trigger endpoints the
 * deployment descriptor names (`/home`, `/message`, `/compose`), the one action endpoint
 * (`/action`), and the order chart images (`/chart.png`, signed links, no bearer token).
 *
 * Each POST is checked before anything runs: Google's system ID token (bearer) for this exact
 * endpoint URL and the add-on's service account, then the user's ID token; unverified requests
 * get 401 and touch nothing. A verified Google account not linked to a Touchpoint user gets a
 * card saying how to link it. Every answer is checked against the card schemas; a failure
 * inside a handler still answers with a card (Gmail shows only a generic error for anything
 * else), and what is logged never includes the request's tokens.
 */
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AppEnv } from '../server/http/env.ts';
import { startGooglePairing } from '../server/pairing/google-pairing.ts';
import { userForGoogleAccount } from '../server/store/google-accounts.ts';
import { runAction } from './actions.ts';
import { callLocale, trFor, type AddonCall, type Endpoint, type GmailAddonOptions, type ReadyOptions } from './addon-call.ts';
import { googleIdTokenVerifier } from './auth/id-token-verifier.ts';
import { audienceFor, bearerToken, RequestRefused, verifySystemToken, verifyUser } from './auth/verify-request.ts';
import { renderOrderChart } from './chart/order-chart.ts';
import { readChartLink } from './chart/signed-link.ts';
import { AddonResponse, pushCard, showCard } from './cards/responses.ts';
import { AddonEvent } from './event.ts';
import { compose, homepage, openMessage } from './triggers.ts';
import { viewFor } from './message-context.ts';
import { notLinkedCard, problemCard } from './views/small-cards.ts';

/** Largest event accepted: form inputs and parameters are small. */
const MAX_EVENT_BYTES = 256 * 1024;
/** Default deadline for a Gmail API call. */
export const GMAIL_TIMEOUT_MS = 3_000;

type Handler = (call: AddonCall) => Promise<AddonResponse>;

/** Strips anything token-like from a line bound for the log. */
export function redactTokens(text: string): string {
  return text.replace(/\bey[\w-]+\.[\w-]+\.[\w-]+/g, '<jwt>').replace(/\bya29\.[\w.-]+/g, '<token>');
}

export function gmailAddon(options: GmailAddonOptions) {
  const ready: ReadyOptions = {
    settings: options.settings,
    verifier: options.verifier ?? googleIdTokenVerifier(),
    gmailRootUrl: options.gmailRootUrl,
    gmailTimeoutMs: options.gmailTimeoutMs ?? GMAIL_TIMEOUT_MS,
  };

  const endpoint = (name: Endpoint, handler: Handler) => async (c: Context<AppEnv>) => {
    const deps = c.var.deps;
    const url = new URL(c.req.url);
    try {
      await verifySystemToken(ready.verifier, ready.settings, bearerToken(c.req.header('authorization')), audienceFor(ready.settings.endpointUrl, `/${name}`, url.search));
    } catch (error) {
      if (error instanceof RequestRefused) return refuse(c, error);
      throw error;
    }
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      return c.json({ error: 'the body is not a JSON add-on event', code: 'malformed_event' }, 400);
    }
    const parsed = AddonEvent.safeParse(body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      return c.json({ error: `${issue.path.join('.')}: ${issue.message}`, code: 'malformed_event' }, 400);
    }
    const event = parsed.data;
    let identity;
    try {
      identity = await verifyUser(ready.verifier, ready.settings, event);
    } catch (error) {
      if (error instanceof RequestRefused) return refuse(c, error);
      throw error;
    }
    const user = await userForGoogleAccount(deps.database.db, identity);
    const locale = callLocale(event, user ?? null);
    const tr = trFor(locale);
    if (!user) {
      // A one-time sign-in link: whoever signs in there is linked to this verified Google account.
      const { signInUrl } = await startGooglePairing(deps, identity);
      const card = notLinkedCard(identity.email, { tr }, signInUrl);
      return c.json(checked(name === 'action' ? pushCard(card) : showCard(card)));
    }
    const call: AddonCall = { endpoint: name, event, identity, user, locale, tr, deps, options: ready, now: deps.clock() };
    try {
      return c.json(checked(await handler(call)));
    } catch (error) {
      console.error(`[touchpoint] gmail ${name} failed: ${redactTokens(error instanceof Error ? `${error.name}: ${error.message}` : String(error))}`);
      const card = problemCard('error', viewFor(call));
      return c.json(checked(name === 'action' ? pushCard(card) : showCard(card)));
    }
  };

  return new Hono<AppEnv>()
    .get('/chart.png', (c) => {
      const data = readChartLink(new URL(c.req.url).searchParams, ready.settings.imageKey, c.var.deps.clock().getTime());
      if (!data) return c.json({ error: 'the chart link is not valid or has expired', code: 'bad_link' }, 403);
      return c.body(new Uint8Array(renderOrderChart(data.amounts)), 200, { 'content-type': 'image/png', 'cache-control': 'private, max-age=3600' });
    })
    .use('*', bodyLimit({ maxSize: MAX_EVENT_BYTES, onError: (c) => c.json({ error: `the event is larger than ${MAX_EVENT_BYTES} bytes`, code: 'too_large' }, 413) }))
    .post('/home', endpoint('home', homepage))
    .post('/message', endpoint('message', openMessage))
    .post('/compose', endpoint('compose', compose))
    .post('/action', endpoint('action', runAction));
}

function refuse(c: Context<AppEnv>, error: RequestRefused) {
  c.header('WWW-Authenticate', 'Bearer realm="touchpoint-gmail", error="invalid_token"');
  return c.json({ error: error.message, code: 'unauthenticated' }, 401);
}

/** An answer that is not what Gmail accepts is a bug: fail here, where the log says why, not in Gmail. */
function checked(response: AddonResponse): AddonResponse {
  return AddonResponse.parse(response);
}
