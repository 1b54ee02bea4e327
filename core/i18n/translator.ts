/**
 * One object a surface holds per interface language: `t` for messages and the formatters bound
 * to the same language, plus the labels of core's enums (`tr.label('stage', 'partner')`).
 */
import { countryNameIn, formatDate, formatMoney, formatRelativeDays, formatWallClock, languageNameIn } from './format.ts';
import { translate, type MessageKey, type MessageValues, type UiLocale } from './messages.ts';

/** The enums whose values have labels in the catalogue, as `<group>.<value>` keys. */
export type LabelGroup =
  | 'tier_value'
  | 'stage'
  | 'buyer_type'
  | 'brand_relation'
  | 'level'
  | 'factor'
  | 'channel'
  | 'direction'
  | 'interaction_kind'
  | 'order_status'
  | 'payment'
  | 'reminder_kind'
  | 'reminder_status'
  | 'touchpoint_kind'
  | 'touchpoint_action'
  | 'warning'
  | 'severity';

export interface Translator {
  locale: UiLocale;
  t(key: MessageKey, values?: MessageValues): string;
  /** The label of an enum value; the value itself when the catalogue has none. */
  label(group: LabelGroup, value: string): string;
  money(amount: number, currency: string): string;
  date(isoDate: string, today?: string): string;
  relativeDays(days: number): string;
  wallClock(local: string): string;
  country(code: string): string;
  language(tag: string): string;
}

export function translator(locale: UiLocale): Translator {
  return {
    locale,
    t: (key, values) => translate(locale, key, values),
    label: (group, value) => {
      const key = `${group}.${value}` as MessageKey;
      const text = translate(locale, key);
      return text === key ? value : text;
    },
    money: (amount, currency) => formatMoney(locale, amount, currency),
    date: (isoDate, today) => formatDate(locale, isoDate, today),
    relativeDays: (days) => formatRelativeDays(locale, days),
    wallClock: (local) => formatWallClock(locale, local),
    country: (code) => countryNameIn(locale, code),
    language: (tag) => languageNameIn(locale, tag),
  };
}
