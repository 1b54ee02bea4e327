/**
 * The view model for an unknown sender: what the inquiry asks, who it resembles among existing
 * customers, what it may be worth, and what to ask next.
 */
import { z } from 'zod';
import { BuyerType, CustomerDraft, Tier } from './customer.ts';
import { TrustWarning } from './customer-context.ts';
import { Incoterm } from './order.ts';
import { CountryCode, Id, Money } from './primitives.ts';

export const InquirySender = z.object({
  name: z.string(),
  address: z.string(),
  domain: z.string(),
  /** Registrable domain (`sales.acme.co.uk` → `acme.co.uk`). */
  registrableDomain: z.string().nullable(),
  freeMail: z.boolean(),
  /** Marketplace that relayed the inquiry (Alibaba.com, Made-in-China…), when it did. */
  marketplace: z.string().nullable(),
});
export type InquirySender = z.infer<typeof InquirySender>;

/**
 * Who the buyer says they are: the buyer a marketplace notification relays (the mail itself
 * comes from the platform), or what the sender's signature says. Each field null when unknown.
 */
export const InquiryBuyer = z.object({
  source: z.enum(['marketplace', 'signature']),
  /** The marketplace's display name when it relayed the inquiry. */
  marketplace: z.string().nullable(),
  name: z.string().nullable(),
  company: z.string().nullable(),
  country: CountryCode.nullable(),
  email: z.string().nullable(),
  /** E.164 when it could be read as such, else as written. */
  phone: z.string().nullable(),
  website: z.string().nullable(),
});
export type InquiryBuyer = z.infer<typeof InquiryBuyer>;

export const InquirySignals = z.object({
  products: z.array(
    z.object({
      term: z.string(),
      catalogueKey: z.string().nullable(),
      /** The catalogue entry's category, or the range a generic word names (`small_appliances` for 小家电). */
      category: z.string().optional(),
    }),
  ),
  quantities: z.array(z.object({ value: z.number(), unit: z.string(), text: z.string() })),
  incoterm: Incoterm.nullable(),
  targetPrice: Money.nullable(),
  buyerTypeHints: z.array(BuyerType),
  certificates: z.array(z.string()),
  sampleRequested: z.boolean(),
  urgent: z.boolean(),
  countryGuesses: z.array(z.object({ country: CountryCode, source: z.string(), confidence: z.number() })),
  language: z.string().nullable(),
  /** The buyer behind a marketplace notification, or the sender's own signature facts; null when neither says anything. */
  buyer: InquiryBuyer.nullish(),
});
export type InquirySignals = z.infer<typeof InquirySignals>;

export const SimilarCustomer = z.object({
  customerId: Id,
  code: z.string(),
  /** Null when the caller may not see this customer's name. */
  name: z.string().nullable(),
  tier: Tier.nullable(),
  /** 0–1, 1 = identical on every known dimension. */
  similarity: z.number(),
  /** The dimensions that made them alike, as phrases in the rep's language. */
  because: z.array(z.string()),
});
export type SimilarCustomer = z.infer<typeof SimilarCustomer>;

/** A dimension the inquiry left open, and the question (in the rep's language) that fills it. */
export const QualifyingQuestion = z.object({ dimension: z.string(), question: z.string() });
export type QualifyingQuestion = z.infer<typeof QualifyingQuestion>;

export const InquiryContext = z.object({
  kind: z.literal('inquiry'),
  warnings: z.array(TrustWarning),
  sender: InquirySender,
  inquiry: InquirySignals.nullable(),
  similar: z.array(SimilarCustomer),
  predictedTier: z.object({ likely: Tier, low: Tier, high: Tier, spread: z.number() }).nullable(),
  /** 0–1 fit against the company's target persona. */
  fit: z.number().nullable(),
  questions: z.array(QualifyingQuestion),
  /** What "create customer" starts from. */
  prefill: CustomerDraft,
});
export type InquiryContext = z.infer<typeof InquiryContext>;
