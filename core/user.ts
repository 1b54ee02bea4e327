/**
 * People who use Touchpoint, and what their role lets them see.
 */
import { z } from 'zod';
import { EmailAddress, Id, IsoDateTime, LanguageTag } from './primitives.ts';

/** rep: own and shared customers; manager: the team's; admin: everything, and users. */
export const Role = z.enum(['rep', 'manager', 'admin']);
export type Role = z.infer<typeof Role>;

export const User = z.object({
  id: Id,
  name: z.string().trim().min(1).max(200),
  email: EmailAddress,
  role: Role,
  teamId: Id.nullish(),
  locale: LanguageTag.nullish(),
  active: z.boolean(),
  createdAt: IsoDateTime,
});
export type User = z.infer<typeof User>;

export const NewUser = z.object({
  name: User.shape.name,
  email: EmailAddress,
  role: Role.default('rep'),
  team: z.string().trim().min(1).max(100).nullish(),
  locale: LanguageTag.nullish(),
});
export type NewUser = z.infer<typeof NewUser>;

/** The public face of a user inside view models: no role, no team. */
export const UserRef = z.object({ id: Id, name: z.string(), email: z.string() });
export type UserRef = z.infer<typeof UserRef>;
