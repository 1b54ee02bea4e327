/**
 * Persona values in the rep's language, from the message catalogue: what makes two customers
 * alike ("distributor", "orders ≈ USD 41k", "buys kettle" / "分销商", "单笔订单约 USD 4.1万",
 * "采购电热水壶"), the questions still open, and the traits of the sidebar's persona block.
 * Products are named by the company's catalogue: its Chinese words in Chinese, the key in English.
 */
import type { CatalogueTerm } from '../config.ts';
import type { Credit, Level, TurnoverBand } from '../customer.ts';
import type { UiLocale } from '../i18n/messages.ts';
import { translator } from '../i18n/messages.ts';
import { type Translator } from '../i18n/translator.ts';
import type { DimensionKey } from './dimensions.ts';
import type { BuyerClass, PaymentTimeliness } from './persona-profile.ts';

/** What wording persona values needs: the language, and the company's catalogue and base currency. */
export interface PersonaWording {
  tr: Translator;
  catalogue: readonly CatalogueTerm[];
  /** The currency order sizes are in (the company's base currency). */
  currency: string;
}

/** Wording for `locale` over a company config. */
export function personaWording(config: { catalogue: readonly CatalogueTerm[]; company: { baseCurrency: string } }, locale: UiLocale = 'en'): PersonaWording {
  return { tr: translator(locale), catalogue: config.catalogue, currency: config.company.baseCurrency };
}

/** `brand_owner` → `brand owner`, `air-fryer` → `air fryer`. */
export function readable(value: string): string {
  return value.replace(/[_-]+/g, ' ');
}

/** A catalogue key (or category) as a rep names it: the catalogue's first Chinese word in Chinese, the key made readable otherwise. */
export function productName(key: string, { tr, catalogue }: Pick<PersonaWording, 'tr' | 'catalogue'>): string {
  if (tr.locale === 'zh') {
    const word = catalogue.find((t) => t.key === key)?.zh[0];
    if (word) return word;
  }
  return readable(key);
}

/** An amount rounded for reading: `≈ USD 42k` / `约 USD 4.2万`. */
export function approxMoney(amount: number, currency: string, tr: Translator): string {
  return tr.t('persona_value.approx', { amount: tr.money(amount, currency) });
}

/** One thing two personas share on a dimension, as data: the neighbour's value. `buyerClass` when only the class of buyer matches. */
export interface AlikeReason {
  key: DimensionKey | 'buyerClass';
  value: string | number | readonly string[];
}

/** One shared thing as a phrase (`buyerType` → `distributor`, `orderSize` → `orders ≈ USD 40k`, `categories` → `buys kettle, blender`). */
export function alikeReasonText({ key, value }: AlikeReason, wording: PersonaWording): string {
  const { tr } = wording;
  const list = (values: typeof value, name: (v: string) => string) => tr.list((Array.isArray(values) ? values : [String(values)]).map(name));
  switch (key) {
    case 'buyerType':
      return tr.label('buyer_type', String(value));
    case 'buyerClass':
      return tr.label('buyer_class', String(value));
    case 'region':
      return tr.label('world_region', String(value));
    case 'incoterm':
      return String(value);
    case 'country':
      return tr.country(String(value));
    case 'categories':
      return tr.t('alike.categories', { products: list(value, (v) => productName(v, wording)) });
    case 'orderSize':
      return tr.t('alike.order_size', { amount: approxMoney(Number(value), wording.currency, tr) });
    case 'staff':
      return tr.t('alike.staff', { count: Math.round(Number(value)) });
    case 'turnoverBand':
      return tr.t('alike.turnover', { band: tr.label('turnover_band', String(value)) });
    case 'valuedFactors':
      return tr.t('alike.values', { factors: list(value, (v) => tr.label('factor', v)) });
    case 'brandRelation':
      return tr.t(value === 'owner' ? 'alike.brand_owner' : 'alike.brand_user');
    case 'paymentTimeliness':
      return tr.t(`alike.payment.${value as PaymentTimeliness}`);
    case 'deliverySensitivity':
      return tr.t('alike.delivery_sensitivity', { level: tr.label('level', String(value)) });
    case 'newProductResponsiveness':
      return tr.t('alike.new_products', { level: tr.label('level', String(value)) });
    case 'loyalty':
      return tr.t('alike.loyalty', { level: tr.label('level', String(value)) });
  }
}

/** The question that fills a dimension in, as the rep would ask or note it. */
export function questionText(dimension: DimensionKey, tr: Translator = translator('en')): string {
  return tr.t(`question.${dimension}` as 'question.buyerType');
}

/** The traits of the persona block, by key; their labels are the catalogue's `trait.<key>`. */
export const TRAIT_KEYS = [
  'buyerClass',
  'staff',
  'turnover',
  'typicalOrder',
  'incoterm',
  'categories',
  'payment',
  'loyalty',
  'country',
  'region',
  'founded',
  'credit',
  'languages',
] as const;
export type TraitKey = (typeof TRAIT_KEYS)[number];

/** What the persona block says about a customer, each value as data; absent = unknown. */
export interface TraitFacts {
  buyerClass?: BuyerClass | null;
  staff?: number | null;
  turnover?: TurnoverBand | null;
  typicalOrder?: number | null;
  incoterm?: string | null;
  categories?: readonly string[];
  payment?: PaymentTimeliness | null;
  loyalty?: Level | null;
  country?: string | null;
  region?: string | null;
  founded?: number | null;
  credit?: Credit;
  languages?: readonly string[];
}

/** The known traits in words, keyed by {@link TRAIT_KEYS}; unknown ones are left out. */
export function traitValues(facts: TraitFacts, wording: PersonaWording): Record<string, string> {
  const { tr } = wording;
  const traits: Record<string, string> = {};
  if (facts.buyerClass) traits.buyerClass = tr.label('buyer_class', facts.buyerClass);
  if (facts.staff != null) traits.staff = tr.number(facts.staff);
  if (facts.turnover) traits.turnover = tr.label('turnover_band', facts.turnover);
  if (facts.typicalOrder != null) traits.typicalOrder = approxMoney(facts.typicalOrder, wording.currency, tr);
  if (facts.incoterm) traits.incoterm = facts.incoterm;
  if (facts.categories?.length) traits.categories = tr.list(facts.categories.map((key) => productName(key, wording)));
  if (facts.payment) traits.payment = tr.label('payment_timeliness', facts.payment);
  if (facts.loyalty) traits.loyalty = tr.label('level', facts.loyalty);
  if (facts.country) traits.country = tr.country(facts.country);
  if (facts.region) traits.region = tr.label('world_region', facts.region);
  if (facts.founded) traits.founded = String(facts.founded);
  if (facts.credit && facts.credit !== 'unknown') traits.credit = tr.label('credit', facts.credit);
  if (facts.languages?.length) traits.languages = tr.list(facts.languages.map((tag) => tr.language(tag)));
  return traits;
}
