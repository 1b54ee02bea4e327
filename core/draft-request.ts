/**
 * What a surface sends to have a greeting or follow-up drafted (`POST /api/drafts`), and the
 * draft it gets back, ready for a reply form or a Gmail draft.
 */
import { z } from 'zod';
import { Touchpoint, TouchpointKind } from './customer-context.ts';
import { Id, LanguageTag } from './primitives.ts';

/** Body of `POST /api/drafts`: a template key, or a suggestion from the sidebar — exactly one. */
export const ComposeDraftRequest = z
  .object({
    customerId: Id,
    /** A template key: `christmas`, `birthday`, `follow_up_quote`, `payment_reminder`… */
    template: z.string().trim().min(1).max(64).optional(),
    /** A touchpoint as the context answered it; its `detail` carries the figures. */
    touchpoint: z.object({ kind: TouchpointKind, detail: Touchpoint.shape.detail }).optional(),
    /** Who to write to; default: the touchpoint's contact, else the customer's primary active contact. */
    contactId: Id.optional(),
    /** The draft's language; default: the contact's, else the customer's first, else English. */
    language: LanguageTag.optional(),
    /** Placeholder values that win over what the server derives (`quoteRef`, `product`…). */
    values: z.record(z.string().regex(/^\w{1,40}$/, 'a placeholder name is letters, digits or _'), z.union([z.string().max(500), z.number().finite()])).optional(),
  })
  .strict()
  .superRefine((body, ctx) => {
    if ((body.template === undefined) === (body.touchpoint === undefined)) {
      ctx.addIssue({ code: 'custom', path: [body.template === undefined ? 'template' : 'touchpoint'], message: 'send exactly one of template or touchpoint' });
    }
  });
export type ComposeDraftRequest = z.infer<typeof ComposeDraftRequest>;

export const DraftRecipient = z.object({ name: z.string(), address: z.string() });
export type DraftRecipient = z.infer<typeof DraftRecipient>;

/** A drafted message: plain-text subject and body in `language`, and whom it is for. */
export const ComposedDraft = z.object({
  template: z.string(),
  /** The template language used (`de` for a `de-AT` contact; `en` when none matched). */
  language: z.string(),
  subject: z.string(),
  body: z.string(),
  /** The contact's first address; null when no contact or no address is known. */
  to: DraftRecipient.nullable(),
});
export type ComposedDraft = z.infer<typeof ComposedDraft>;
