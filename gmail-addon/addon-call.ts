/**
 * What an add-on handler works with: the verified event, who is calling (the Google identity and
 * the Touchpoint user it is linked to), the interface language, the server's dependencies, and
 * the add-on's own URLs. Built once per request by the endpoint wrapper in `gmail-addon.ts`.
 */
import { translator, uiLocale, type Translator, type UiLocale } from '../core/i18n/index.ts';
import type { User } from '../core/index.ts';
import type { ReadyDeps } from '../server/http/env.ts';
import type { GoogleIdentity } from '../server/store/google-accounts.ts';
import type { IdTokenVerifier } from './auth/id-token-verifier.ts';
import { signChartLink, type ChartData } from './chart/signed-link.ts';
import type { AddonEvent } from './event.ts';
import { gmailClient, type GmailCall } from './gmail/gmail-client.ts';
import type { GmailAddonSettings } from './settings.ts';

export interface GmailAddonOptions {
  settings: GmailAddonSettings;
  /** Checks Google's ID tokens; default: against Google's published keys. */
  verifier?: IdTokenVerifier;
  /** The Gmail API root; default `https://gmail.googleapis.com/` (tests point it at a local fake). */
  gmailRootUrl?: string;
  /** Milliseconds a Gmail API call may take before the card answers without it. Default 3000. */
  gmailTimeoutMs?: number;
}

export type ReadyOptions = Required<Omit<GmailAddonOptions, 'gmailRootUrl'>> & { gmailRootUrl: string | undefined };

/** Which endpoint Google called: the four the deployment descriptor names. */
export type Endpoint = 'home' | 'message' | 'compose' | 'action';

export interface AddonCall {
  endpoint: Endpoint;
  event: AddonEvent;
  identity: GoogleIdentity;
  user: User;
  locale: UiLocale;
  tr: Translator;
  deps: ReadyDeps;
  options: ReadyOptions;
  now: Date;
}

/** The interface language: Gmail's locale, else the user's own setting. */
export function callLocale(event: AddonEvent, user: User | null): UiLocale {
  return uiLocale(event.commonEventObject.userLocale ?? user?.locale ?? null);
}

export const trFor = (locale: UiLocale): Translator => translator(locale);

/** The URL Google posts a card's actions to. */
export const actionUrl = (call: Pick<AddonCall, 'options'>): string => `${call.options.settings.endpointUrl}/action`;

/** A signed link to the order chart showing `data`. */
export const chartUrl = (call: Pick<AddonCall, 'options' | 'now'>, data: ChartData): string =>
  signChartLink(call.options.settings.endpointUrl, call.options.settings.imageKey, data, call.now.getTime());

/** Where a customer opens in the browser: the customer's page (`GET /customers/:id`, the task pane in its customer mode). */
export const customerWebUrl = (call: Pick<AddonCall, 'deps'>, customerId: string): string => `${call.deps.publicUrl}/customers/${encodeURIComponent(customerId)}`;

/** A Gmail API client with this event's tokens, or null without the user's token. */
export function gmailFor(call: Pick<AddonCall, 'event' | 'options'>): GmailCall | null {
  const userToken = call.event.authorizationEventObject?.userOAuthToken;
  const messageToken = call.event.gmail?.accessToken ?? null;
  if (!userToken) return null;
  return gmailClient({ userToken, messageToken }, { rootUrl: call.options.gmailRootUrl, timeoutMs: call.options.gmailTimeoutMs });
}
