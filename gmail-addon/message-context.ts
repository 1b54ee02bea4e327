/**
 * From the event to the view: read the open mail (headers, or the body when needed), compose
 * the sidebar's context for it with the same function `POST /api/context` runs, and the pieces
 * every card needs (`ViewContext`).
 */
import type { UiLocale } from '../core/i18n/index.ts';
import { dateIn, type MailMessage, type SidebarContext } from '../core/index.ts';
import { buildContext, type ContextInput } from '../server/context/build-context.ts';
import { actionUrl, chartUrl, customerWebUrl, gmailFor, type AddonCall } from './addon-call.ts';
import { GmailUnavailable } from './gmail/gmail-client.ts';
import { readMessage, type ReadDepth } from './gmail/read-message.ts';
import { missingScopes, SCOPES } from './scopes.ts';
import type { Problem } from './views/small-cards.ts';
import type { ViewContext } from './views/view-context.ts';

export function viewFor(call: AddonCall): ViewContext {
  return {
    tr: call.tr,
    today: dateIn(call.now, call.deps.config.company.timeZone),
    actionUrl: actionUrl(call),
    chartUrl: (data) => chartUrl(call, data),
    customerUrl: (id) => customerWebUrl(call, id),
  };
}

export type Read = { message: MailMessage } | { problem: Problem };

/** The open message, or what kept us from reading it. */
export async function readOpenMessage(call: AddonCall, depth: ReadDepth): Promise<Read> {
  const id = call.event.gmail?.messageId;
  const gmail = gmailFor(call);
  if (!id || !gmail || !call.event.gmail?.accessToken) return { problem: 'missing' };
  try {
    return { message: await readMessage(gmail, id, depth) };
  } catch (error) {
    if (!(error instanceof GmailUnavailable)) throw error;
    return { problem: error.reason === 'denied' || error.reason === 'not_found' ? 'denied' : 'timeout' };
  }
}

/** The sidebar's context for a message, in the caller's language. */
export async function contextFor(call: AddonCall, message: MailMessage): Promise<SidebarContext> {
  const { database, config, bookIndex } = call.deps;
  // `locale` lets the judgement word its reasons in the interface language where it can.
  const input: ContextInput & { locale?: UiLocale } = { db: database.db, config, user: call.user, message, now: call.now, bookIndex, locale: call.locale };
  return buildContext(input);
}

/**
 * The context of the open mail: from its headers, and for an unknown sender from its body too
 * (what the inquiry asks), when the user granted reading it. A body that cannot be read leaves
 * the header-only answer standing.
 */
export async function openMessageContext(call: AddonCall): Promise<{ context: SidebarContext; message: MailMessage } | { problem: Problem }> {
  const read = await readOpenMessage(call, 'headers');
  if ('problem' in read) return read;
  let message = read.message;
  let context = await contextFor(call, message);
  if (context.kind === 'inquiry' && missingScopes(call.event.authorizationEventObject?.authorizedScopes, [SCOPES.readonly]).length === 0) {
    const full = await readOpenMessage(call, 'body');
    if ('message' in full) {
      message = full.message;
      context = await contextFor(call, message);
    }
  }
  return { context, message };
}
