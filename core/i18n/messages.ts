/**
 * The message catalogue both surfaces draw every string from: one JSON file per language for
 * the interface (`en.json`, `zh.json`) and one per language for the sentences the judgement
 * writes into the view models (`judgement/en.json`, `judgement/zh.json`: tier reasons,
 * touchpoint reasons, trust warnings, look-alike reasons, questions, persona traits). English is
 * the source of the keys; Chinese must carry the same keys and placeholders, which
 * `messages.test.ts` checks. Plurals are keys ending in `.one` / `.other`, chosen with
 * `Intl.PluralRules`; placeholders are `{name}`.
 */
import interfaceEn from './en.json' with { type: 'json' };
import interfaceZh from './zh.json' with { type: 'json' };
import judgementEn from './judgement/en.json' with { type: 'json' };
import judgementZh from './judgement/zh.json' with { type: 'json' };

const en = { ...interfaceEn, ...judgementEn };
const zh: Record<string, string> = { ...interfaceZh, ...judgementZh };

/** The languages the interface speaks. */
export const UI_LOCALES = ['en', 'zh'] as const;
export type UiLocale = (typeof UI_LOCALES)[number];

type RawKey = keyof typeof en;
type PluralBase<K> = K extends `${infer B}.one` | `${infer B}.other` ? B : never;
/** Every message key; a plural one without its `.one` / `.other` suffix. */
export type MessageKey = Exclude<RawKey, `${string}.one` | `${string}.other`> | PluralBase<RawKey>;

export type MessageValues = Record<string, string | number>;

export const CATALOGUES: Record<UiLocale, Record<string, string>> = { en, zh };

/**
 * The interface language for a language tag (`Office.context.displayLanguage`, Gmail's
 * `userLocale`, a user's setting): Chinese in any script or region → `zh`, anything else → `en`.
 */
export function uiLocale(tag: string | null | undefined): UiLocale {
  return tag && /^zh\b/i.test(tag.replace('_', '-')) ? 'zh' : 'en';
}

/** The tag the `Intl` formatters use for an interface language. */
export function intlLocale(locale: UiLocale): string {
  return locale === 'zh' ? 'zh-CN' : 'en-GB';
}

const pluralRules = new Map<UiLocale, Intl.PluralRules>();

/** Fills `{name}` placeholders; one without a value stays visible as `{name}` rather than vanishing. */
export function fillPlaceholders(text: string, values: MessageValues = {}): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (values[name] === undefined ? whole : String(values[name])));
}

/**
 * The message `key` in `locale`, placeholders filled. A plural key picks its form by
 * `values.count`. Falls back to English, then to the key itself, so a missing string shows as
 * its key instead of breaking the sidebar.
 */
export function translate(locale: UiLocale, key: MessageKey, values?: MessageValues): string {
  const catalogue = CATALOGUES[locale];
  const english: Record<string, string> = en;
  let text: string | undefined = catalogue[key] ?? english[key];
  if (text === undefined && typeof values?.count === 'number') {
    let rules = pluralRules.get(locale);
    if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(intlLocale(locale))));
    const form = rules.select(values.count);
    text = catalogue[`${key}.${form}`] ?? catalogue[`${key}.other`] ?? english[`${key}.${form}`] ?? english[`${key}.other`];
  }
  return fillPlaceholders(text ?? key, values);
}
