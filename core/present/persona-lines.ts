/**
 * A customer's persona as a sidebar lists it: label and value per known dimension, in the
 * order a rep reads them — what kind of buyer, the figures the server derived (already worded
 * in the rep's language), what they weigh, how they take to new products and to delivery
 * times. Country and region are left out: the customer's header says them.
 */
import type { PersonaSummary } from '../customer-context.ts';
import type { MessageKey } from '../i18n/messages.ts';
import type { Translator } from '../i18n/translator.ts';

export interface PersonaLine {
  /** The dimension, as a stable key for the surfaces (`buyerType`, a trait key, `valuedFactors`…). */
  key: string;
  label: string;
  value: string;
}

/** Traits the customer header already shows. */
const SHOWN_ELSEWHERE = new Set(['country', 'region']);

/** Unknown dimensions are left out; an empty list means nothing is known yet. */
export function personaLines(persona: PersonaSummary, tr: Translator): PersonaLine[] {
  const lines: PersonaLine[] = [];
  if (persona.buyerType) {
    const brand = persona.brandRelation ? ` · ${tr.label('brand_relation', persona.brandRelation)}` : '';
    lines.push({ key: 'buyerType', label: tr.t('persona.buyer_type'), value: `${tr.label('buyer_type', persona.buyerType)}${brand}` });
  }
  for (const [key, value] of Object.entries(persona.traits)) {
    if (SHOWN_ELSEWHERE.has(key) || !value) continue;
    lines.push({ key, label: tr.label('trait', key), value });
  }
  if (persona.valuedFactors.length) {
    lines.push({ key: 'valuedFactors', label: tr.t('persona.values'), value: tr.list(persona.valuedFactors.map((f) => tr.label('factor', f))) });
  }
  const levels: [keyof PersonaSummary & ('newProductResponsiveness' | 'deliverySensitivity'), MessageKey][] = [
    ['newProductResponsiveness', 'persona.new_products'],
    ['deliverySensitivity', 'persona.delivery'],
  ];
  for (const [key, label] of levels) {
    const level = persona[key];
    if (level) lines.push({ key, label: tr.t(label), value: tr.label('level', level) });
  }
  return lines;
}
