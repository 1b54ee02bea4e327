import { describe, expect, it } from 'vitest';
import type { Tier } from '../customer.ts';
import { addDays } from '../local-time.ts';
import type { Reminder } from '../reminder.ts';
import { planBook } from './plan-book.ts';
import { planTouchpoints, type PlanInput } from './plan-touchpoints.ts';
import { contact, customer, holiday, interaction, order, orderEvery, record, testConfig } from './test-records.ts';

const today = '2026-11-25';
const config = testConfig();

function input(parts: Partial<PlanInput> & { record?: PlanInput['record'] }): PlanInput {
  return { record: record(), tier: 'C', holidays: [], config, today, ...parts };
}

/** A buyer every 60 days whose last order came after 63, with a bit of everything due now. */
function busy() {
  return record({
    contacts: [contact({ id: 'anna', name: 'Anna Becker', birthday: '12-20' })],
    orders: [
      ...orderEvery('2025-01-06', 60, 10),
      order('2026-09-01', { status: 'shipped', paidAt: null, paymentDue: '2026-11-10', contractNo: 'PI-LATE' }),
    ],
    interactions: [
      interaction('2026-11-23', 'received', 'inquiry', { contactId: 'anna', conversationId: 'T1' }),
      interaction('2026-11-10', 'sent', 'quote', { contactId: 'anna', conversationId: 'Q1', outcome: 'open' }),
    ],
  });
}

const reminder = (kind: Reminder['kind'], due: string): Reminder => ({
  id: `r-${kind}`, customerId: 'cust-1', kind, due, status: 'open', createdBy: 'rep-1', assignedTo: 'rep-1',
  createdAt: '2026-11-01T00:00:00.000Z', updatedAt: '2026-11-01T00:00:00.000Z',
});

describe('planTouchpoints', () => {
  it('ranks by priority, then by due date', () => {
    const tps = planTouchpoints(input({ record: busy() }));
    expect(tps.map((t) => t.kind)).toEqual(['payment_overdue', 'reply', 'follow_up_quote', 'reorder']);
    expect(tps[3]!.detail.overdue).toBe(true);
    for (let i = 1; i < tps.length; i++) {
      const [a, b] = [tps[i - 1]!, tps[i]!];
      expect(a.priority > b.priority || (a.priority === b.priority && a.due <= b.due)).toBe(true);
    }
  });

  it('lists only what is due within the horizon or overdue', () => {
    const tps = planTouchpoints(input({ record: busy() }));
    // Anna's birthday on 20 December is 25 days away.
    expect(tps.some((t) => t.kind === 'birthday')).toBe(false);
    expect(planTouchpoints(input({ record: busy(), horizonDays: 30 })).some((t) => t.kind === 'birthday')).toBe(true);
    expect(tps.every((t) => t.due <= addDays(today, 14))).toBe(true);
  });

  it('lists price-change notices and gifts beyond the horizon', () => {
    const change = { key: '2027-steel', announcedOn: '2026-11-20', effectiveOn: '2027-05-01', increase: 0.08, applies: [] };
    const r = record({ orders: [order('2026-11-01', { lines: [{}] })], interactions: [interaction('2026-11-20', 'sent', 'message')] });
    const tps = planTouchpoints(input({ record: r, tier: 'B', config: testConfig([change]), holidays: [holiday('christmas', 'Christmas', '2026-12-31')] }));
    const notice = tps.find((t) => t.kind === 'price_change')!;
    const gift = tps.find((t) => t.detail.channel === 'gift')!;
    expect(notice.due > addDays(today, 14)).toBe(true);
    expect(gift.due).toBe('2026-12-10');
    // The e-mail greeting, due 28 December, waits for the horizon.
    expect(tps.some((t) => t.detail.channel === 'email')).toBe(false);
  });

  it('raises every suggestion of an A customer above the same for a C customer', () => {
    const a = planTouchpoints(input({ record: busy(), tier: 'A' }));
    const c = planTouchpoints(input({ record: busy(), tier: 'C' }));
    expect(a.map((t) => t.kind)).toEqual(c.map((t) => t.kind));
    a.forEach((t, i) => expect(t.priority - c[i]!.priority).toBe(10));
  });

  it('ranks the rep’s reminders in and drops the suggestions they cover', () => {
    const tps = planTouchpoints(input({ record: busy(), reminders: [reminder('payment', '2026-11-26'), reminder('other', '2026-11-24')] }));
    expect(tps.some((t) => t.kind === 'payment_overdue')).toBe(false);
    expect(tps.filter((t) => t.kind === 'reminder').map((t) => t.reminderId).sort()).toEqual(['r-other', 'r-payment']);
  });

  it('suggests the cadence touch only when nothing else brings contact soon', () => {
    const quiet = record({ orders: [order('2026-01-05')], interactions: [interaction('2026-11-01', 'sent', 'message')] });
    expect(planTouchpoints(input({ record: quiet, tier: 'A' })).map((t) => t.kind)).toEqual(['cadence']);
    const withInquiry = record({ ...quiet, interactions: [...quiet.interactions, interaction('2026-11-24', 'received', 'inquiry')] });
    expect(planTouchpoints(input({ record: withInquiry, tier: 'A' })).map((t) => t.kind)).toEqual(['reply']);
  });

  it('asks to reply to an unanswered inquiry past the SLA, and not once it is answered', () => {
    const base = record({ orders: orderEvery('2026-05-01', 60, 3), interactions: [interaction('2026-11-20', 'received', 'inquiry', { conversationId: 'T' })] });
    expect(planTouchpoints(input({ record: base })).filter((t) => t.kind === 'reply')).toHaveLength(1);
    const answered = { ...base, interactions: [...base.interactions, interaction('2026-11-21', 'sent', 'quote', { conversationId: 'T', outcome: 'open' })] };
    expect(planTouchpoints(input({ record: answered })).filter((t) => t.kind === 'reply')).toEqual([]);
  });

  it('plans a customer with no orders: replies and greetings, no rhythm', () => {
    const prospect = record({ contacts: [contact({ id: 'p' })], interactions: [interaction('2026-11-24', 'received', 'inquiry', { contactId: 'p' })] });
    const tps = planTouchpoints(input({ record: prospect, tier: null, holidays: [holiday('christmas', 'Christmas', '2026-12-25', { emailFrom: '2026-12-05' })] }));
    expect(tps.map((t) => t.kind).sort()).toEqual(['holiday_greeting', 'reply']);
  });

  it('does not suggest a greeting already sent', () => {
    const r = record({ orders: [order('2026-01-05')], interactions: [interaction('2026-11-24', 'sent', 'greeting')] });
    const holidays = [holiday('thanksgiving', 'Thanksgiving', '2026-11-26')];
    expect(planTouchpoints(input({ record: r, holidays })).some((t) => t.kind === 'holiday_greeting')).toBe(false);
    expect(planTouchpoints(input({ record: { ...r, interactions: [] }, holidays })).some((t) => t.kind === 'holiday_greeting')).toBe(true);
  });
});

describe('planBook', () => {
  const entry = (id: string, code: string, tier: Tier | null, r = busy()) => ({ record: { ...r, customer: customer({ id, code, name: `Customer ${code}` }) }, tier, holidays: [] });

  it('ranks a whole book in one list by priority, due date and customer code', () => {
    const book = planBook([entry('c', 'AA-0001', 'C'), entry('a', 'ZZ-0001', 'A')], config, today);
    expect(book[0]).toMatchObject({ customer: { id: 'a', code: 'ZZ-0001', name: 'Customer ZZ-0001' }, touchpoint: { kind: 'payment_overdue' } });
    for (let i = 1; i < book.length; i++) expect(book[i - 1]!.touchpoint.priority).toBeGreaterThanOrEqual(book[i]!.touchpoint.priority);
    expect(book).toHaveLength(8);
  });

  it('keeps each customer’s best and cuts the list', () => {
    const book = planBook([entry('c', 'AA-0001', 'C'), entry('a', 'ZZ-0001', 'A')], config, today, { perCustomer: 1 });
    expect(book.map((i) => [i.customer.id, i.touchpoint.kind])).toEqual([
      ['a', 'payment_overdue'],
      ['c', 'payment_overdue'],
    ]);
    expect(planBook([entry('c', 'AA-0001', 'C'), entry('a', 'ZZ-0001', 'A')], config, today, { limit: 4 })).toHaveLength(4);
  });
});
