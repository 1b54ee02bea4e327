/**
 * One object a surface holds per interface language: `t` for messages and the formatters bound
 * to the same language, plus the labels of core's enums (`tr.label('stage', 'partner')`).
 * The judgement words its reasons with the same object, so a reason and the button beside it
 * speak one language.
 */
import {
  countryNameIn,
  formatAmount,
  formatDate,
  formatMoney,
  formatMonth,
  formatNumber,
  formatRelativeDays,
  formatWallClock,
  languageNameIn,
  scriptNameIn,
} from './format.ts';
import type { MessageValues, UiLocale } from './locales.ts';
import type { MessageKey } from './messages.ts';

/** The enums whose values have labels in the catalogue, as `<group>.<value>` keys. */
export type LabelGroup =
  | 'tier_value'
  | 'stage'
  | 'buyer_type'
  | 'buyer_class'
  | 'brand_relation'
  | 'level'
  | 'factor'
  | 'channel'
  | 'direction'
  | 'interaction_kind'
  | 'order_status'
  | 'payment'
  | 'payment_timeliness'
  | 'reminder_kind'
  | 'reminder_status'
  | 'touchpoint_kind'
  | 'touchpoint_action'
  | 'warning'
  | 'severity'
  | 'trait'
  | 'world_region'
  | 'credit'
  | 'turnover_band';

export interface Translator {
  locale: UiLocale;
  t(key: MessageKey, values?: MessageValues): string;
  /** The label of an enum value; the value itself when the catalogue has none. */
  label(group: LabelGroup, value: string): string;
  /** Rounded for reading: `USD 186k` / `USD 18.6万`. */
  money(amount: number, currency: string): string;
  /** Exact, with the currency's decimals: `EUR 12,345.60`. */
  amount(amount: number, currency: string): string;
  /** A number with grouping and at most `maxDigits` decimals (default none). */
  number(value: number, maxDigits?: number, minDigits?: number): string;
  date(isoDate: string, today?: string): string;
  relativeDays(days: number): string;
  /** A month (1–12) by its short name. */
  month(month: number): string;
  wallClock(local: string): string;
  country(code: string): string;
  language(tag: string): string;
  /** A script's name from its ISO 15924 code. */
  script(code: string): string;
  /** Items joined as a list is written in the language (`a, b` / `a、b`). */
  list(items: readonly string[]): string;
}

/**
 * A translator over a catalogue's `translate`: the whole catalogue on the server
 * (`translator` in `messages.ts`), the interface's alone in the pane (`interfaceTranslator`).
 */
export function buildTranslator(locale: UiLocale, translate: (key: MessageKey, values?: MessageValues) => string): Translator {
  const separator = translate('list.separator');
  return {
    locale,
    t: translate,
    label: (group, value) => {
      const key = `${group}.${value}` as MessageKey;
      const text = translate(key);
      return text === key ? value : text;
    },
    money: (amount, currency) => formatMoney(locale, amount, currency),
    amount: (amount, currency) => formatAmount(locale, amount, currency),
    number: (value, maxDigits, minDigits) => formatNumber(locale, value, maxDigits, minDigits),
    date: (isoDate, today) => formatDate(locale, isoDate, today),
    relativeDays: (days) => formatRelativeDays(locale, days),
    month: (month) => formatMonth(locale, month),
    wallClock: (local) => formatWallClock(locale, local),
    country: (code) => countryNameIn(locale, code),
    language: (tag) => languageNameIn(locale, tag),
    script: (code) => scriptNameIn(locale, code),
    list: (items) => items.join(separator),
  };
}
