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

export const InquirySignals = z.object({
  products: z.array(z.object({ term: z.string(), catalogueKey: z.string().nullable() })),
  quantities: z.array(z.object({ value: z.number(), unit: z.string(), text: z.string() })),
  incoterm: Incoterm.nullable(),
  targetPrice: Money.nullable(),
  buyerTypeHints: z.array(BuyerType),
  certificates: z.array(z.string()),
  sampleRequested: z.boolean(),
  urgent: z.boolean(),
  countryGuesses: z.array(z.object({ country: CountryCode, source: z.string(), confidence: z.number() })),
  language: z.string().nullable(),
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
  /** The dimensions that made them alike. */
  because: z.array(z.string()),
});
export type SimilarCustomer = z.infer<typeof SimilarCustomer>;

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
