/**
 * What a draft is made of: the template a touchpoint (or a template key) calls for, and the
 * values its placeholders need, written as the contact's language writes amounts and dates.
 * Both surfaces get drafts through the server, which hands this the facts it read.
 */
import type { TouchpointKind } from '../customer-context.ts';
import { daysBetween } from '../local-time.ts';
import type { Order } from '../order.ts';
import { draftLanguage, greetingTemplateFor, SEASON_GREETING, TEMPLATE_FILES, TEMPLATE_KEYS, templatePlaceholders, type DraftLanguage, type DraftRequest } from './draft-message.ts';

/** Where a draft comes from: a template named outright, or a suggestion the planner made. */
export type DraftSource =
  | { template: string; touchpoint?: undefined }
  | { template?: undefined; touchpoint: { kind: TouchpointKind; detail: Readonly<Record<string, string | number | boolean>> } };

export interface DraftFacts {
  /** The language tag to write in (explicit, else the contact's, else the customer's); null for English. */
  language: string | null;
  /** The person written to; null fills the file's neutral salutation (`Sir or Madam`). */
  contactName: string | null;
  repName: string;
  companyName: string;
  /** The customer's orders, any order: figures a draft named by template alone takes from them. */
  orders?: readonly Order[];
  /** Today (`YYYY-MM-DD`), for the years since the first order. */
  today?: string;
  /** Values the caller gives; they win over anything derived. */
  values?: Readonly<Record<string, string | number>>;
}

export interface DraftIssue {
  code: 'unknown_template' | 'no_draft_for_touchpoint' | 'missing_value';
  /** The input at fault (`template`, `touchpoint.kind`, `values.quoteRef`). */
  path: string[];
  message: string;
}

export type DraftPlan = { success: true; request: DraftRequest & { language: DraftLanguage } } | { success: false; issue: DraftIssue };

/** The template for each kind of suggestion that has one; a reply or a reminder is written by hand. */
export const TOUCHPOINT_TEMPLATES: Readonly<Partial<Record<TouchpointKind, string>>> = {
  follow_up_quote: 'follow_up_quote',
  follow_up_sample: 'follow_up_sample',
  reorder: 'reorder_check_in',
  payment_due: 'payment_reminder',
  payment_overdue: 'payment_reminder',
  birthday: 'birthday',
  anniversary: 'order_anniversary',
  price_change: 'price_change_notice',
  holiday_greeting: SEASON_GREETING,
  // Keeping in touch, or winning back a customer slipping away: ask how the last order went.
  cadence: 'satisfaction_check',
  churn_risk: 'satisfaction_check',
};

/** Quotation marks around a quoted subject, as each language sets them. */
const QUOTES: Record<DraftLanguage, [string, string]> = {
  en: ['“', '”'],
  zh: ['“', '”'],
  es: ['«', '»'],
  fr: ['« ', ' »'],
  de: ['„', '“'],
  pt: ['“', '”'],
  ru: ['«', '»'],
  ar: ['«', '»'],
};

const REPLY_PREFIX = /^(?:\s*(?:re|fw|fwd|aw|wg|sv|vs|tr|rv|enc|回复|回覆|答复|转发|轉寄)\s*(?:\[\d+\])?\s*[:：]\s*)+/iu;
/** A reference after a word that introduces one: `Quotation Q-2611-07`, `PI no. 2026/118`, `报价单 QT-88`. */
const QUOTE_REF =
  /(?<![\p{L}\p{N}])(?:quotation|quote|offer|offerte|angebot|oferta|cotización|cotizacion|cotação|devis|proforma|pi|ref\.?|no\.?|报价单|报价)\s*(?:no\.?|nr\.?|#|:)?\s*([a-z0-9][a-z0-9\-/.]*\d[a-z0-9\-/]*)/iu;
const SAMPLE_WORD = /^(?:free\s+)?(?:samples?|muestras?|amostras?|échantillons?|muster|образцы?|样品)\s*(?:of|for|de|für|:|-|–)?\s*/iu;

/** A subject without its `Re:`/`AW:`/`回复：` prefixes. */
export function subjectWithoutPrefixes(subject: string): string {
  return subject.replace(REPLY_PREFIX, '').trim();
}

/** The quotation a follow-up refers to: its number when the subject has one, else the subject in quotation marks. */
export function quoteRefFrom(subject: string, language: DraftLanguage): string | undefined {
  const clean = subjectWithoutPrefixes(subject);
  if (!clean) return undefined;
  const ref = QUOTE_REF.exec(clean)?.[1]?.replace(/[.\-/]+$/, '');
  if (ref) return ref;
  const [open, close] = QUOTES[language];
  return `${open}${clean}${close}`;
}

/** The product a sample mail was about (`Samples EK-1701 Electric kettle – DHL 123` → `EK-1701 Electric kettle`). */
export function sampleProductFrom(subject: string): string | undefined {
  const rest = subjectWithoutPrefixes(subject).replace(SAMPLE_WORD, '');
  const product = rest.split(/\s[–—|-]\s|\s\(|,/)[0]!.trim();
  return product && product.length <= 80 ? product : undefined;
}

/** The product as a rep names it: its text up to the first comma (`EK-1701 Electric kettle 1.7 L`). */
export function productName(product: string): string {
  return product.split(',')[0]!.trim();
}

/** The locale to write figures in: the contact's own tag when the draft is in its language (`pt-BR`), else the draft's. */
function figureLocale(tag: string | null, language: DraftLanguage): string {
  if (!tag || tag.toLowerCase().split(/[-_]/)[0] !== language) return language;
  try {
    return Intl.getCanonicalLocales(tag.replace(/_/g, '-'))[0] ?? language;
  } catch {
    return language;
  }
}

function formatAmount(locale: string, amount: number, currency: string, unitPrice = false): string {
  try {
    return new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      currencyDisplay: 'code',
      // A unit price may carry more decimals than the currency (0.125 USD a piece).
      ...(unitPrice ? { maximumFractionDigits: 4 } : {}),
    }).format(amount);
  } catch {
    return `${amount} ${currency}`;
  }
}

function formatDay(locale: string, isoDate: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${isoDate.slice(0, 10)}T00:00:00Z`));
}

const isDate = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v);

/** The unpaid order whose payment falls due first. */
function openPayment(orders: readonly Order[]): Order | undefined {
  return orders
    .filter((o) => o.status !== 'cancelled' && o.status !== 'paid' && !o.paidAt && o.paymentDue)
    .sort((a, b) => a.paymentDue!.localeCompare(b.paymentDue!))[0];
}

/** The order delivered last (shipped or paid), else the latest order not cancelled. */
function lastDelivered(orders: readonly Order[]): Order | undefined {
  const live = orders.filter((o) => o.status !== 'cancelled');
  const when = (o: Order) => o.shippedAt ?? o.orderedAt;
  const newest = (list: Order[]) => [...list].sort((a, b) => when(b).localeCompare(when(a)) || b.contractNo.localeCompare(a.contractNo))[0];
  return newest(live.filter((o) => o.shippedAt || o.status === 'shipped' || o.status === 'paid')) ?? newest(live);
}

/** The first product of the latest order not cancelled. */
function lastProduct(orders: readonly Order[]): string | undefined {
  const latest = orders
    .filter((o) => o.status !== 'cancelled' && o.lines.length > 0)
    .sort((a, b) => b.orderedAt.localeCompare(a.orderedAt) || b.contractNo.localeCompare(a.contractNo))[0];
  return latest ? productName(latest.lines[0]!.product) : undefined;
}

/** Whole years since the first order, rounded (a greeting written a few days before the anniversary counts the coming one). */
function yearsSinceFirstOrder(orders: readonly Order[], today: string | undefined): number | undefined {
  const first = orders.filter((o) => o.status !== 'cancelled').reduce<string | undefined>((m, o) => (m === undefined || o.orderedAt < m ? o.orderedAt : m), undefined);
  if (!first || !today) return undefined;
  const years = Math.round(daysBetween(first, today) / 365.25);
  return years >= 1 ? years : undefined;
}

/**
 * The template and filled-in values for a draft, or the issue that stops it: an unknown
 * template, a kind of suggestion with no template, or a placeholder nothing can fill.
 *
 * From a touchpoint's `detail`: `contractNo`, `amount` + `currency`, `paymentDue`, `years`,
 * `product1`, `newPrice1` + `currency1`, `effectiveOn`, `occasion`, and `subject` (the quotation's
 * number, or the sample's product). Missing figures come from the customer's orders where
 * one order clearly answers (the payment falling due first, the order delivered last, the
 * latest product).
 *
 * @example
 * draftRequestFor({ touchpoint: { kind: 'payment_overdue', detail: { template: 'payment_reminder', contractNo: 'LH-118', amount: 18400, currency: 'USD', paymentDue: '2026-11-10' } } },
 *   { language: 'de', contactName: 'Anna Huber', repName: 'Li Wei', companyName: 'Lumen' })
 * // → { success: true, request: { template: 'payment_reminder', language: 'de', values: { amount: '18.400,00 USD', dueDate: '10. November 2026', … } } }
 */
export function draftRequestFor(source: DraftSource, facts: DraftFacts): DraftPlan {
  const fail = (code: DraftIssue['code'], path: string[], message: string): DraftPlan => ({ success: false, issue: { code, path, message } });
  const detail: Readonly<Record<string, string | number | boolean>> = source.touchpoint?.detail ?? {};
  const str = (key: string) => (typeof detail[key] === 'string' && (detail[key] as string).trim() ? (detail[key] as string).trim() : undefined);
  const num = (key: string) => (typeof detail[key] === 'number' && Number.isFinite(detail[key]) ? (detail[key] as number) : undefined);

  let template: string;
  let occasion: string | undefined;
  let templatePath: string[];
  if (source.touchpoint) {
    const { kind } = source.touchpoint;
    if (kind === 'holiday_greeting') {
      occasion = str('occasion') ?? str('template');
      template = occasion ? greetingTemplateFor(occasion) : SEASON_GREETING;
      templatePath = ['touchpoint', 'detail', 'occasion'];
    } else {
      const named = str('template') ?? TOUCHPOINT_TEMPLATES[kind];
      if (!named) return fail('no_draft_for_touchpoint', ['touchpoint', 'kind'], `a "${kind}" suggestion has no draft template; name one in "template"`);
      template = named;
      templatePath = str('template') ? ['touchpoint', 'detail', 'template'] : ['touchpoint', 'kind'];
    }
  } else {
    template = source.template.trim();
    occasion = template;
    templatePath = ['template'];
  }
  if (!TEMPLATE_KEYS.includes(template)) {
    return fail('unknown_template', templatePath, `unknown draft template "${template}"; use one of ${TEMPLATE_KEYS.join(', ')}`);
  }

  const language = draftLanguage(facts.language);
  const file = TEMPLATE_FILES[language];
  const locale = figureLocale(facts.language, language);
  const orders = facts.orders ?? [];
  const money = (amount: number | undefined, currency: string | undefined, unitPrice = false) =>
    amount !== undefined && currency ? formatAmount(locale, amount, currency, unitPrice) : undefined;
  const day = (value: unknown) => (isDate(value) ? formatDay(locale, value) : undefined);
  const payment = template === 'payment_reminder' ? openPayment(orders) : undefined;
  const subject = str('subject');

  const derive: Record<string, () => string | number | undefined> = {
    contactName: () => facts.contactName?.trim() || file.neutralContactName,
    repName: () => facts.repName,
    companyName: () => facts.companyName,
    holidayName: () => (occasion ? (file.holidayNames[occasion] ?? TEMPLATE_FILES.en.holidayNames[occasion] ?? str('holidayName')) : undefined),
    years: () => num('years') ?? yearsSinceFirstOrder(orders, facts.today),
    product: () => {
      const first = str('product1') ?? str('product');
      if (first) return productName(first);
      if (template === 'follow_up_sample') return subject ? sampleProductFrom(subject) : undefined;
      return lastProduct(orders);
    },
    newPrice: () => money(num('newPrice1'), str('currency1') ?? str('currency'), true),
    effectiveDate: () => day(str('effectiveOn')),
    quoteRef: () => (subject ? quoteRefFrom(subject, language) : undefined),
    contractNo: () => str('contractNo') ?? (template === 'satisfaction_check' ? lastDelivered(orders) : payment)?.contractNo,
    amount: () => money(num('amount'), str('currency')) ?? (payment ? money(payment.amount, payment.currency) : undefined),
    dueDate: () => day(str('paymentDue')) ?? day(payment?.paymentDue),
  };

  const values: Record<string, string | number> = {};
  const missing: string[] = [];
  const given = facts.values ?? {};
  for (const name of templatePlaceholders(file.templates[template]!)) {
    const value = given[name] !== undefined && String(given[name]).trim() !== '' ? given[name] : derive[name]?.();
    if (value === undefined || String(value).trim() === '') missing.push(name);
    else values[name] = value;
  }
  if (missing.length > 0) {
    const names = missing.map((m) => `{${m}}`).join(', ');
    return fail('missing_value', ['values', missing[0]!], `the "${template}" draft needs ${names}: nothing known fills ${missing.length === 1 ? 'it' : 'them'}, so send ${missing.map((m) => `values.${m}`).join(', ')}`);
  }
  return { success: true, request: { template, language, values } };
}
