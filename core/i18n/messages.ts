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
import { lookUpMessage, type Catalogues, type MessageValues, type UiLocale } from './locales.ts';
import { buildTranslator, type Translator } from './translator.ts';

const en = { ...interfaceEn, ...judgementEn };
const zh: Record<string, string> = { ...interfaceZh, ...judgementZh };


export * from './locales.ts';

type RawKey = keyof typeof en;
type PluralBase<K> = K extends `${infer B}.one` | `${infer B}.other` ? B : never;
/** Every message key; a plural one without its `.one` / `.other` suffix. */
export type MessageKey = Exclude<RawKey, `${string}.one` | `${string}.other`> | PluralBase<RawKey>;

export const CATALOGUES: Catalogues = { en, zh };

/** The message `key` in `locale` from the whole catalogue (see {@link lookUpMessage}). */
export function translate(locale: UiLocale, key: MessageKey, values?: MessageValues): string {
  return lookUpMessage(CATALOGUES, locale, key, values);
}

const translators = new Map<UiLocale, Translator>();

/** The translator of an interface language over the whole catalogue; one per language, kept for the process. */
export function translator(locale: UiLocale): Translator {
  let tr = translators.get(locale);
  if (!tr) translators.set(locale, (tr = buildTranslator(locale, (key, values) => translate(locale, key, values))));
  return tr;
}
