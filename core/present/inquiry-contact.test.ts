import { describe, expect, it } from 'vitest';
import type { InquiryContext } from '../inquiry-context.ts';
import { contactFromInquiry, suggestCustomerCode } from './inquiry-contact.ts';

const sender = (extra: Partial<InquiryContext['sender']> = {}): InquiryContext['sender'] => ({
  name: 'Jonas Weber',
  address: 'j.weber@kuechenwelt.de',
  domain: 'kuechenwelt.de',
  registrableDomain: 'kuechenwelt.de',
  freeMail: false,
  marketplace: null,
  ...extra,
});
const buyer = { source: 'marketplace' as const, marketplace: 'Alibaba.com', name: 'Omar Haddad', company: 'Haddad Trading', country: 'AE', email: 'omar@haddad.ae', phone: null, website: null };
const signals = (extra: Record<string, unknown> = {}) => ({ language: 'en', buyer: null, ...extra }) as unknown as InquiryContext['inquiry'];

describe('contactFromInquiry', () => {
  it('keeps the sender as the contact of a direct inquiry', () => {
    expect(contactFromInquiry({ sender: sender(), inquiry: signals() })).toEqual({ name: 'Jonas Weber', emails: ['j.weber@kuechenwelt.de'], language: 'en' });
  });

  it('keeps the buyer, not the marketplace’s notification address', () => {
    const inquiry = { sender: sender({ name: 'Alibaba.com', address: 'notice@alibaba.com', marketplace: 'Alibaba.com' }), inquiry: signals({ buyer }) };
    expect(contactFromInquiry(inquiry)).toEqual({ name: 'Omar Haddad', emails: ['omar@haddad.ae'], language: 'en' });
  });

  it('keeps no one when a marketplace hides the buyer’s address', () => {
    const inquiry = { sender: sender({ address: 'notice@alibaba.com', marketplace: 'Alibaba.com' }), inquiry: signals({ buyer: { ...buyer, email: null } }) };
    expect(contactFromInquiry(inquiry)).toBeNull();
  });

  it('names a sender without a display name by the address', () => {
    expect(contactFromInquiry({ sender: sender({ name: '' }), inquiry: null })).toEqual({ name: 'j.weber', emails: ['j.weber@kuechenwelt.de'] });
  });
});

describe('suggestCustomerCode', () => {
  it.each([
    [{ name: 'Küchenwelt GmbH', country: 'de' }, 'DE-KUCHENWELT'],
    [{ name: 'A & B Trading', country: 'AE' }, 'AE-TRADING'],
    [{ name: 'Haddad International Trading Group', country: null }, 'HADDAD'],
    [{ name: '厨房世界', country: 'CN' }, 'CN'],
    [{}, ''],
  ])('%o → %s', (draft, code) => {
    expect(suggestCustomerCode(draft)).toBe(code);
  });
});
