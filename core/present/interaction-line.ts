/**
 * A logged contact (e-mail, call, visit) as a sidebar lists it.
 */
import type { InteractionSummary } from '../customer-context.ts';
import type { Translator } from '../i18n/translator.ts';

export interface InteractionLine {
  /** "24 Nov · e-mail · received". */
  meta: string;
  subject: string | null;
  kind: string;
  loggedBy: string;
}

export function interactionLine(interaction: InteractionSummary, tr: Translator, today: string): InteractionLine {
  return {
    meta: tr.t('interactions.line', {
      date: tr.date(interaction.occurredAt.slice(0, 10), today),
      channel: tr.label('channel', interaction.channel),
      direction: tr.label('direction', interaction.direction),
    }),
    subject: interaction.subject,
    kind: tr.label('interaction_kind', interaction.kind),
    loggedBy: interaction.loggedBy,
  };
}
