/**
 * What a piece of each product family typically sells for, learned from the book's own order
 * lines: an inquiry that names a quantity but no price ("22,632 pcs vacuum flask") can then be
 * sized ("≈ 90k USD"), and size is what most separates a key distributor from a small shop.
 */
import { toBase, rateOf, type TouchpointConfig } from '../config.ts';
import type { CustomerRecord } from '../customer-record.ts';
import { catalogueMatcher } from './catalogue-match.ts';

/** Prices kept per product family: a median needs no more, and memory stays flat at 100k customers. */
const SAMPLES_PER_KEY = 5_000;

/** Collects order-line prices across a book, then gives the median per catalogue key. */
export class UnitPriceCollector {
  readonly #samples = new Map<string, number[]>();
  readonly #config: Pick<TouchpointConfig, 'company' | 'catalogue'>;

  constructor(config: Pick<TouchpointConfig, 'company' | 'catalogue'>) {
    this.#config = config;
  }

  /** Adds the unit prices of a customer's orders placed on or after `since` (`YYYY-MM-DD`); cancelled orders and unknown currencies are skipped. */
  add(record: Pick<CustomerRecord, 'orders'>, since: string): void {
    const match = catalogueMatcher(this.#config.catalogue);
    for (const order of record.orders) {
      if (order.status === 'cancelled' || order.orderedAt < since || rateOf(this.#config, order.currency) === undefined) continue;
      for (const line of order.lines) {
        if (!(line.unitPrice > 0)) continue;
        const key = match(line.product)[0];
        if (!key) continue;
        const list = this.#samples.get(key) ?? [];
        if (list.length < SAMPLES_PER_KEY) list.push(toBase(this.#config, line.unitPrice, order.currency));
        this.#samples.set(key, list);
      }
    }
  }

  /** Median unit price per catalogue key, in the base currency. */
  medians(): Map<string, number> {
    const out = new Map<string, number>();
    for (const [key, list] of this.#samples) {
      const sorted = [...list].sort((a, b) => a - b);
      const mid = sorted.length >> 1;
      out.set(key, sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2);
    }
    return out;
  }
}
