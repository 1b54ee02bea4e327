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
 * The context of the open mail, in one read and one composition: the whole message when the
 * user granted reading it — the server reads an unknown sender's inquiry from the body and
 * checks every received mail's text for changed bank details, the costliest thing to miss (it
 * keeps nothing of the body unless the mail is logged) — else the headers alone.
 */
export async function openMessageContext(call: AddonCall): Promise<{ context: SidebarContext; message: MailMessage } | { problem: Problem }> {
  const mayReadBody = missingScopes(call.event.authorizationEventObject?.authorizedScopes, [SCOPES.readonly]).length === 0;
  const read = await readOpenMessage(call, mayReadBody ? 'body' : 'headers');
  if ('problem' in read) return read;
  return { context: await contextFor(call, read.message), message: read.message };
}
