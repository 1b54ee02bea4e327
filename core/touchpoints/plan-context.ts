/**
 * What every touchpoint rule reads: one customer's record, its tier, the company config, the
 * company's today and the last day of the horizon.
 */
import type { TouchpointConfig } from '../config.ts';
import type { CustomerRecord } from '../customer-record.ts';
import type { Tier } from '../customer.ts';
import type { Interaction } from '../interaction.ts';
import { dateOfInstant } from './calendar.ts';

export interface PlanContext {
  record: CustomerRecord;
  /** The customer's tier letter, or null when not known yet. */
  tier: Tier | null;
  config: TouchpointConfig;
  /** The company's date, `YYYY-MM-DD`. */
  today: string;
  /** Last day a suggestion may be due and still be listed (today + horizon). */
  until: string;
}

/** The contact to address a suggestion to: the primary active one, else the first active one. */
export function mainContactId(ctx: Pick<PlanContext, 'record'>): string | undefined {
  const active = ctx.record.contacts.filter((c) => c.active);
  return (active.find((c) => c.isPrimary) ?? active[0])?.id;
}

/** The company date an interaction happened on (a mail sent at 07:30 in Shanghai is that day's, though still the day before in UTC). */
export function companyDateOf(ctx: Pick<PlanContext, 'config'>, interaction: Pick<Interaction, 'occurredAt'>): string {
  return dateOfInstant(interaction.occurredAt, ctx.config.company.timeZone);
}
