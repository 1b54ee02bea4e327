/**
 * Marketplace notifications: Alibaba.com, Made-in-China.com, Global Sources, DHgate, IndiaMART,
 * TradeKey and the other platforms in `core/address/marketplaces.ts` relay a buyer's inquiry
 * from their own no-reply address. The buyer (name, company, country, e-mail, phone) and the
 * buyer's own message sit in labelled fields (`Name:`, `Country/Region:`, `买家：`,
 * `询盘内容：`) whose order and layout change from one template to the next, so fields are
 * found by label, in English and Chinese, in text or in HTML tables.
 */
import { marketplaceOf, parseAddressList, parseMailbox, type Marketplace } from '../address/index.ts';
import type { MailMessage } from '../message.ts';
import { countryFromName, findCountryNames } from './country-names.ts';
import { labelKey, labelledValues, splitLabel, type LabelledValue } from './labelled-lines.ts';
import { mailText } from './mail-text.ts';
import { findInternationalPhones } from './signature-facts.ts';

type Field = 'name' | 'company' | 'country' | 'address' | 'email' | 'phone' | 'website' | 'message' | 'product' | 'quantity' | 'businessType' | 'other';

/** Labels per field, as the platforms write them (keys as `labelKey` gives them). */
const LABELS: Record<Field, readonly string[]> = {
  name: ['name', 'buyer', 'buyer name', "buyer's name", 'contact', 'contact name', 'contact person', 'sender', 'sender name', 'from', 'inquirer', 'full name', 'customer', 'customer name', '买家', '买家姓名', '买家名称', '联系人', '姓名', '发件人', '询盘人', '客户', '客户名称'],
  company: ['company', 'company name', 'buyer company', "buyer's company", 'organization', 'organisation', 'business name', '公司', '公司名称', '买家公司', '企业名称'],
  // Most telling first: the buyer's stated country before the platform's IP location.
  country: ['country', 'country/region', 'country/territory', 'buyer country', 'buyer location', 'location', 'region', 'buyer from', '国家', '国家/地区', '国家和地区', '所在国家', '地区', '所在地', '买家所在地', 'registered location', "sender's ip location", 'message origin'],
  address: ['address', 'company address', 'city', 'city/state', '地址', '公司地址', '城市'],
  email: ['email', 'e-mail', 'email address', 'e-mail address', 'business email', 'verified email', 'buyer email', '邮箱', '电子邮箱', '电子邮件', '邮件地址', '买家邮箱'],
  phone: ['phone', 'tel', 'telephone', 'mobile', 'mobile number', 'phone number', 'whatsapp', 'contact number', '电话', '手机', '联系电话', '手机号码'],
  website: ['website', 'homepage', 'company website', 'web', 'url', '网址', '公司网址'],
  message: ['message', 'inquiry', 'enquiry', 'inquiry content', 'inquiry details', 'inquiry message', 'enquiry details', 'message content', 'content', 'details', 'requirement', 'requirements', 'requirement details', 'buying requirement', "buyer's requirement", 'buyer requirement', 'buyer message', "buyer's message", 'description', 'rfq details', '询盘内容', '询盘详情', '留言', '留言内容', '内容', '采购需求', '需求', '需求详情', '询价内容', '消息', '消息内容'],
  product: ['product', 'products', 'product name', 'inquired product', 'inquired products', 'product interested', 'item', 'subject', 'inquiry about', 'enquiry for', '询盘产品', '产品', '产品名称', '商品', '商品名称', '主题'],
  quantity: ['quantity', 'order quantity', 'purchase quantity', 'qty', 'estimated quantity', '数量', '采购数量', '采购量'],
  businessType: ['business type', 'buyer type', 'company type', 'business nature', '经营模式', '买家类型', '公司类型'],
  // Read so they end a message, never reported.
  other: ['message ip', 'ip', "sender's ip address", 'ip address', 'state', 'fax', 'date', 'time', 'sent', 'inquiry was sent from', 'buyer details', 'buyer information', 'buyer info', 'contact details', 'contact information', 'contact info', "buyer's contact details", '买家信息', '联系方式', '时间', '日期', 'ip地址'],
};

const FIELD_OF = new Map<string, Field>();
for (const [field, labels] of Object.entries(LABELS) as Array<[Field, readonly string[]]>) {
  for (const label of labels) FIELD_OF.set(labelKey(label), field);
}
const KNOWN = new Set(FIELD_OF.keys());
/** Fields of the form itself: a line of the buyer's message may look like one (`Quantity: 2000`), so they do not end it. */
const FORM_FIELDS = new Set<Field>(['message', 'product', 'quantity']);

/** Lines that end the buyer's message: the platform's calls to action and footers. */
const BOILERPLATE =
  /^(reply(\s+now)?\s*$|reply to (this |the )?(inquiry|enquiry|buyer|message)|view (details?|inquiry|enquiry|message|more|the full|this)|click here|to reply|please (log ?in|sign ?in|reply)|this (e-?mail|message|notification) (was|is|has been) sent|do not reply|please do not reply|unsubscribe|copyright|©|log in to|manage (your )?notifications|立即回复|马上回复|回复询盘|回复买家|查看详情|查看询盘|点击|登录|本邮件|此邮件|请勿直接回复|请勿回复)/i;

/** Most lines, and characters, of a buyer's message read. */
const MESSAGE_LINES_MAX = 80;
const MESSAGE_MAX = 20_000;

/** The buyer a notification names. */
export interface MarketplaceBuyerFields {
  name: string | null;
  company: string | null;
  /** ISO 3166-1 alpha-2. */
  country: string | null;
  email: string | null;
  /** E.164 when readable, else as written. */
  phone: string | null;
  website: string | null;
}

/** What a marketplace notification relays. */
export interface MarketplaceNotice {
  marketplace: Marketplace;
  buyer: MarketplaceBuyerFields;
  /** The buyer's own message (`''` when the notification shows none). */
  message: string;
  /** The product field of the form, when it has one. */
  product: string | null;
  /** The quantity field of the form, as written. */
  quantity: string | null;
  /** The buyer's business type as the platform records it (`Importer, Wholesaler`). */
  businessType: string | null;
}

const EMAIL = /[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}.-]{1,253}\.[\p{L}]{2,24}/u;
const EMAIL_ALL = new RegExp(EMAIL.source, 'gu');
/** Platform and robot mailboxes, never the buyer's. */
const ROBOT_LOCAL = /^(no-?reply|do-?not-?reply|notice|notification|notifications|service|services|support|feedback|info|system|mailer|postmaster|buyer-?message|message|inquiry|enquiry|rfq|buyleads|alert|alerts)$/i;

function isBuyerAddress(address: string): boolean {
  const at = address.lastIndexOf('@');
  return at > 0 && marketplaceOf(address) === null && !ROBOT_LOCAL.test(address.slice(0, at));
}

/** `Mr. John Smith` → `John Smith`; `Ms Anna Kowalska [Verified]` → `Anna Kowalska`. */
function cleanName(value: string): string {
  return value
    .replace(/\[[^\]]{0,40}\]|\([^)]{0,40}\)|（[^）]{0,40}）/g, ' ')
    .replace(/^\s*(mr|mrs|ms|miss|mx|dr|sir|madam)\.?\s+/i, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A value that only masks what it stands for (`c***@e***.mx`, `+91-98xxxxxx10`). */
function masked(value: string): boolean {
  return /\*{2,}|x{4,}/i.test(value);
}

function countryOfValue(value: string): string | null {
  const cleaned = value.replace(/\[[^\]]{0,40}\]/g, '').trim();
  const whole = countryFromName(cleaned);
  if (whole) return whole;
  // `Mumbai, Maharashtra, India`, `United States (New York)`, `🇪🇸 Spain`: the last country named wins.
  const named = findCountryNames(cleaned, { ambiguous: true });
  return named.length > 0 ? named[named.length - 1]!.country : null;
}

/**
 * The buyer's message: the value of the message label and the lines after it, up to the next
 * known label or the platform's footer. With no message label, the lines that are neither
 * labelled fields nor boilerplate, between the greeting and the footer.
 */
function messageOf(lines: readonly string[], values: readonly LabelledValue[]): string {
  const labelled = values.find((v) => FIELD_OF.get(v.key) === 'message');
  const fieldOfLine = (line: string): Field | undefined => {
    const split = splitLabel(line);
    if (split && FIELD_OF.has(split.key)) return FIELD_OF.get(split.key);
    return line.length <= 42 ? FIELD_OF.get(labelKey(line.replace(/[:：\t]\s*$/, ''))) : undefined;
  };
  const collected: string[] = [];
  if (labelled) {
    if (labelled.valueLine === labelled.line) collected.push(labelled.value);
    for (let i = labelled.valueLine + (labelled.valueLine === labelled.line ? 1 : 0); i < lines.length && collected.length < MESSAGE_LINES_MAX; i++) {
      const line = lines[i]!.trim();
      const field = fieldOfLine(line);
      if (BOILERPLATE.test(line) || (field !== undefined && !FORM_FIELDS.has(field))) break;
      collected.push(line);
    }
    return collected.join('\n').slice(0, MESSAGE_MAX).trim();
  }
  const used = new Set(values.flatMap((v) => [v.line, v.valueLine]));
  for (let i = 0; i < lines.length && collected.length < MESSAGE_LINES_MAX; i++) {
    const line = lines[i]!.trim();
    if (BOILERPLATE.test(line)) {
      if (collected.some((l) => l !== '')) break;
      continue;
    }
    if (used.has(i) || fieldOfLine(line) !== undefined) continue;
    collected.push(line);
  }
  return collected.join('\n').slice(0, MESSAGE_MAX).trim();
}

/**
 * The marketplace a message comes from, by its From or Sender address; null when neither is
 * a marketplace's.
 */
export function marketplaceOfMessage(message: Pick<MailMessage, 'from' | 'sender'>): Marketplace | null {
  for (const mailbox of [parseMailbox(message.from), parseMailbox(message.sender ?? null)]) {
    if (mailbox === null) continue;
    const marketplace = marketplaceOf(mailbox.domain);
    if (marketplace) return marketplace;
  }
  return null;
}

export interface ReadMarketplaceOptions {
  /** The mail's text when the caller already has it (see `mailText`); read from the message otherwise. */
  text?: string;
  /** The company's own mail domains: an address there is never the buyer's. */
  ownDomains?: readonly string[];
}

/** A line that names a person without a label: `Mr. Faisal Al-Harbi`, `Olga Ivanova`. */
function looksLikePerson(line: string): boolean {
  const text = line.trim();
  if (text.length > 60) return false;
  if (/^(mr|mrs|ms|miss|dr)\.?\s+\p{L}/iu.test(text)) return true;
  return /^\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){1,3}$/u.test(text);
}

/**
 * Reads a marketplace notification: which platform, the buyer it names and the buyer's own
 * message. Null when the mail does not come from a marketplace address. Never throws.
 *
 * The buyer's e-mail comes from a labelled field, else from a Reply-To the platform set to the
 * buyer, else from an address the buyer wrote into the message; the rep's own addresses (To,
 * Cc, own domains) and masked values (`c***@e***.mx`) are never reported. A buyer card that
 * gives the name without a label (`Mr. Faisal Al-Harbi` above `Company:`) is read too.
 */
export function readMarketplace(
  message: Pick<MailMessage, 'from' | 'sender' | 'replyTo' | 'to' | 'cc' | 'subject' | 'bodyText' | 'bodyHtml'>,
  options: ReadMarketplaceOptions = {},
): MarketplaceNotice | null {
  const marketplace = marketplaceOfMessage(message);
  if (marketplace === null) return null;
  const lines = (options.text ?? mailText(message)).normalize('NFKC').split('\n');
  const values = labelledValues(lines, KNOWN);
  const first = (field: Field, accept: (value: string) => boolean = () => true) =>
    values.find((v) => FIELD_OF.get(v.key) === field && v.value !== '' && accept(v.value))?.value ?? null;

  const nameValue = first('name', (v) => !EMAIL.test(v) || v.replace(EMAIL, '').trim() !== '');
  let name = nameValue ? cleanName(nameValue.replace(EMAIL, '')) || null : null;
  let nameLine: number | null = null;
  if (name === null) {
    const infoLines = values.filter((v) => ['company', 'country', 'email', 'phone'].includes(FIELD_OF.get(v.key)!)).map((v) => v.line);
    let i = infoLines.length > 0 ? Math.min(...infoLines) - 1 : -1;
    while (i >= 0 && lines[i]!.trim() === '') i--;
    if (i >= 0 && looksLikePerson(lines[i]!) && !BOILERPLATE.test(lines[i]!.trim())) {
      name = cleanName(lines[i]!) || null;
      nameLine = i;
    }
  }

  let country: string | null = null;
  const rank = (key: string) => LABELS.country.findIndex((label) => labelKey(label) === key);
  const countryValues = values.filter((v) => FIELD_OF.get(v.key) === 'country').sort((a, b) => rank(a.key) - rank(b.key));
  for (const v of [...countryValues, ...values.filter((v) => FIELD_OF.get(v.key) === 'address')]) {
    country = countryOfValue(v.value);
    if (country) break;
  }
  // `Mr. Ali (Saudi Arabia)` as the name; `New inquiry from John Smith (United States)` as the subject.
  const inParens = nameValue ? /\(([^)]{2,40})\)/.exec(nameValue)?.[1] : undefined;
  if (country === null && inParens) country = countryFromName(inParens);
  country ??= findCountryNames(message.subject ?? '')[0]?.country ?? null;

  const buyerMessage = messageOf(nameLine === null ? lines : lines.slice(0, nameLine), values);
  const own = new Set([...parseAddressList(message.to ?? null), ...parseAddressList(message.cc ?? null)].map((m) => m.address.toLowerCase()));
  const ownDomains = (options.ownDomains ?? []).map((d) => d.toLowerCase());
  const isTheBuyers = (address: string) =>
    isBuyerAddress(address) && !masked(address) && !own.has(address.toLowerCase()) && !ownDomains.some((d) => address.toLowerCase().endsWith(`@${d}`) || address.toLowerCase().endsWith(`.${d}`));
  const emailValue = first('email', (v) => EMAIL.test(v) && isTheBuyers(EMAIL.exec(v)![0]));
  const replyTo = parseAddressList(message.replyTo ?? null).find((m) => isTheBuyers(m.address))?.address ?? null;
  const written = [...buyerMessage.matchAll(EMAIL_ALL)].map((m) => m[0]).find(isTheBuyers) ?? null;
  const email = (emailValue ? EMAIL.exec(emailValue)![0] : null) ?? replyTo ?? written;

  const phoneValue = first('phone', (v) => !masked(v) && /\d{5}/.test(v.replace(/[\s().-]/g, '')));
  const phone = phoneValue ? findInternationalPhones(phoneValue)[0]?.number ?? phoneValue : null;

  const companyValue = first('company');
  return {
    marketplace,
    buyer: {
      name,
      company: companyValue ? companyValue.replace(/\[[^\]]{0,40}\]/g, '').trim() || null : null,
      country,
      email,
      phone,
      website: first('website', (v) => !/^n\/?a$/i.test(v.trim())),
    },
    message: buyerMessage,
    product: first('product'),
    quantity: first('quantity'),
    businessType: first('businessType'),
  };
}
