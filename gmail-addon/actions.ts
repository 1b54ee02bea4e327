/**
 * The one action endpoint: every button posts here with a `do` parameter saying what to do.
 * Each action checks the scopes it needs, calls the same store and context functions the API
 * does (so the same access rules apply), and answers with the card to show next and a toast.
 */
import {
  ComposeDraftRequest,
  CustomerDraft,
  dateIn,
  interactionFromRequest,
  LogEmailRequest,
  NewContact,
  NewCustomer,
  NewReminder,
  parseAddressList,
  parseMailbox,
  type ComposedDraft,
} from '../core/index.ts';
import { composeDraft } from '../server/context/compose-draft.ts';
import { ZodError } from 'zod';
import { ApiError, validationError } from '../server/http/api-error.ts';
import { createContact } from '../server/store/contacts.ts';
import { createCustomer, listCustomers } from '../server/store/customers.ts';
import { StoreError } from '../server/store/errors.ts';
import { isoNow } from '../server/store/ids.ts';
import { logInteraction } from '../server/store/interactions.ts';
import { changeReminder, createReminder } from '../server/store/reminders.ts';
import { inTransaction } from '../server/store/transaction.ts';
import { gmailFor, type AddonCall } from './addon-call.ts';
import type { Card } from './cards/card-schema.ts';
import { askForScopes, backToRoot, insertIntoDraft, notify, openCreatedDraft, pushCard, replaceCard, type AddonResponse } from './cards/responses.ts';
import { dateInput, parameter, textInput } from './event.ts';
import { GmailUnavailable } from './gmail/gmail-client.ts';
import { createDraft } from './gmail/reply-draft.ts';
import { contextFor, readOpenMessage, viewFor } from './message-context.ts';
import { missingScopes, SCOPES } from './scopes.ts';
import { messageView, todayView } from './triggers.ts';
import { contextCard } from './views/context-card.ts';
import { searchResultsCard } from './views/today-card.ts';
import { FIELDS, type ActionKind } from './views/view-context.ts';

const ACTIONS: Record<ActionKind, (call: AddonCall) => Promise<AddonResponse>> = {
  log: logMail,
  remind,
  snooze,
  complete,
  create,
  search,
  attach,
  draft,
  reply,
  insert,
  refresh: async (call) => replaceCard(await currentView(call)),
  home: async (call) => pushCard(await todayView(call)),
};

export async function runAction(call: AddonCall): Promise<AddonResponse> {
  const kind = parameter(call.event, 'do') as ActionKind | undefined;
  const action = kind && Object.hasOwn(ACTIONS, kind) ? ACTIONS[kind] : undefined;
  if (!action) return notify(call.tr.t('gmail.error.body'));
  try {
    return await action(call);
  } catch (error) {
    // Expected refusals (not visible, code taken, a bad date…) are said in a toast; bugs go on up.
    if (error instanceof StoreError || error instanceof ApiError) return notify(error.message);
    if (error instanceof ZodError) return notify(validationError(error).error);
    if (error instanceof GmailUnavailable) return notify(call.tr.t(error.reason === 'timeout' ? 'gmail.unreadable.timeout' : 'gmail.unreadable.denied'));
    throw error;
  }
}

/** Where the action was clicked: the open message's card, or the homepage when no message is open. */
async function currentView(call: AddonCall): Promise<Card> {
  return call.event.gmail?.messageId ? messageView(call) : todayView(call);
}

const needs = (call: AddonCall, ...scopes: string[]) => missingScopes(call.event.authorizationEventObject?.authorizedScopes, scopes);

const required = (value: string | undefined, field: string): string => {
  if (!value) throw new StoreError('invalid', `${field} is required`, field);
  return value;
};

/** Logs the open mail (read whole: the excerpt comes from its body) on the customer; a second log of the same Message-ID stores nothing. */
async function logMail(call: AddonCall): Promise<AddonResponse> {
  const missing = needs(call, SCOPES.readonly);
  if (missing.length) return askForScopes(missing);
  const read = await readOpenMessage(call, 'body');
  if ('problem' in read) return notify(call.tr.t(read.problem === 'timeout' ? 'gmail.unreadable.timeout' : 'gmail.unreadable.denied'));
  const { database, config, clock } = call.deps;
  const at = isoNow(clock);
  const request = LogEmailRequest.parse({
    channel: 'email',
    message: read.message,
    customerId: required(parameter(call.event, 'customerId'), 'customerId'),
    contactId: parameter(call.event, 'contactId') ?? null,
    note: textInput(call.event, FIELDS.logNote) ?? null,
    source: 'gmail',
  });
  const result = await logInteraction(database.db, call.user, interactionFromRequest(request, config.company.domains, at), at);
  const context = await contextFor(call, read.message);
  const name = context.kind === 'customer' ? context.customer.name : '';
  const note = result.created
    ? call.tr.t('log.done', { customer: name })
    : call.tr.t('log.already', { name: result.first.by.name, date: call.tr.date(result.first.at.slice(0, 10)) });
  return replaceCard(contextCard(context, viewFor(call)), note);
}

async function remind(call: AddonCall): Promise<AddonResponse> {
  const { database, clock } = call.deps;
  const reminder = await createReminder(
    database.db,
    call.user,
    NewReminder.parse({
      customerId: required(parameter(call.event, 'customerId'), 'customerId'),
      due: required(parameter(call.event, 'due') ?? dateInput(call.event, FIELDS.due), 'due'),
      kind: parameter(call.event, 'kind') ?? textInput(call.event, FIELDS.kind) ?? 'follow_up',
      note: parameter(call.event, 'note') ?? textInput(call.event, FIELDS.reminderNote) ?? null,
    }),
    isoNow(clock),
  );
  return replaceCard(await currentView(call), call.tr.t('reminder.added', { date: call.tr.date(reminder.due) }));
}

async function snooze(call: AddonCall): Promise<AddonResponse> {
  const { database, clock, config } = call.deps;
  const until = required(dateInput(call.event, FIELDS.snoozeUntil), 'until');
  const today = dateIn(call.now, config.company.timeZone);
  await changeReminder(database.db, call.user, required(parameter(call.event, 'reminderId'), 'reminderId'), { action: 'snooze', until, today }, isoNow(clock));
  return replaceCard(await currentView(call), call.tr.t('reminder.snoozed', { date: call.tr.date(until) }));
}

async function complete(call: AddonCall): Promise<AddonResponse> {
  const { database, clock } = call.deps;
  await changeReminder(database.db, call.user, required(parameter(call.event, 'reminderId'), 'reminderId'), { action: 'complete' }, isoNow(clock));
  return replaceCard(await currentView(call), call.tr.t('reminder.completed'));
}

/** Creates the customer the inquiry card prefilled, with the sender (or relayed buyer) as its first contact, in one transaction. */
async function create(call: AddonCall): Promise<AddonResponse> {
  const { database, clock, bookIndex } = call.deps;
  const at = isoNow(clock);
  const prefill = CustomerDraft.parse(JSON.parse(parameter(call.event, 'prefill') ?? '{}'));
  const address = parameter(call.event, 'contactAddress');
  const customer = await inTransaction(database.db, async (trx) => {
    const created = await createCustomer(
      trx,
      call.user,
      NewCustomer.parse({
        ...prefill,
        code: textInput(call.event, FIELDS.code),
        name: textInput(call.event, FIELDS.name),
        country: textInput(call.event, FIELDS.country),
      }),
      at,
    );
    if (address) {
      const name = parameter(call.event, 'contactName') || address.split('@')[0]!;
      await createContact(trx, call.user, NewContact.parse({ customerId: created.id, name, emails: [address], isPrimary: true }), at);
    }
    return created;
  });
  bookIndex.invalidate();
  return replaceCard(await currentView(call), call.tr.t('customer.created', { code: customer.code }));
}

async function search(call: AddonCall): Promise<AddonResponse> {
  const q = required(textInput(call.event, FIELDS.query), FIELDS.query).slice(0, 200);
  const page = await listCustomers(call.deps.database.db, call.user, { q, limit: 20, offset: 0 });
  const address = parameter(call.event, 'attachAddress');
  const attach = address ? { name: parameter(call.event, 'attachName') ?? '', address } : undefined;
  return pushCard(searchResultsCard(q, page.items, viewFor(call), attach));
}

/** Adds the sender as a contact of the chosen customer, then shows the mail's context again, now a known sender. */
async function attach(call: AddonCall): Promise<AddonResponse> {
  const { database, clock, bookIndex } = call.deps;
  const address = required(parameter(call.event, 'address'), 'address');
  const customerId = required(parameter(call.event, 'customerId'), 'customerId');
  const contact = await createContact(
    database.db,
    call.user,
    NewContact.parse({ customerId, name: parameter(call.event, 'name') || address.split('@')[0]!, emails: [address] }),
    isoNow(clock),
  );
  bookIndex.invalidate();
  const card = await currentView(call);
  return backToRoot(card, call.tr.t('customer.attached', { customer: card.header?.title ?? contact.name }));
}

/** The draft a button asks for: a suggestion's, or a template chosen on the card. */
async function composeFor(call: AddonCall): Promise<ComposedDraft> {
  const touchpoint = parameter(call.event, 'touchpoint');
  const request = ComposeDraftRequest.parse({
    customerId: required(parameter(call.event, 'customerId'), 'customerId'),
    ...(touchpoint ? { touchpoint: JSON.parse(touchpoint) } : { template: parameter(call.event, 'template') ?? textInput(call.event, FIELDS.template) }),
    ...(parameter(call.event, 'contactId') ? { contactId: parameter(call.event, 'contactId') } : {}),
  });
  const { database, config } = call.deps;
  return composeDraft({ db: database.db, config, user: call.user, now: call.now }, request);
}

/** From the reading view: a reply draft in the open mail's thread (a new draft from the homepage), opened for the user to finish. */
async function draft(call: AddonCall): Promise<AddonResponse> {
  const missing = needs(call, SCOPES.compose);
  if (missing.length) return askForScopes(missing);
  const gmail = gmailFor(call);
  if (!gmail) return notify(call.tr.t('gmail.unreadable.missing'));
  const composed = await composeFor(call);
  let replyTo: { threadId: string; messageId: string | null } | null = null;
  const threadId = call.event.gmail?.threadId;
  if (threadId && call.event.gmail?.messageId) {
    const read = await readOpenMessage(call, 'headers');
    replyTo = { threadId, messageId: 'message' in read ? (read.message.messageId ?? null) : null };
  }
  const created = await createDraft(gmail, { to: composed.to, subject: composed.subject, body: composed.body, replyTo });
  return openCreatedDraft(created.draftId, created.threadId, call.tr.t('draft.created'));
}

/** A suggestion to answer: an empty reply to the open mail (to its Reply-To, else its sender), opened for the rep to write. */
async function reply(call: AddonCall): Promise<AddonResponse> {
  const missing = needs(call, SCOPES.compose);
  if (missing.length) return askForScopes(missing);
  const gmail = gmailFor(call);
  const threadId = call.event.gmail?.threadId;
  if (!gmail || !threadId) return notify(call.tr.t('gmail.unreadable.missing'));
  const read = await readOpenMessage(call, 'headers');
  if ('problem' in read) return notify(call.tr.t(read.problem === 'timeout' ? 'gmail.unreadable.timeout' : 'gmail.unreadable.denied'));
  const { message } = read;
  const to = parseAddressList(message.replyTo ?? null)[0] ?? parseMailbox(message.from);
  const subject = message.subject ?? '';
  const created = await createDraft(gmail, {
    to: to ? { name: to.name, address: to.address } : null,
    subject: /^re:/i.test(subject) ? subject : `Re: ${subject}`,
    body: '',
    replyTo: { threadId, messageId: message.messageId ?? null },
  });
  return openCreatedDraft(created.draftId, created.threadId, call.tr.t('draft.created'));
}

/** From the compose view: the draft's text goes in where the cursor is. */
async function insert(call: AddonCall): Promise<AddonResponse> {
  const missing = needs(call, SCOPES.compose);
  if (missing.length) return askForScopes(missing);
  const composed = await composeFor(call);
  // The body only: the subject the rep typed stays theirs.
  return insertIntoDraft(composed.body);
}
