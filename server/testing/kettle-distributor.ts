/**
 * A customer with judgement to show, made through the API: a German distributor with a steady
 * year of kettle orders, one payment overdue, and a quote sent a week before the fixture's day.
 */
import { expect } from 'vitest';
import type { ApiFixture, Who } from './api-fixture.ts';

/** Posts a paid FOB order of kettles (fields in `extra` win) and returns it. */
export async function kettleOrder(f: ApiFixture, who: Who, customerId: string, contractNo: string, orderedAt: string, amount: number, extra: Record<string, unknown> = {}) {
  const res = await f.call(who, 'POST', '/api/orders', {
    customerId, contractNo, orderedAt, amount, currency: 'USD', incoterm: 'FOB', status: 'paid',
    lines: [{ product: 'Electric kettle 1.7 L', quantity: 2000, unitPrice: amount / 2000 }], ...extra,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

/** `DE-KETTLE`, owned by repA, with contact Jonas Berg (German) at kessel-handel.de. */
export async function kettleDistributor(f: ApiFixture) {
  const customer = await f.customer('repA', { code: 'DE-KETTLE', name: 'Kessel Handel GmbH', domains: ['kessel-handel.de'], buyerType: 'distributor', turnoverBand: '10-50M' });
  await f.contact('repA', { customerId: customer.id, name: 'Jonas Berg', emails: ['jonas@kessel-handel.de'], language: 'de' });
  for (const [i, date] of ['2025-12-10', '2026-02-11', '2026-04-08', '2026-06-10', '2026-08-12'].entries()) {
    await kettleOrder(f, 'repA', customer.id, `PI-K-${i}`, date, 40_000 + i * 1000, { paymentDue: date, paidAt: date });
  }
  await kettleOrder(f, 'repA', customer.id, 'PI-K-5', '2026-10-01', 45_000, { status: 'shipped', paymentDue: '2026-11-01', paidAt: null });
  const quote = await f.call('repA', 'POST', '/api/interactions', {
    customerId: customer.id, channel: 'call', direction: 'sent', kind: 'quote', outcome: 'open', occurredAt: '2026-11-16T08:00:00Z', subject: 'Quotation QT-77 kettles',
  });
  expect(quote.status).toBe(201);
  return customer;
}
