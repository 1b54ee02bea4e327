/**
 * A greeting or follow-up drafted for a customer the caller may see: the template a touchpoint
 * calls for, filled with the contact's name, the caller's, the company's and the figures from
 * the touchpoint or the customer's orders, in the contact's language. Composed here once;
 * `POST /api/drafts` and the Gmail add-on's draft actions both answer with it.
 */
import type { Kysely } from 'kysely';
import { dateIn, type ComposeDraftRequest, type ComposedDraft, type Contact, type TouchpointConfig, type User } from '../../core/index.ts';
import { draftMessage, draftRequestFor, type DraftSource } from '../../core/greetings/index.ts';
import { ApiError } from '../http/api-error.ts';
import { contactsOfCustomer } from '../store/contacts.ts';
import { getVisibleCustomer } from '../store/customers.ts';
import { notFound } from '../store/errors.ts';
import { ordersOfCustomer } from '../store/orders.ts';
import type { Schema } from '../store/schema.ts';

export interface ComposeDraftInput {
  db: Kysely<Schema>;
  config: TouchpointConfig;
  /** The caller: signs the draft, and must be allowed to see the customer. */
  user: User;
  now: Date;
}

/** The contact to write to: the one named, else the touchpoint's, else the primary active one (or the only active one). */
function chooseContact(contacts: readonly Contact[], request: ComposeDraftRequest): Contact | null {
  if (request.contactId) {
    const named = contacts.find((c) => c.id === request.contactId);
    // A contact of another customer is as unknown here as one that does not exist.
    if (!named) throw notFound('contact');
    return named;
  }
  const fromTouchpoint = request.touchpoint?.detail.contactId;
  const suggested = typeof fromTouchpoint === 'string' ? contacts.find((c) => c.id === fromTouchpoint) : undefined;
  if (suggested) return suggested;
  const active = contacts.filter((c) => c.active);
  return active.find((c) => c.isPrimary) ?? (active.length === 1 ? active[0]! : null);
}

/**
 * Drafts `request` as `user`.
 *
 * @throws StoreError not_found when the caller may not see the customer, or the named contact is not the customer's.
 * @throws ApiError 422 (`unknown_template`, `no_draft_for_touchpoint`, `missing_value`) naming the template or placeholder.
 * @example
 * await composeDraft({ db, config, user, now }, { customerId, template: 'christmas' })
 * // → { template: 'christmas', language: 'de', subject: 'Frohe Weihnachten von Lumen Home', body: 'Guten Tag Anna Huber, …', to: { name: 'Anna Huber', address: 'anna@…' } }
 */
export async function composeDraft({ db, config, user, now }: ComposeDraftInput, request: ComposeDraftRequest): Promise<ComposedDraft> {
  const customer = await getVisibleCustomer(db, user, request.customerId);
  const [contacts, orders] = await Promise.all([contactsOfCustomer(db, customer.id), ordersOfCustomer(db, customer.id)]);
  const contact = chooseContact(contacts, request);
  const source: DraftSource = request.touchpoint ? { touchpoint: request.touchpoint } : { template: request.template! };
  const plan = draftRequestFor(source, {
    language: request.language ?? contact?.language ?? customer.languages[0] ?? null,
    contactName: contact?.name ?? null,
    repName: user.name,
    companyName: config.company.name,
    orders,
    today: dateIn(now, config.company.timeZone),
    values: request.values,
  });
  if (!plan.success) throw new ApiError(422, plan.issue.code, plan.issue.message, plan.issue.path.join('.'));
  const draft = draftMessage(plan.request);
  const address = contact?.emails[0];
  return {
    template: plan.request.template,
    language: draft.language,
    subject: draft.subject,
    body: draft.body,
    to: contact && address ? { name: contact.name, address } : null,
  };
}
