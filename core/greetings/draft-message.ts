/**
 * Greeting and follow-up drafts in the contact's language, from the JSON templates beside this
 * file (one per language). Safe for the pane bundle: no holiday data, only the templates.
 */
import ar from './ar.json' with { type: 'json' };
import de from './de.json' with { type: 'json' };
import en from './en.json' with { type: 'json' };
import es from './es.json' with { type: 'json' };
import fr from './fr.json' with { type: 'json' };
import pt from './pt.json' with { type: 'json' };
import ru from './ru.json' with { type: 'json' };
import zh from './zh.json' with { type: 'json' };

/** One language's file: the holidays' names in that language and every template. */
export interface TemplateFile {
  language: string;
  /** Fills `{contactName}` when no contact is known: the salutation reads `Dear Sir or Madam`, `尊敬的客户`. */
  neutralContactName: string;
  holidayNames: Record<string, string>;
  templates: Record<string, { subject: string; body: string }>;
}

/** Languages with a template file; English is the last fallback. */
export const DRAFT_LANGUAGES = ['en', 'zh', 'es', 'fr', 'de', 'pt', 'ru', 'ar'] as const;
export type DraftLanguage = (typeof DRAFT_LANGUAGES)[number];

export const TEMPLATE_FILES: Record<DraftLanguage, TemplateFile> = { en, zh, es, fr, de, pt, ru, ar };

/** Every template key (holiday keys plus `birthday`, `order_anniversary`, `season_greeting` and the follow-ups). */
export const TEMPLATE_KEYS: readonly string[] = Object.keys(en.templates);

/** The generic greeting used for a holiday with no template of its own. */
export const SEASON_GREETING = 'season_greeting';

export interface DraftRequest {
  /** Template key: a holiday key (`christmas`), `birthday`, `follow_up_quote`… */
  template: string;
  /** The contact's language tag (`pt-BR`, `zh-CN`, `de`); null or unknown falls back to English. */
  language?: string | null;
  /**
   * Placeholder values: `contactName`, `repName`, `companyName` always; `holidayName` (defaults to
   * the holiday's name in the chosen language), `years`, `product`, `newPrice`, `effectiveDate`,
   * `quoteRef`, `contractNo`, `amount`, `dueDate` where the template uses them.
   */
  values: Record<string, string | number>;
}

export interface Draft {
  subject: string;
  body: string;
  /** The language the draft is in (`pt` for a `pt-BR` contact, `en` when none matched). */
  language: DraftLanguage;
}

/**
 * The template language for a contact's language tag: the whole tag, then its primary
 * language (`pt-BR` → `pt`, `zh-Hant-TW` → `zh`), then English.
 */
export function draftLanguage(tag: string | null | undefined): DraftLanguage {
  const candidates = tag ? [tag.toLowerCase(), tag.toLowerCase().split(/[-_]/)[0]!] : [];
  return (candidates.find((c): c is DraftLanguage => (DRAFT_LANGUAGES as readonly string[]).includes(c)) ?? 'en');
}

/** The template to greet `key` with: its own, or the generic season's greeting. */
export function greetingTemplateFor(key: string): string {
  return TEMPLATE_KEYS.includes(key) ? key : SEASON_GREETING;
}

/** The placeholders (`{name}`) a template uses in subject and body, sorted. */
export function templatePlaceholders(template: { subject: string; body: string }): string[] {
  const names = new Set<string>();
  for (const m of `${template.subject}\n${template.body}`.matchAll(/\{(\w+)\}/g)) names.add(m[1]!);
  return [...names].sort();
}

/**
 * A draft of `template` in the contact's language with the placeholders filled.
 *
 * @throws Error for an unknown template, or naming the placeholder when a value is missing.
 * @example
 * draftMessage({ template: 'christmas', language: 'de-AT', values: { contactName: 'Frau Huber', repName: 'Li Wei', companyName: 'Lumen' } })
 * // → { subject: 'Frohe Weihnachten von Lumen', body: 'Guten Tag Frau Huber, …', language: 'de' }
 */
export function draftMessage({ template, language, values }: DraftRequest): Draft {
  if (!TEMPLATE_KEYS.includes(template)) {
    throw new Error(`unknown draft template "${template}"; use one of ${TEMPLATE_KEYS.join(', ')}`);
  }
  const lang = draftLanguage(language);
  const file = TEMPLATE_FILES[lang];
  const source = file.templates[template] ?? en.templates[template as keyof typeof en.templates];
  const holidayName = file.holidayNames[template];
  const filled: Record<string, string | number> = holidayName !== undefined && values.holidayName === undefined ? { ...values, holidayName } : values;
  const fill = (text: string) =>
    text.replace(/\{(\w+)\}/g, (_, name: string) => {
      const value = filled[name];
      if (value === undefined || value === null || String(value).trim() === '') {
        throw new Error(`draft "${template}" (${lang}) needs a value for {${name}}`);
      }
      return String(value);
    });
  return { subject: fill(source.subject), body: fill(source.body), language: lang };
}
