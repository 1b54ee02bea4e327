import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HOLIDAY_KEYS } from '../holidays/holiday-keys.ts';
import { draftLanguage, draftMessage, DRAFT_LANGUAGES, greetingTemplateFor, TEMPLATE_FILES, TEMPLATE_KEYS, templatePlaceholders } from './draft-message.ts';

const values = { contactName: 'Ana Souza', repName: 'Li Wei', companyName: 'Lumen Home' };
const extra: Record<string, string | number> = {
  years: 5,
  product: 'air fryer',
  newPrice: 'USD 23.80',
  effectiveDate: '2027-01-01',
  quoteRef: 'Q-2611-07',
  contractNo: 'LH-2026-118',
  amount: 'USD 18,400.00',
  dueDate: '2026-12-10',
};
const REQUIRED = [
  ...HOLIDAY_KEYS,
  'birthday',
  'order_anniversary',
  'season_greeting',
  'follow_up_quote',
  'follow_up_sample',
  'reorder_check_in',
  'payment_reminder',
  'price_change_notice',
  'satisfaction_check',
];

describe('template files', () => {
  it('has one JSON file per language, each declaring its language', () => {
    const files = readdirSync(new URL('.', import.meta.url)).filter((f) => f.endsWith('.json')).sort();
    expect(files).toEqual(DRAFT_LANGUAGES.map((l) => `${l}.json`).sort());
    for (const lang of DRAFT_LANGUAGES) expect(TEMPLATE_FILES[lang].language).toBe(lang);
  });

  it('covers every holiday key, birthday, anniversary, the season’s greeting and the follow-ups in English', () => {
    expect([...TEMPLATE_KEYS].sort()).toEqual([...REQUIRED].sort());
  });

  it.each(DRAFT_LANGUAGES.filter((l) => l !== 'en'))('%s has every key, with the same placeholders as English', (lang) => {
    const file = TEMPLATE_FILES[lang];
    expect(Object.keys(file.templates).sort()).toEqual([...TEMPLATE_KEYS].sort());
    for (const key of TEMPLATE_KEYS) {
      expect(templatePlaceholders(file.templates[key]!), `${lang} ${key}`).toEqual(templatePlaceholders(TEMPLATE_FILES.en.templates[key]!));
    }
  });

  it.each(DRAFT_LANGUAGES)('%s names every holiday and addresses the contact, signing with rep and company', (lang) => {
    const file = TEMPLATE_FILES[lang];
    expect(Object.keys(file.holidayNames).sort()).toEqual([...HOLIDAY_KEYS].sort());
    for (const key of TEMPLATE_KEYS) {
      const placeholders = templatePlaceholders(file.templates[key]!);
      expect(placeholders, `${lang} ${key}`).toEqual(expect.arrayContaining(['contactName', 'repName', 'companyName']));
      expect(file.templates[key]!.subject.length, `${lang} ${key}`).toBeLessThan(90);
      expect(file.templates[key]!.body.length, `${lang} ${key}`).toBeLessThan(700);
    }
  });

  it('keeps the drafts free of the holiday library (they ship in the Outlook pane)', () => {
    for (const f of ['draft-message.ts', 'index.ts']) {
      expect(readFileSync(new URL(f, import.meta.url), 'utf8')).not.toMatch(/date-holidays|\.\.\/holidays\/(calendar|library|occasions)/);
    }
  });
});

describe('draftLanguage', () => {
  it.each([
    ['pt-BR', 'pt'],
    ['PT', 'pt'],
    ['zh-CN', 'zh'],
    ['zh-Hant-TW', 'zh'],
    ['de_AT', 'de'],
    ['ar-SA', 'ar'],
    ['ja', 'en'],
    [null, 'en'],
    ['', 'en'],
  ])('%s → %s', (tag, lang) => {
    expect(draftLanguage(tag)).toBe(lang);
  });
});

describe('draftMessage', () => {
  it('fills an English greeting with the holiday’s name', () => {
    const draft = draftMessage({ template: 'christmas', language: 'en', values });
    expect(draft.subject).toBe('Merry Christmas from Lumen Home');
    expect(draft.body).toBe(
      'Dear Ana Souza,\n\nAs the year draws to a close, thank you for your partnership. We wish you and your family a merry Christmas and a peaceful holiday season.\n\nBest regards,\nLi Wei\nLumen Home',
    );
    expect(draft.language).toBe('en');
  });

  it('falls back from pt-BR to Portuguese, with the holiday named in Portuguese', () => {
    const draft = draftMessage({ template: 'new_year', language: 'pt-BR', values });
    expect(draft.language).toBe('pt');
    expect(draft.subject).toBe('Feliz Ano Novo da Lumen Home');
    expect(draft.body.startsWith('Prezado(a) Ana Souza,')).toBe(true);
  });

  it('falls back to English for a language without templates', () => {
    expect(draftMessage({ template: 'diwali', language: 'hi-IN', values })).toMatchObject({ language: 'en', subject: 'Happy Diwali' });
  });

  it('takes the caller’s holiday name over the generic one (a country’s own national day)', () => {
    const draft = draftMessage({ template: 'national_day', language: 'zh-CN', values: { ...values, holidayName: '阿联酋国庆日' } });
    expect(draft.subject).toBe('恭贺阿联酋国庆日');
  });

  it('writes Arabic right to left as stored', () => {
    const draft = draftMessage({ template: 'eid_al_fitr', language: 'ar', values: { ...values, contactName: 'أحمد' } });
    expect(draft.subject).toContain('عيد الفطر المبارك');
    expect(draft.body).toContain('أحمد');
  });

  it.each(DRAFT_LANGUAGES.flatMap((lang) => TEMPLATE_KEYS.map((key) => [lang, key] as const)))('%s %s leaves no placeholder unfilled', (lang, key) => {
    const draft = draftMessage({ template: key, language: lang, values: { ...values, ...extra, holidayName: 'Test Day' } });
    expect(`${draft.subject}${draft.body}`).not.toMatch(/\{\w+\}/);
  });

  it('puts the new price and date into a price-change notice', () => {
    const draft = draftMessage({ template: 'price_change_notice', language: 'de', values: { ...values, ...extra } });
    expect(draft.subject).toBe('Vorabinformation: neuer Preis für air fryer ab 2027-01-01');
    expect(draft.body).toContain('auf USD 23.80');
  });

  it('throws naming the missing placeholder', () => {
    expect(() => draftMessage({ template: 'order_anniversary', language: 'fr', values })).toThrow('draft "order_anniversary" (fr) needs a value for {years}');
    expect(() => draftMessage({ template: 'birthday', language: 'en', values: { ...values, contactName: ' ' } })).toThrow('{contactName}');
  });

  it('throws on an unknown template, and greetingTemplateFor maps other holidays to the season’s greeting', () => {
    expect(() => draftMessage({ template: 'labour_day', language: 'en', values })).toThrow('unknown draft template "labour_day"');
    expect(greetingTemplateFor('labour_day')).toBe('season_greeting');
    expect(greetingTemplateFor('songkran')).toBe('songkran');
    const draft = draftMessage({ template: greetingTemplateFor('labour_day'), language: 'es', values: { ...values, holidayName: 'Día del Trabajo' } });
    expect(draft.body).toContain('Con motivo de Día del Trabajo');
  });
});
