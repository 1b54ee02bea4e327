import { describe, expect, it } from 'vitest';
import { ContactPatch, CustomerPatch, NewCustomer, OrderPatch } from './index.ts';

describe('patch schemas', () => {
  it('leave out what a patch does not mention, where the create schema has defaults', () => {
    expect(CustomerPatch.parse({ name: 'Neu' })).toEqual({ name: 'Neu' });
    expect(ContactPatch.parse({ active: false })).toEqual({ active: false });
    expect(OrderPatch.parse({ paidAt: '2026-01-02' })).toEqual({ paidAt: '2026-01-02' });
    // …while creating still fills the defaults in.
    expect(NewCustomer.parse({ code: 'DE-1', name: 'X', country: 'de' })).toMatchObject({ stage: 'vendor', credit: 'unknown', domains: [] });
  });
  it('refuse unknown keys', () => {
    expect(CustomerPatch.safeParse({ colour: 'red' }).success).toBe(false);
  });
  it('say "required" for a missing field', () => {
    const r = NewCustomer.safeParse({ code: 'DE-1', country: 'DE' });
    expect(r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual(['name: required']);
  });
});
