/**
 * Sender resolution against the store: core decides which addresses and domains to look up and
 * how to rank what is found; this module does the two indexed look-ups in between.
 */
import type { Kysely } from 'kysely';
import { rankCandidates, senderCandidates, type MailMessage, type RankedCandidate, type SenderCandidates } from '../../core/index.ts';
import type { Schema } from '../store/schema.ts';

export interface Resolution {
  candidates: SenderCandidates;
  ranked: RankedCandidate[];
}

export async function resolveSender(db: Kysely<Schema>, message: MailMessage, ownDomains: string[]): Promise<Resolution> {
  const candidates = senderCandidates(message, ownDomains);
  const registrables = [...new Set(candidates.domains.map((d) => d.registrable))];
  const [contacts, domains] = await Promise.all([
    candidates.addresses.length
      ? db
          .selectFrom('contact_emails')
          .innerJoin('contacts', 'contacts.id', 'contact_emails.contact_id')
          .innerJoin('customers', 'customers.id', 'contact_emails.customer_id')
          .select(['contact_emails.customer_id', 'contact_emails.contact_id', 'contact_emails.email', 'contacts.active'])
          .where('contact_emails.email', 'in', candidates.addresses)
          .where('customers.merged_into', 'is', null)
          .execute()
      : [],
    registrables.length
      ? db
          .selectFrom('customer_domains')
          .innerJoin('customers', 'customers.id', 'customer_domains.customer_id')
          .select(['customer_domains.customer_id', 'customer_domains.domain', 'customer_domains.registrable'])
          .where('customer_domains.registrable', 'in', registrables)
          .where('customers.merged_into', 'is', null)
          .execute()
      : [],
  ]);
  const ranked = rankCandidates(candidates, {
    contacts: contacts.map((c) => ({ customerId: c.customer_id, contactId: c.contact_id, address: c.email, active: c.active === 1 })),
    domains: domains.map((d) => ({ customerId: d.customer_id, domain: d.domain, registrable: d.registrable })),
  });
  return { candidates, ranked };
}
