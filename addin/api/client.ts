/**
 * The pane's client of the Touchpoint server: one typed method per route it calls, over
 * `fetch`, with the bearer token, an AbortSignal where a request can be overtaken, and every
 * failure turned into an `ApiError` state. Types come from core's schemas (type imports only,
 * so the bundle carries no zod).
 */
import type { z } from 'zod';
import type { Contact, NewContact } from '../../core/contact.ts';
import type { SidebarContext } from '../../core/context.ts';
import type { CustomerContext } from '../../core/customer-context.ts';

import type { Customer, NewCustomer } from '../../core/customer.ts';
import type { ComposeDraftRequest, ComposedDraft } from '../../core/draft-request.ts';
import type { Interaction } from '../../core/interaction.ts';
import type { LogEmailRequest } from '../../core/log-request.ts';
import type { MailMessage } from '../../core/message.ts';
import type { NewReminder, Reminder } from '../../core/reminder.ts';
import type { TodayView } from '../../core/today.ts';
import type { User, UserRef } from '../../core/user.ts';
import { ApiError, failureState, isAbort } from './api-error.ts';

export interface ClientOptions {
  /** The server's origin (the pane is served by it: `location.origin`). */
  baseUrl: string;
  /** The current token, read on every request (sign-in may change it). */
  token(): string | null;
  fetch?: typeof fetch;
}

/** Body of `POST /api/interactions` for an e-mail (source and kind default on the server). */
export type LogEmail = Omit<z.input<typeof LogEmailRequest>, 'channel'>;

export interface LogResult {
  interaction: Interaction;
  /** False when someone logged this message before: then `loggedBy` and `loggedAt` say who and when. */
  created: boolean;
  loggedBy: UserRef;
  loggedAt: string;
}

export interface PairStart {
  pairId: string;
  pollSecret: string;
  /** Short code to type at `codeUrl` when the dialog cannot open. */
  code: string;
  signInUrl: string;
  codeUrl: string;
  expiresAt: string;
}

export type PairClaim = { state: 'pending' } | { state: 'paired'; token: string; user: UserRef } | { state: 'expired' };

export interface Page<T> {
  items: T[];
  total: number;
}

async function errorOf(res: Response): Promise<ApiError> {
  let message = `${res.status} ${res.statusText}`;
  let field: string | null = null;
  try {
    const body = (await res.json()) as { error?: string; field?: string };
    if (body.error) message = body.error;
    if (body.field) field = body.field;
  } catch {
    // Not JSON (a proxy's error page): the status says enough.
  }
  return new ApiError(failureState(res.status), res.status, message, field);
}

export function apiClient(options: ClientOptions) {
  const base = options.baseUrl.replace(/\/+$/, '');
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));

  async function send(method: string, path: string, body?: unknown, signal?: AbortSignal, auth = true): Promise<Response> {
    const headers: Record<string, string> = { accept: 'application/json' };
    const token = options.token();
    if (auth && token) headers.authorization = `Bearer ${token}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    let res: Response;
    try {
      res = await doFetch(`${base}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), signal });
    } catch (error) {
      if (isAbort(error)) throw error;
      throw new ApiError('unreachable', null, error instanceof Error ? error.message : String(error));
    }
    return res;
  }

  async function call<T>(method: string, path: string, body?: unknown, signal?: AbortSignal, auth = true): Promise<T> {
    if (auth && !options.token()) throw new ApiError('signed_out', null, 'not signed in');
    const res = await send(method, path, body, signal, auth);
    if (!res.ok) throw await errorOf(res);
    return (await res.json()) as T;
  }

  return {
    /** What the sidebar shows for `message` (`POST /api/context`); `locale` words reasons in the UI language. */
    context: (message: MailMessage, locale: string, signal?: AbortSignal) => call<SidebarContext>('POST', '/api/context', { message, locale }, signal),
    /** A customer's context with no mail open (`GET /api/customers/:id/context`), for the customer's page. */
    customerContext: (customerId: string, locale: string, signal?: AbortSignal) =>
      call<CustomerContext>('GET', `/api/customers/${encodeURIComponent(customerId)}/context?locale=${encodeURIComponent(locale)}`, undefined, signal),
    today: (signal?: AbortSignal) => call<TodayView>('GET', '/api/today', undefined, signal),
    me: (signal?: AbortSignal) => call<User>('GET', '/api/me', undefined, signal),
    logEmail: (request: LogEmail) => call<LogResult>('POST', '/api/interactions', { ...request, channel: 'email' }),
    addReminder: (reminder: z.input<typeof NewReminder>) => call<Reminder>('POST', '/api/reminders', reminder),
    snoozeReminder: (id: string, until: string) => call<Reminder>('POST', `/api/reminders/${encodeURIComponent(id)}/snooze`, { until }),
    completeReminder: (id: string) => call<Reminder>('POST', `/api/reminders/${encodeURIComponent(id)}/complete`, {}),
    createCustomer: (customer: z.input<typeof NewCustomer>) => call<Customer>('POST', '/api/customers', customer),
    searchCustomers: (q: string, signal?: AbortSignal) => call<Page<Customer>>('GET', `/api/customers?limit=8&q=${encodeURIComponent(q)}`, undefined, signal),
    addContact: (contact: z.input<typeof NewContact>) => call<Contact>('POST', '/api/contacts', contact),
    /** A greeting or follow-up filled in the contact's language (`POST /api/drafts`). */
    draft: (request: z.input<typeof ComposeDraftRequest>) => call<ComposedDraft>('POST', '/api/drafts', request),
    /** Starts a pairing sign-in (no token needed). */
    pairStart: (label: string) => call<PairStart>('POST', '/pair/start', { purpose: 'addin', label }, undefined, false),
    /** Asks whether the pairing finished: 202 pending, 200 with the token, 410 expired. */
    async pairClaim(pairId: string, pollSecret: string): Promise<PairClaim> {
      const res = await send('POST', '/pair/claim', { pairId, pollSecret }, undefined, false);
      if (res.status === 202) return { state: 'pending' };
      if (res.status === 410) return { state: 'expired' };
      if (!res.ok) throw await errorOf(res);
      const body = (await res.json()) as { token: string; user: UserRef };
      return { state: 'paired', token: body.token, user: body.user };
    },
  };
}

export type ApiClient = ReturnType<typeof apiClient>;
