/**
 * The interface languages and the mechanics of a catalogue: choosing the language, filling
 * placeholders, picking a plural form. No strings of its own, so each catalogue (the whole one
 * on the server, the interface's alone in the pane) is bundled only where it is used.
 */

/** The languages the interface speaks. */
export const UI_LOCALES = ['en', 'zh'] as const;
export type UiLocale = (typeof UI_LOCALES)[number];

export type MessageValues = Record<string, string | number>;

/** One catalogue per language: key → text. */
export type Catalogues = Record<UiLocale, Record<string, string>>;

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

/** Fills `{name}` placeholders; one without a value stays visible as `{name}` rather than vanishing. */
export function fillPlaceholders(text: string, values: MessageValues = {}): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (values[name] === undefined ? whole : String(values[name])));
}

const pluralRules = new Map<UiLocale, Intl.PluralRules>();

/**
 * The message `key` of `catalogues` in `locale`, placeholders filled. A plural key (`.one` /
 * `.other` forms) picks its form by `values.count`. Falls back to English, then to the key
 * itself, so a missing string shows as its key instead of breaking the sidebar.
 */
export function lookUpMessage(catalogues: Catalogues, locale: UiLocale, key: string, values?: MessageValues): string {
  const catalogue = catalogues[locale];
  const english = catalogues.en;
  let text: string | undefined = catalogue[key] ?? english[key];
  if (text === undefined && typeof values?.count === 'number') {
    let rules = pluralRules.get(locale);
    if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(intlLocale(locale))));
    const form = rules.select(values.count);
    text = catalogue[`${key}.${form}`] ?? catalogue[`${key}.other`] ?? english[`${key}.${form}`] ?? english[`${key}.other`];
  }
  return fillPlaceholders(text ?? key, values);
}
