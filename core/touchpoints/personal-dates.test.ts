import { describe, expect, it } from 'vitest';
import type { Contact } from '../contact.ts';
import type { Interaction } from '../interaction.ts';
import type { Order } from '../order.ts';
import { anniversaryTouchpoints, birthdayTouchpoints } from './personal-dates.ts';
import { contact, interaction, order, record, testConfig, worded } from './test-records.ts';
import { translator } from '../i18n/messages.ts';

function ctx(today: string, parts: { contacts?: Contact[]; orders?: Order[]; interactions?: Interaction[] }) {
  return { record: record(parts), tier: 'B' as const, config: testConfig(), today, until: '2027-03-31' };
}

describe('birthdayTouchpoints', () => {
  it.each([
    // birthday, today, due
    ['1985-12-11', '2026-11-25', '2026-12-11'],
    ['12-11', '2026-11-25', '2026-12-11'],
    ['11-25', '2026-11-25', '2026-11-25'],
    ['11-24', '2026-11-25', '2027-11-24'],
    // Born on 29 February: 28 February in a common year, the day itself in a leap year.
    ['1992-02-29', '2027-02-01', '2027-02-28'],
    ['1992-02-29', '2028-02-01', '2028-02-29'],
  ])('a contact born %s, as of %s, is greeted on %s', (birthday, today, due) => {
    const [t] = worded(birthdayTouchpoints(ctx(today, { contacts: [contact({ id: 'anna', name: 'Anna Becker', title: 'Buyer', birthday })] })), today);
    expect(t).toMatchObject({ kind: 'birthday', due, action: 'draft_greeting', detail: { template: 'birthday', contactId: 'anna', contactName: 'Anna Becker', birthday } });
    expect(t!.reason).toBe(`Birthday of Anna Becker (Buyer) on ${translator('en').date(due, today)}${birthday.endsWith('02-29') && !due.endsWith('02-29') ? ' (born on 29 February)' : ''}`);
  });

  it('skips contacts who left or have no birthday, and one already greeted', () => {
    const anna = contact({ id: 'anna', birthday: '12-11' });
    expect(birthdayTouchpoints(ctx('2026-11-25', { contacts: [contact({ birthday: '12-11', active: false }), contact({ birthday: null })] }))).toEqual([]);
    expect(birthdayTouchpoints(ctx('2026-12-10', { contacts: [anna], interactions: [interaction('2026-12-10', 'sent', 'greeting', { contactId: 'anna' })] }))).toEqual([]);
    // A greeting to someone else does not count for her.
    expect(birthdayTouchpoints(ctx('2026-12-10', { contacts: [anna], interactions: [interaction('2026-12-10', 'sent', 'greeting', { contactId: 'ben' })] }))).toHaveLength(1);
  });
});

describe('anniversaryTouchpoints', () => {
  it('marks the years since the first order', () => {
    const first = order('2023-12-08', { id: 'o1', contractNo: 'PI-20231208-01' });
    const [t] = worded(anniversaryTouchpoints(ctx('2026-11-25', { orders: [order('2025-01-01'), first, order('2023-11-01', { status: 'cancelled' })] })), '2026-11-25');
    expect(t).toMatchObject({
      kind: 'anniversary',
      due: '2026-12-08',
      reason: '3 years since their first order (PI-20231208-01, 8 Dec 2023): a word of thanks',
      detail: { template: 'order_anniversary', years: 3, firstOrderOn: '2023-12-08', orderId: 'o1' },
    });
  });

  it.each([
    // today, due, years
    ['2025-02-01', '2025-02-28', 1],
    ['2027-02-01', '2027-02-28', 3],
    ['2028-02-01', '2028-02-29', 4],
  ])('keeps a first order of 29 February 2024 as of %s on %s (%i years)', (today, due, years) => {
    const [t] = anniversaryTouchpoints(ctx(today, { orders: [order('2024-02-29')] }));
    expect(t).toMatchObject({ due, detail: { years } });
  });

  it('ranks a fifth anniversary above a fourth', () => {
    const fourth = anniversaryTouchpoints(ctx('2026-11-25', { orders: [order('2022-12-01')] }))[0]!;
    const fifth = anniversaryTouchpoints(ctx('2026-11-25', { orders: [order('2021-12-01')] }))[0]!;
    expect(fifth.priority).toBeGreaterThan(fourth.priority);
  });

  it('has nothing for a customer with no order or a first order under a year ago', () => {
    expect(anniversaryTouchpoints(ctx('2026-11-25', {}))).toEqual([]);
    expect(anniversaryTouchpoints(ctx('2026-11-25', { orders: [order('2026-11-25')] }))).toEqual([]);
  });
});
