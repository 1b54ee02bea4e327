/**
 * What a signature block says about its writer: name, company, phones (with the country each
 * prefix belongs to, by libphonenumber-js), e-mail, website and address.
 */
import { findPhoneNumbersInText } from 'libphonenumber-js';
import { labelledValues } from './labelled-lines.ts';
import { isContactLine, signOffOf } from './signature.ts';

/** Most characters of a signature read for facts; a contact block is a few hundred. */
export const SIGNATURE_READ_MAX = 4_000;

/** A phone number read from a signature, in E.164, with the country its prefix belongs to. */
export interface SignaturePhone {
  number: string;
  country: string | null;
}

/** What a signature says about its writer; each field null when the block does not say. */
export interface SignatureFacts {
  name: string | null;
  company: string | null;
  phones: SignaturePhone[];
  email: string | null;
  website: string | null;
  /** The address as written (a labelled `Address:` line, else null). */
  address: string | null;
}

const NAME_LABELS = new Set(['name', 'contact', 'contact person', '姓名', '联系人']);
const COMPANY_LABELS = new Set(['company', 'company name', 'co', 'firm', 'empresa', 'société', 'firma', '公司', '公司名称', '单位']);
const ADDRESS_LABELS = new Set(['add', 'add.', 'addr', 'addr.', 'address', 'adress', 'adresse', 'dirección', 'direccion', 'endereço', 'indirizzo', 'адрес', 'location', 'office', 'factory', 'warehouse', '地址', '公司地址', '工厂地址']);
const WEBSITE_LABELS = new Set(['web', 'website', 'site', 'url', 'homepage', 'web site', 'w', '网址', '网站', '公司网址']);
const ALL_LABELS = new Set([...NAME_LABELS, ...COMPANY_LABELS, ...ADDRESS_LABELS, ...WEBSITE_LABELS]);

/** Legal-form words and trade words that mark a line as a company name. */
const COMPANY_WORD =
  /(?<![\p{L}\p{N}])(co\.?,?\s*ltd\.?|ltd\.?|limited|llc|l\.l\.c\.?|inc\.?|incorporated|corp\.?|corporation|gmbh|ag|s\.?a\.?s?|s\.?l\.?u?|s\.?r\.?l\.?|s\.?p\.?a\.?|b\.?v\.?|n\.?v\.?|pty|plc|llp|oy|ab|a\/s|aps|sp\.?\s?z\s?o\.?o\.?|kft|s\.r\.o\.?|ltda\.?|sarl|eurl|kg|ohg|fze|fzco|fzc|w\.?l\.?l\.?|trading|imports?|exports?|group|enterprises?|industries|company|holdings?)(?![\p{L}\p{N}])|有限公司|有限責任公司|公司|商行|集团|集團|贸易|貿易/iu;

const EMAIL = /[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}.-]{1,253}\.[\p{L}]{2,24}/u;
const WEBSITE = /(?:https?:\/\/|www\.)[^\s<>()"'，。]{3,200}/i;

/** `0086-574-…` and `00 49 …`: the international `00` prefix read as `+`, which libphonenumber-js needs without a default country. */
function plusForDoubleZero(text: string): string {
  return text.replace(/(^|[\s:：(（])00\s?([1-9])/gm, '$1+$2');
}

/** Phone numbers written in international form, each once, in order. */
export function findInternationalPhones(text: string): SignaturePhone[] {
  const phones: SignaturePhone[] = [];
  const seen = new Set<string>();
  for (const found of findPhoneNumbersInText(plusForDoubleZero(text))) {
    const number = found.number.number;
    if (seen.has(number)) continue;
    seen.add(number);
    phones.push({ number, country: found.number.country ?? null });
  }
  return phones;
}

/** A line that reads as a person's name: two to four capitalised words, or two to four Han characters. */
function looksLikeName(line: string): boolean {
  const text = line.trim();
  if (/^\p{Script=Han}{2,4}$/u.test(text)) return true;
  return /^(?:(?:mr|mrs|ms|miss|dr)\.?\s)?\p{Lu}[\p{L}'’.-]{0,20}(?:\s\p{Lu}[\p{L}'’.-]{0,20}){0,3}$/u.test(text) && !COMPANY_WORD.test(text);
}

/**
 * The contact facts in a signature block (its first {@link SIGNATURE_READ_MAX} characters).
 * The first lines may be the sign-off itself; the name is the first line after them that reads
 * as a name.
 */
export function readSignature(signature: string): SignatureFacts {
  const lines = signature
    .slice(0, SIGNATURE_READ_MAX)
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !/^--$/.test(l));
  const labelled = labelledValues(lines, ALL_LABELS);
  const valueOf = (labels: ReadonlySet<string>) => labelled.find((v) => labels.has(v.key))?.value ?? null;
  const labelledLines = new Set(labelled.flatMap((v) => [v.line, v.valueLine]));

  // The sign-off may take two lines (`此致` / `敬礼`).
  let opening = 0;
  while (opening < Math.min(lines.length, 2) && signOffOf(lines[opening]!) !== null) opening++;
  const contactLines = lines.slice(opening);
  // Lines that are neither the sign-off nor part of a labelled value.
  const free = lines.map((l, i) => (labelledLines.has(i) || i < opening ? null : l));

  let company = valueOf(COMPANY_LABELS);
  company ??= free.find((l): l is string => l !== null && l.length <= 100 && COMPANY_WORD.test(l) && !isContactLine(l) && !EMAIL.test(l)) ?? null;

  let name = valueOf(NAME_LABELS);
  name ??= free.find((l): l is string => l !== null && l !== company && looksLikeName(l)) ?? null;
  // `Best regards, John Smith` carries the name on the sign-off line.
  const onSignOff = /^[^,，]{2,30}[,，]\s*(\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,3})\s*$/u.exec(lines[0] ?? '');
  if (name === null && onSignOff && signOffOf(lines[0]!) === 'closing') name = onSignOff[1]!;

  const text = contactLines.join('\n');
  const websiteValue = valueOf(WEBSITE_LABELS);
  const website = (websiteValue ? WEBSITE.exec(websiteValue)?.[0] ?? websiteValue : WEBSITE.exec(text)?.[0]) ?? null;

  return {
    name,
    company,
    phones: findInternationalPhones(text),
    email: EMAIL.exec(text)?.[0] ?? null,
    website: website ? website.replace(/[.,;]+$/, '') : null,
    address: valueOf(ADDRESS_LABELS),
  };
}
