/**
 * The customer every core test starts from: a German preferred-stage importer owned by
 * `rep-1`. Tests override only the fields they are about.
 */
import type { Customer } from '../customer.ts';

export function customer(overrides: Partial<Customer> = {}): Customer {
  return {
    id: 'cust-1',
    code: 'DE-0001',
    name: 'Kochhaus GmbH',
    country: 'DE',
    stage: 'preferred',
    credit: 'good',
    domains: ['kochhaus.example'],
    valuedFactors: [],
    languages: ['de'],
    customHolidays: [],
    holidayGreetings: { add: [], skip: [] },
    ownerId: 'rep-1',
    sharedWith: [],
    tierOverride: null,
    createdAt: '2022-01-10T08:00:00.000Z',
    updatedAt: '2022-01-10T08:00:00.000Z',
    ...overrides,
  };
}
