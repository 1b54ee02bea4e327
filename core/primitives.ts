/**
 * Shared building blocks of the model: identifiers, dates, countries, currencies.
 * Every other schema composes these, so a rule (what a country code is) lives once.
 */
import { z } from 'zod';
import { DOMAIN_NAME_PATTERN, EMAIL_ADDRESS_PATTERN, toAsciiAddress, toAsciiDomain } from './address/domain.ts';

// A missing field says so, rather than "expected string, received undefined".
z.config({
  customError: (issue) => (issue.code === 'invalid_type' && issue.input === undefined ? 'required' : undefined),
});

/** Opaque identifier assigned by the store. */
export const Id = z.string().min(1).max(64);
export type Id = z.infer<typeof Id>;

/** Calendar date, `YYYY-MM-DD` (no time zone: a due date, an order date). */
export const IsoDate = z.iso.date();
export type IsoDate = z.infer<typeof IsoDate>;

/** Instant, ISO 8601 with offset; normalised to UTC `…Z` so text order is time order. */
export const IsoDateTime = z.iso
  .datetime({ offset: true })
  .transform((value) => new Date(value).toISOString());
export type IsoDateTime = z.infer<typeof IsoDateTime>;

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

/** True when `code` is an ISO 3166-1 alpha-2 region the platform's ICU knows. */
export function isCountryCode(code: string): boolean {
  if (!/^[A-Z]{2}$/.test(code)) return false;
  const name = regionNames.of(code);
  return name !== undefined && name !== code;
}

/** ISO 3166-1 alpha-2 country, upper-cased on the way in (`de` → `DE`). */
export const CountryCode = z
  .string()
  .trim()
  .toUpperCase()
  .refine(isCountryCode, { message: 'not an ISO 3166-1 alpha-2 country code' });
export type CountryCode = z.infer<typeof CountryCode>;

/** English name of a country code, for display. */
export function countryName(code: string): string {
  return regionNames.of(code) ?? code;
}

/** ISO 4217 currency code, upper-cased on the way in. */
export const CurrencyCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{3}$/, 'not an ISO 4217 currency code');
export type CurrencyCode = z.infer<typeof CurrencyCode>;

/** An amount of money; `amount` in major units (12.5 USD), rounded to cents. */
export const Money = z.object({
  amount: z.number().finite().nonnegative().transform((n) => Math.round(n * 100) / 100),
  currency: CurrencyCode,
});
export type Money = z.infer<typeof Money>;

/** IANA time zone name the platform knows (`Europe/Berlin`). */
export const TimeZone = z.string().refine(
  (tz) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  },
  { message: 'not an IANA time zone' },
);

/** BCP 47 language tag as used for contacts and UI (`en`, `zh-CN`, `pt-BR`). */
export const LanguageTag = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'not a language tag such as en or zh-CN');

/** Domain name as stored: lower-case ASCII, punycode for IDN, no trailing dot (`Bücher.DE.` → `xn--bcher-kva.de`). */
export const DomainName = z.string().overwrite(toAsciiDomain).regex(DOMAIN_NAME_PATTERN, 'not a domain name');

/**
 * E-mail address as stored: trimmed, lower-case, domain part as in {@link DomainName}.
 * The local part may be Unicode (RFC 6531); the domain must be a host name.
 */
export const EmailAddress = z
  .string()
  .trim()
  .toLowerCase()
  .overwrite(toAsciiAddress)
  .pipe(
    z.email({
      pattern: EMAIL_ADDRESS_PATTERN,
      message: 'not an e-mail address',
    }),
  );

type WithoutDefault<T> = T extends z.ZodDefault<infer Inner> ? Inner : T;

/**
 * The schema of a PATCH body for a record whose create schema is `shape`: every field optional,
 * unknown keys refused, and no defaults — a default would silently reset a field the patch
 * does not mention.
 */
export function patchSchema<T extends z.ZodRawShape>(shape: T) {
  const bare = Object.fromEntries(
    Object.entries(shape).map(([key, field]) => [key, field instanceof z.ZodDefault ? field.unwrap() : field]),
  ) as { [K in keyof T]: WithoutDefault<T[K]> };
  return z.object(bare).partial().strict();
}
