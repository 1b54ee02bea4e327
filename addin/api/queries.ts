/**
 * The pane's queries as named option factories, each with its key: the open item's context,
 * a customer's context on the customer's page, and Today. Query keys carry the item key (or
 * the customer id) and the interface language, so switching either swaps the cached answer.
 */
import { queryOptions } from '@tanstack/preact-query';
import type { SidebarContext } from '../../core/context.ts';
import type { MailMessage } from '../../core/message.ts';
import { isApiError } from './api-error.ts';
import type { ApiClient } from './client.ts';

export interface MessageContext {
  /** The message as it was sent to the server. */
  message: MailMessage;
  context: SidebarContext;
}

export interface ContextQueryInput {
  client: ApiClient;
  itemKey: string;
  /** The interface language (`en`, `zh-CN`): reasons and questions come back in it. */
  locale: string;
  /** Reads the open item; the pane passes the Office adapter's reader. */
  read(): Promise<MailMessage>;
  /** Whether `read` includes the body (part of the cache key). */
  withBody: boolean;
}

/**
 * Most body text sent with a context request: the inquiry reader and the bank-details check
 * look at the new text at the top, and a long thread's quoted tail only costs upload time.
 * Logging sends the body whole.
 */
export const CONTEXT_BODY_MAX = 64_000;

export const contextKey = (itemKey: string, locale: string, withBody: boolean) => ['context', itemKey, locale, withBody ? 'body' : 'headers'] as const;

export function contextQuery(input: ContextQueryInput) {
  return queryOptions({
    queryKey: contextKey(input.itemKey, input.locale, input.withBody),
    // The signal aborts the request when the rep moves to another message before it answers.
    queryFn: async ({ signal }): Promise<MessageContext> => {
      const read = await input.read();
      const message = read.bodyText && read.bodyText.length > CONTEXT_BODY_MAX ? { ...read, bodyText: read.bodyText.slice(0, CONTEXT_BODY_MAX) } : read;
      return { message, context: await input.client.context(message, input.locale, signal) };
    },
  });
}

/** Every context on screen or cached (the open item's, a customer page's): what a change to a customer makes stale. */
export const contextsKey = ['context'] as const;

export const customerContextKey = (customerId: string, locale: string) => ['context', 'customer', customerId, locale] as const;

/** A customer's context with no mail open: the customer's page. */
export function customerContextQuery(input: { client: ApiClient; customerId: string; locale: string }) {
  return queryOptions({
    queryKey: customerContextKey(input.customerId, input.locale),
    queryFn: ({ signal }) => input.client.customerContext(input.customerId, input.locale, signal),
  });
}

export const todayKey = ['today'] as const;

export function todayQuery(client: ApiClient) {
  return queryOptions({ queryKey: todayKey, queryFn: ({ signal }) => client.today(signal) });
}

/** Retry only what may pass on its own (no answer, a server error), and only once, so the rep soon sees what to do. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  return failureCount < 1 && (isApiError(error, 'unreachable') || isApiError(error, 'server'));
}
