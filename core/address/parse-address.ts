/**
 * Mailboxes out of header values and client API lists. postal-mime does the RFC 5322
 * tokenising and the RFC 2047 decoding; this module adds what matching needs on top:
 * one spelling per address, junk dropped, unknown charsets read as UTF-8 when they are.
 */
import { addressParser, decodeWords } from 'postal-mime';
import { z } from 'zod';
import { EMAIL_ADDRESS_PATTERN, toAsciiDomain, toUnicodeDomain } from './domain.ts';

/** One mailbox, normalised for matching and display. */
export const ParsedAddress = z.object({
  /** Decoded display name, `''` when there is none. */
  name: z.string(),
  /** `local@domain`: local part as written, domain lower-case ASCII (punycode for IDN). Compare with {@link addressKey}. */
  address: z.string(),
  /** The domain part, lower-case ASCII. */
  domain: z.string(),
});
export type ParsedAddress = z.infer<typeof ParsedAddress>;

/** A mailbox as a header value or as a client API hands it over. */
export type MailboxValue = string | { name?: string | null; address: string };

const ENCODED_WORD = /=\?([^?\s]+)\?([QqBb])\?([^?]*)\?=/g;
const decodableCharsets = new Set<string>();

function isDecodableCharset(label: string): boolean {
  // RFC 2231 lets a language ride on the charset (`utf-8*en`).
  const charset = label.split('*')[0]!.trim().toLowerCase();
  if (decodableCharsets.has(charset)) return true;
  try {
    new TextDecoder(charset);
    decodableCharsets.add(charset);
    return true;
  } catch {
    return false;
  }
}

/**
 * postal-mime reads an encoded word in a charset it does not know as windows-1252. Mislabelled
 * words (`x-unknown`, `unknown-8bit`) are mostly UTF-8, so relabel them when they decode cleanly
 * as UTF-8; otherwise leave them to the library (which also knows aliases such as `cp936`).
 */
function relabelUnknownCharsets(value: string): string {
  if (!value.includes('=?')) return value;
  return value.replace(ENCODED_WORD, (word, charset: string, encoding: string, text: string) => {
    if (isDecodableCharset(charset)) return word;
    const asUtf8 = `=?utf-8?${encoding}?${text}?=`;
    return decodeWords(asUtf8).includes('\ufffd') ? word : asUtf8;
  });
}

/** Decodes RFC 2047 encoded words in free text (a display name from a client API), never throwing. */
export function decodeEncodedWords(value: string): string {
  try {
    return decodeWords(relabelUnknownCharsets(value));
  } catch {
    return value;
  }
}

const ANGLE_ADDRESS = /<\s*([^<>\s]+@[^<>\s]+?)\s*>/g;

/** `local@domain` in stored form, or null when it is not a usable address. */
function normaliseAddress(raw: string): { address: string; domain: string } | null {
  let candidate = raw.trim().replace(/^[<\s]+|[>\s]+$/g, '');
  if (/[\s<>]/.test(candidate)) {
    // Stray brackets left text and an address in one token (`"unterminated <a@b.com>`): keep the bracketed address.
    const bracketed = [...raw.matchAll(ANGLE_ADDRESS)].pop();
    if (!bracketed) return null;
    candidate = bracketed[1]!;
  }
  const at = candidate.lastIndexOf('@');
  if (at <= 0) return null;
  const domain = toAsciiDomain(candidate.slice(at + 1));
  const address = `${candidate.slice(0, at)}@${domain}`;
  return EMAIL_ADDRESS_PATTERN.test(address) ? { address, domain } : null;
}

function normaliseName(raw: string, address: string, rawAddress: string): string {
  let name = raw
    .replace(/\s+/g, ' ')
    .replace(/^[<>\s]+|[<>\s]+$/g, '')
    .trim();
  // Outlook wraps names in single quotes (`'Zhang San' <z@x.cn>`); some clients double-quote inside quotes.
  const quoted = /^(['"])(.*)\1$/.exec(name);
  if (quoted) name = quoted[2]!.trim();
  // A name that only repeats the address (postal-mime names a bare address after itself) is no name.
  const lower = name.toLowerCase();
  const repeats = [address, rawAddress.trim(), decodeEncodedWords(rawAddress.trim())].some((a) => a.toLowerCase() === lower);
  return repeats ? '' : name;
}

function fromHeader(value: string): ParsedAddress[] {
  let mailboxes;
  try {
    mailboxes = addressParser(relabelUnknownCharsets(value), { flatten: true });
  } catch {
    return [];
  }
  const parsed: ParsedAddress[] = [];
  for (const mailbox of mailboxes) {
    if (mailbox.group !== undefined) continue;
    const normal = normaliseAddress(mailbox.address);
    if (normal) parsed.push({ name: normaliseName(mailbox.name, normal.address, mailbox.address), ...normal });
  }
  return parsed;
}

function fromPair(pair: { name?: string | null; address: string }): ParsedAddress | null {
  if (typeof pair.address !== 'string') return null;
  const inner = fromHeader(pair.address)[0];
  if (!inner) return null;
  const given = typeof pair.name === 'string' ? decodeEncodedWords(pair.name) : '';
  const name = normaliseName(given, inner.address, pair.address);
  return { ...inner, name: name || inner.name };
}

/**
 * Every mailbox in a header value (`"Doe, John" <j@acme.de>, Team: a@x.com;`) or in a list a
 * client API returned, in order, groups flattened. Entries without a usable address are dropped;
 * garbage gives `[]`. Never throws.
 */
export function parseAddressList(value: string | ReadonlyArray<MailboxValue> | null | undefined): ParsedAddress[] {
  if (typeof value === 'string') return fromHeader(value);
  if (!Array.isArray(value)) return [];
  const parsed: ParsedAddress[] = [];
  for (const item of value as ReadonlyArray<unknown>) {
    if (typeof item === 'string') parsed.push(...fromHeader(item));
    else if (item !== null && typeof item === 'object') {
      const pair = fromPair(item as { name?: string | null; address: string });
      if (pair) parsed.push(pair);
    }
  }
  return parsed;
}

/** The first mailbox of a header value or client pair (a From or Sender), or null. Never throws. */
export function parseMailbox(value: MailboxValue | ReadonlyArray<MailboxValue> | null | undefined): ParsedAddress | null {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    return fromPair(value as { name?: string | null; address: string });
  }
  return parseAddressList(value as string | ReadonlyArray<MailboxValue> | null | undefined)[0] ?? null;
}

/** The key two addresses are compared and looked up by: the stored address, lower-cased. */
export function addressKey(address: string): string {
  const normal = normaliseAddress(address);
  return (normal ? normal.address : address.trim()).toLowerCase();
}

const NEEDS_QUOTES = /[()<>[\]:;@\\,."]/;

/**
 * A mailbox for display: `"Doe, John" <j@acme.de>`, or the bare address without a name.
 * Names with specials are quoted and escaped. The domain stays in ASCII unless
 * `unicodeDomain` is set: punycode shown as is keeps look-alike domains visible.
 */
export function formatMailbox(mailbox: Pick<ParsedAddress, 'name' | 'address'>, options: { unicodeDomain?: boolean } = {}): string {
  const at = mailbox.address.lastIndexOf('@');
  const address =
    options.unicodeDomain && at >= 0
      ? `${mailbox.address.slice(0, at)}@${toUnicodeDomain(mailbox.address.slice(at + 1))}`
      : mailbox.address;
  const name = mailbox.name.trim();
  if (name === '') return address;
  const shown = NEEDS_QUOTES.test(name) ? `"${name.replace(/(["\\])/g, '\\$1')}"` : name;
  return `${shown} <${address}>`;
}
