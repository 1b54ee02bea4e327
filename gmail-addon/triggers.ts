/**
 * The three triggers the deployment descriptor names: the homepage (Today and a customer
 * search), a message opened (its sender's context), and a draft being written (drafts to insert).
 */
import { buildToday } from '../server/context/build-today.ts';
import type { AddonCall } from './addon-call.ts';
import { askForScopes, showCard, type AddonResponse } from './cards/responses.ts';
import { contextFor, openMessageContext, viewFor } from './message-context.ts';
import { missingScopes, SCOPES } from './scopes.ts';
import { composeCard } from './views/compose-card.ts';
import { contextCard } from './views/context-card.ts';
import { problemCard } from './views/small-cards.ts';
import { todayCard } from './views/today-card.ts';

/** Days ahead the homepage lists. */
export const TODAY_HORIZON_DAYS = 7;

export async function todayView(call: AddonCall) {
  const { database, config, bookIndex } = call.deps;
  const today = await buildToday({ db: database.db, config, user: call.user, now: call.now, bookIndex, horizon: TODAY_HORIZON_DAYS, limit: 20 });
  return todayCard(today, viewFor(call), TODAY_HORIZON_DAYS);
}

export async function homepage(call: AddonCall): Promise<AddonResponse> {
  return showCard(await todayView(call));
}

/** The card of the open message, or the card saying why there is none. */
export async function messageView(call: AddonCall) {
  const opened = await openMessageContext(call);
  if ('problem' in opened) return problemCard(opened.problem, viewFor(call));
  return contextCard(opened.context, viewFor(call));
}

export async function openMessage(call: AddonCall): Promise<AddonResponse> {
  const missing = missingScopes(call.event.authorizationEventObject?.authorizedScopes, [SCOPES.metadata]);
  if (missing.length) return askForScopes(missing);
  return showCard(await messageView(call));
}

export async function composeView(call: AddonCall) {
  const recipients = [...(call.event.gmail?.toRecipients ?? []), ...(call.event.gmail?.ccRecipients ?? [])];
  if (recipients.length === 0) return composeCard(null, viewFor(call));
  // A mail the rep is writing resolves by its recipients, as a sent mail does.
  const context = await contextFor(call, { from: call.identity.email, to: recipients.join(', '), direction: 'sent', attachmentNames: [] });
  return composeCard(context.kind === 'customer' ? context : null, viewFor(call));
}

export async function compose(call: AddonCall): Promise<AddonResponse> {
  return showCard(await composeView(call));
}
