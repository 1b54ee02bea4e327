/**
 * What "create customer" from an inquiry adds besides the customer: the person to keep as its
 * first contact, and a code to start from. A marketplace's notification address is the
 * platform, not the buyer: the buyer's own address is kept instead, when the notice gives one.
 */
import type { InquiryContext } from '../inquiry-context.ts';

export interface ContactDraft {
  name: string;
  emails: string[];
  language?: string;
}

/** The first contact for a customer created from `inquiry`, or null when the mail names no reachable person. */
export function contactFromInquiry(inquiry: Pick<InquiryContext, 'sender' | 'inquiry'>): ContactDraft | null {
  const buyer = inquiry.inquiry?.buyer ?? null;
  const language = inquiry.inquiry?.language ?? undefined;
  const address = buyer?.email ?? (inquiry.sender.marketplace ? null : inquiry.sender.address || null);
  if (!address) return null;
  const fromSender = address.toLowerCase() === inquiry.sender.address.toLowerCase();
  const name = (fromSender ? inquiry.sender.name : buyer?.name) || buyer?.name || address.split('@')[0]!;
  return { name, emails: [address], ...(language ? { language } : {}) };
}

/**
 * A customer code to start from: the country and the first word of the name in capitals
 * (`DE-NORDKUECHE`), within the code rules (2–32 letters, digits, hyphens). The server says
 * when it is taken.
 */
export function suggestCustomerCode(draft: { name?: string | null; country?: string | null }): string {
  const word = (draft.name ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .split(/[^A-Z0-9]+/)
    .find((w) => w.length >= 2);
  const parts = [draft.country?.toUpperCase(), word?.slice(0, 12)].filter(Boolean);
  return parts.length ? parts.join('-') : '';
}
