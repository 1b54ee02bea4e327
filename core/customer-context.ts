/**
 * The view model a sidebar renders for a known sender: everything one `POST /api/context`
 * answers, composed by the server, drawn as-is by the Outlook pane and the Gmail cards. Every
 * sentence in it (reasons, names, traits) comes worded in the interface language the request
 * asked for; codes and figures beside them stay the same in every language.
 */
import { z } from 'zod';
import { Channel, Direction, InteractionKind } from './interaction.ts';
import { OrderStatus } from './order.ts';
import { CountryCode, Id, IsoDate, IsoDateTime, Money } from './primitives.ts';
import { ReminderKind, ReminderStatus } from './reminder.ts';
import { Level, Stage, Tier, ValuedFactor, BuyerType } from './customer.ts';
import { UserRef } from './user.ts';

/** A reason not to trust this mail, said in one line in the rep's language. Shown before anything else. */
export const TrustWarning = z.object({
  code: z.enum(['lookalike_domain', 'display_name_mismatch', 'reply_to_mismatch', 'bank_change', 'new_address']),
  severity: z.enum(['high', 'medium']),
  reason: z.string(),
});
export type TrustWarning = z.infer<typeof TrustWarning>;

export const TierSummary = z.object({
  tier: Tier,
  source: z.enum(['computed', 'override']),
  /** 0–100, from the weighted factors; null when only an override is known. */
  score: z.number().nullable(),
  /** The numbers behind the letter, one per line, in the rep's language ("12-month revenue USD 186k, top 8%"). */
  reasons: z.array(z.string()),
  /** Set when the computed tier fell since it was last seen. */
  drift: z.object({ from: Tier, to: Tier }).nullable(),
  overrideNote: z.string().nullable(),
});
export type TierSummary = z.infer<typeof TierSummary>;

export const LocalTime = z.object({
  timeZone: z.string(),
  /** Wall-clock time there, `YYYY-MM-DDTHH:mm`. */
  local: z.string(),
  utcOffset: z.string(),
  businessHours: z.boolean(),
  /** Name of today's public holiday there, if any, in the rep's language (a customer's own day as written). */
  holidayToday: z.string().nullable(),
});
export type LocalTime = z.infer<typeof LocalTime>;

export const PaymentState = z.enum(['paid', 'not_due', 'due_soon', 'overdue', 'unknown']);

export const OrderSummary = z.object({
  id: Id,
  contractNo: z.string(),
  orderedAt: IsoDate,
  amount: Money,
  /** The amount in the company's base currency. */
  baseAmount: z.number(),
  status: OrderStatus,
  payment: PaymentState,
  paymentDue: IsoDate.nullable(),
});
export type OrderSummary = z.infer<typeof OrderSummary>;

export const OrdersBlock = z.object({
  recent: z.array(OrderSummary),
  count12m: z.number().int(),
  /** Twelve-month total in the base currency. */
  total12m: Money,
  /** Order value per month over the last 24 months, oldest first, in the base currency (for the chart). */
  monthly: z.array(z.object({ month: z.string().regex(/^\d{4}-\d{2}$/), amount: z.number() })),
});
export type OrdersBlock = z.infer<typeof OrdersBlock>;

export const InteractionSummary = z.object({
  id: Id,
  occurredAt: IsoDateTime,
  channel: Channel,
  direction: Direction,
  kind: InteractionKind,
  subject: z.string().nullable(),
  loggedBy: z.string(),
});
export type InteractionSummary = z.infer<typeof InteractionSummary>;

export const ReminderSummary = z.object({
  id: Id,
  kind: ReminderKind,
  dueOn: IsoDate,
  status: ReminderStatus,
  note: z.string().nullable(),
});
export type ReminderSummary = z.infer<typeof ReminderSummary>;

export const TouchpointKind = z.enum([
  'reply',
  'follow_up_quote',
  'follow_up_sample',
  'cadence',
  'reorder',
  'payment_due',
  'payment_overdue',
  'churn_risk',
  'holiday_greeting',
  'birthday',
  'anniversary',
  'price_change',
  'reminder',
]);
export type TouchpointKind = z.infer<typeof TouchpointKind>;

/** What a one-click action on a suggestion does. */
export const TouchpointAction = z.enum(['log', 'remind', 'draft_greeting', 'draft_follow_up', 'reply', 'open_reminder']);

export const Touchpoint = z.object({
  kind: TouchpointKind,
  due: IsoDate,
  /** Higher first. */
  priority: z.number(),
  /** Why, with its figures, in the rep's language. */
  reason: z.string(),
  action: TouchpointAction,
  /** The reminder this suggestion comes from, when it does. */
  reminderId: Id.nullish(),
  /** Extra figures for the surface (expected reorder confidence, churn factors…). */
  detail: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).default({}),
});
export type Touchpoint = z.infer<typeof Touchpoint>;

export const HolidaySummary = z.object({
  date: IsoDate,
  /** In the rep's language where a name in it is known, else in English. */
  name: z.string(),
  country: CountryCode,
  daysAway: z.number().int(),
  /** Worth a greeting (not every public holiday is). */
  greet: z.boolean(),
});
export type HolidaySummary = z.infer<typeof HolidaySummary>;

export const PersonaSummary = z.object({
  buyerType: BuyerType.nullable(),
  brandRelation: z.enum(['owner', 'user']).nullable(),
  valuedFactors: z.array(ValuedFactor),
  newProductResponsiveness: Level.nullable(),
  deliverySensitivity: Level.nullable(),
  /**
   * Other dimensions, derived or recorded, keyed by code (`typicalOrder`, `categories`…; the
   * labels are the catalogue's `trait.<key>`), the values in the rep's language.
   */
  traits: z.record(z.string(), z.string()),
});
export type PersonaSummary = z.infer<typeof PersonaSummary>;

export const ContactSummary = z.object({
  id: Id,
  name: z.string(),
  email: z.string().nullable(),
  title: z.string().nullable(),
  language: z.string().nullable(),
  active: z.boolean(),
});
export type ContactSummary = z.infer<typeof ContactSummary>;

/** How a mail's sender was recognised as a customer. */
export const SenderMatch = z.enum(['contact_email', 'domain']);
export type SenderMatch = z.infer<typeof SenderMatch>;

/**
 * How the context's customer was found: from the mail's sender (`contact_email`, `domain`), or
 * `direct`: opened by id (the customer's page), with no mail.
 */
export const MatchBasis = z.enum([...SenderMatch.options, 'direct']);
export type MatchBasis = z.infer<typeof MatchBasis>;

/** Another customer the sender could be, when resolution was ambiguous. */
export const CandidateRef = z.object({ customerId: Id, code: z.string(), name: z.string(), basis: SenderMatch });

export const AlreadyLogged = z.object({ interactionId: Id, by: UserRef, at: IsoDateTime });
export type AlreadyLogged = z.infer<typeof AlreadyLogged>;

export const CustomerContext = z.object({
  kind: z.literal('customer'),
  warnings: z.array(TrustWarning),
  customer: z.object({
    id: Id,
    code: z.string(),
    name: z.string(),
    country: CountryCode,
    countryName: z.string(),
    region: z.string().nullable(),
    localTime: LocalTime.nullable(),
    tier: TierSummary.nullable(),
    stage: Stage,
    owner: UserRef,
  }),
  matchedBy: MatchBasis,
  contact: ContactSummary.nullable(),
  /** Other customers the sender might be, ranked; empty when the match is unique. */
  otherCandidates: z.array(CandidateRef),
  persona: PersonaSummary,
  orders: OrdersBlock,
  interactions: z.array(InteractionSummary),
  reminders: z.array(ReminderSummary),
  touchpoints: z.array(Touchpoint),
  holidays: z.array(HolidaySummary),
  alreadyLogged: AlreadyLogged.nullable(),
});
export type CustomerContext = z.infer<typeof CustomerContext>;

/**
 * The sender is a customer the caller may not see: only that it exists and who owns it,
 * so two reps do not quote the same buyer unknowingly.
 */
export const OwnedElsewhereContext = z.object({
  kind: z.literal('owned_elsewhere'),
  warnings: z.array(TrustWarning),
  owner: UserRef,
});
export type OwnedElsewhereContext = z.infer<typeof OwnedElsewhereContext>;

/** Every participant is a colleague: nothing to show about a customer. */
export const InternalContext = z.object({ kind: z.literal('internal'), warnings: z.array(TrustWarning) });
export type InternalContext = z.infer<typeof InternalContext>;
