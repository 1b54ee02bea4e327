/**
 * A person at a customer. People in charge change: an old contact is kept, marked inactive,
 * so history logged against them stays readable.
 */
import { z } from 'zod';
import { EmailAddress, Id, IsoDateTime, LanguageTag, patchSchema } from './primitives.ts';

/** Birthday as `MM-DD` (year unknown) or `YYYY-MM-DD`. */
export const Birthday = z.string().regex(/^(\d{4}-)?(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'a birthday is MM-DD or YYYY-MM-DD');

const ContactFields = {
  name: z.string().trim().min(1, 'a contact needs a name').max(200),
  /** Every address the person writes from; the first is the one to write to. */
  emails: z.array(EmailAddress).max(10).default([]),
  title: z.string().trim().max(200).nullish(),
  phone: z.string().trim().max(50).nullish(),
  birthday: Birthday.nullish(),
  language: LanguageTag.nullish(),
  isPrimary: z.boolean().default(false),
  active: z.boolean().default(true),
  /** The contact who took over when this one left. */
  replacedBy: Id.nullish(),
};

export const Contact = z.object({
  id: Id,
  customerId: Id,
  ...ContactFields,
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type Contact = z.infer<typeof Contact>;

export const NewContact = z.object({ customerId: Id, ...ContactFields });
export type NewContact = z.infer<typeof NewContact>;

export const ContactPatch = patchSchema(ContactFields);
export type ContactPatch = z.infer<typeof ContactPatch>;
