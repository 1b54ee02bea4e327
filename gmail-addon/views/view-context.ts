/**
 * What a card builder needs besides its view model: the words, today's date, and where its
 * buttons and images point. Plain data, so a card is a pure function of its inputs (the golden
 * files rely on it).
 */
import type { Translator } from '../../core/i18n/index.ts';
import type { ChartData } from '../chart/signed-link.ts';

export interface ViewContext {
  tr: Translator;
  /** Today in the company's time zone. */
  today: string;
  /** The add-on's action endpoint. */
  actionUrl: string;
  chartUrl(data: ChartData): string;
  customerUrl(customerId: string): string;
}

/** What the add-on's action endpoint does, chosen by the `do` parameter. */
export type ActionKind = 'log' | 'remind' | 'snooze' | 'complete' | 'create' | 'search' | 'attach' | 'draft' | 'reply' | 'insert' | 'refresh' | 'home';

/** Form widget names, shared by the cards that hold them and the actions that read them. */
export const FIELDS = {
  logNote: 'log_note',
  reminderNote: 'reminder_note',
  due: 'due',
  kind: 'kind',
  snoozeUntil: 'snooze_until',
  query: 'query',
  code: 'code',
  name: 'name',
  country: 'country',
  template: 'template',
} as const;
