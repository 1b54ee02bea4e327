/**
 * The interface's own strings without the judgement's sentences, for the task pane: the server
 * words every reason, warning and question before they reach it, so the pane bundles only
 * `en.json` and `zh.json`.
 */
import en from './en.json' with { type: 'json' };
import zh from './zh.json' with { type: 'json' };
import { lookUpMessage, type Catalogues, type UiLocale } from './locales.ts';
import { buildTranslator, type Translator } from './translator.ts';

export const INTERFACE_CATALOGUES: Catalogues = { en, zh };

const translators = new Map<UiLocale, Translator>();

/** The translator of an interface language over the interface's strings alone; one per language. */
export function interfaceTranslator(locale: UiLocale): Translator {
  let tr = translators.get(locale);
  if (!tr) translators.set(locale, (tr = buildTranslator(locale, (key, values) => lookUpMessage(INTERFACE_CATALOGUES, locale, key, values))));
  return tr;
}
