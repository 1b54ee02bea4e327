/**
 * The event Google posts to every add-on endpoint, as documented for the HTTP runtime
 * (`commonEventObject`, `authorizationEventObject`, and the `gmail` host object): only the
 * fields the add-on reads are checked, others pass through untouched.
 * @see https://developers.google.com/workspace/add-ons/reference/event-object
 */
import { z } from 'zod';

const Token = z.string().min(1).max(8192);
/** int64 fields arrive as JSON strings (proto JSON) or, in older samples, as numbers. */
const Int64 = z.union([z.string().regex(/^-?\d{1,19}$/), z.number().int()]).transform(Number);

/** One form widget's value, keyed by the widget's `name`. */
export const FormInput = z
  .object({
    stringInputs: z.object({ value: z.array(z.string().max(10_000)).max(100) }).optional(),
    dateInput: z.object({ msSinceEpoch: Int64 }).optional(),
    dateTimeInput: z.object({ msSinceEpoch: Int64, hasDate: z.boolean().optional(), hasTime: z.boolean().optional() }).optional(),
    timeInput: z.object({ hours: z.number().int(), minutes: z.number().int() }).optional(),
  })
  .loose();
export type FormInput = z.infer<typeof FormInput>;

export const CommonEventObject = z
  .object({
    hostApp: z.string().max(40).optional(),
    /** `WEB`, `ANDROID` or `IOS` (the documentation's schema misspells one as `ANDRIOD`). */
    platform: z.string().max(40).optional(),
    userLocale: z.string().max(35).optional(),
    /** Present when the deployment sets `useLocaleFromApp` and the locale scope is granted. */
    timeZone: z.object({ id: z.string().max(64), offset: z.number().optional() }).loose().optional(),
    formInputs: z.record(z.string().max(64), FormInput).optional(),
    /** What the clicked widget's action carried in `parameters`. */
    parameters: z.record(z.string().max(64), z.string().max(10_000)).optional(),
  })
  .loose();

/** Set on HTTP requests only. The tokens are per invocation: read, use, never keep. */
export const AuthorizationEventObject = z
  .object({
    userOAuthToken: Token.optional(),
    userIdToken: Token.optional(),
    systemIdToken: Token.optional(),
    authorizedScopes: z.array(z.string().max(200)).max(100).optional(),
  })
  .loose();

const Recipients = z.array(z.string().max(500)).max(500);

export const GmailEventObject = z
  .object({
    messageId: z.string().max(200).optional(),
    threadId: z.string().max(200).optional(),
    /** The per-message token, sent as `X-Goog-Gmail-Access-Token` with the user's token. */
    accessToken: Token.optional(),
    /** Compose only: the draft's recipients so far. */
    toRecipients: Recipients.optional(),
    ccRecipients: Recipients.optional(),
    bccRecipients: Recipients.optional(),
  })
  .loose();

export const AddonEvent = z
  .object({
    commonEventObject: CommonEventObject,
    authorizationEventObject: AuthorizationEventObject.optional(),
    gmail: GmailEventObject.optional(),
  })
  .loose();
export type AddonEvent = z.infer<typeof AddonEvent>;

/** A text field's value, trimmed; undefined when empty or absent. */
export function textInput(event: AddonEvent, name: string): string | undefined {
  const value = event.commonEventObject.formInputs?.[name]?.stringInputs?.value[0]?.trim();
  return value ? value : undefined;
}

/** A date picker's value as `YYYY-MM-DD` (the picker's day in UTC, which is how Gmail sends a date). */
export function dateInput(event: AddonEvent, name: string): string | undefined {
  const input = event.commonEventObject.formInputs?.[name];
  const ms = input?.dateInput?.msSinceEpoch ?? input?.dateTimeInput?.msSinceEpoch;
  if (ms === undefined || !Number.isFinite(ms)) return undefined;
  return new Date(ms).toISOString().slice(0, 10);
}

/** An action parameter; undefined when absent or empty. */
export function parameter(event: AddonEvent, key: string): string | undefined {
  const value = event.commonEventObject.parameters?.[key];
  return value ? value : undefined;
}
