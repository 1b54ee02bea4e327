/**
 * State shared while one book is generated: the resolved options, the sales team, and the few
 * running counters and sets that keep codes, names, domains and contract numbers unique.
 * Everything else is drawn per customer from its own seeded stream.
 */
import { parseDay, type Day } from './dates.ts';
import type { GenerateBookOptions } from './demo-book.ts';
import { hashSeed } from './random.ts';
import { salesTeam, type SalesTeam } from './users.ts';

/** Rates of the example config (USD per unit). */
export const DEFAULT_RATES: Readonly<Record<string, number>> = {
  EUR: 1.08, GBP: 1.27, CNY: 0.139, JPY: 0.0066, AED: 0.2723, SAR: 0.2666, AUD: 0.65, CAD: 0.72, CHF: 1.12,
  SEK: 0.094, PLN: 0.25, INR: 0.0119, BRL: 0.18, MXN: 0.055, KRW: 0.00071, RUB: 0.011, TRY: 0.029, ZAR: 0.055, SGD: 0.75,
};

/** What every per-customer step reads, and the few things it must keep unique across the book. */
export interface BookContext {
  seed: number;
  today: Day;
  /** First day of the generated history. */
  start: Day;
  ownDomain: string;
  /** USD per unit, USD included. */
  rates: ReadonlyMap<string, number>;
  team: SalesTeam;
  takenNames: Set<string>;
  takenDomains: Set<string>;
  /** Free-mail addresses in use, so no two customers share one. */
  takenFreemail: Set<string>;
  /** Next customer number per country. */
  codeCounters: Map<string, number>;
  /** Contracts numbered per order day. */
  contractCounters: Map<Day, number>;
  /** Offsets of the low-discrepancy sequences that spread countries and archetypes evenly. */
  countryPhase: number;
  archetypePhase: number;
}

/** Resolves options and defaults. @throws on a bad `today`, fewer than one rep or a non-positive `years`. */
export function bookContext(options: GenerateBookOptions): BookContext {
  const years = options.years ?? 3;
  if (!(years > 0)) throw new Error('years must be above zero');
  const today = parseDay(options.today);
  const rates = new Map<string, number>([['USD', 1]]);
  for (const [code, rate] of Object.entries(options.rates ?? DEFAULT_RATES)) if (rate > 0) rates.set(code.toUpperCase(), rate);
  return {
    seed: options.seed,
    today,
    start: today - Math.round(years * 365.25),
    ownDomain: options.ownDomain.toLowerCase(),
    rates,
    team: salesTeam(options.seed, options.reps ?? 4, options.managers ?? 1, options.ownDomain.toLowerCase()),
    takenNames: new Set(),
    takenDomains: new Set(),
    takenFreemail: new Set(),
    codeCounters: new Map(),
    contractCounters: new Map(),
    countryPhase: hashSeed(options.seed, 'country-phase') / 4294967296,
    archetypePhase: hashSeed(options.seed, 'archetype-phase') / 4294967296,
  };
}
