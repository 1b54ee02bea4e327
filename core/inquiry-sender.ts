/**
 * Who an unknown sender is, from what sender resolution already knows, and the "create
 * customer" draft that starts from it.
 */
import type { CustomerDraft } from './customer.ts';
import type { InquirySender } from './inquiry-context.ts';
import type { SenderCandidates } from './sender-resolution.ts';

/** `casa-nova` → `Casa Nova`: a first guess at a company name from its domain label. */
function nameFromDomainLabel(label: string): string {
  return label
    .split(/[-_.]/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join(' ');
}

/** The primary party of an unresolved message, as the inquiry view shows it. */
export function inquirySender(candidates: SenderCandidates): InquirySender {
  const party = candidates.parties[0];
  const domain = party?.domain ?? '';
  // Only a domain eligible for matching (not free-mail, marketplace or our own) says who the company is.
  const registrable = candidates.domains.find((d) => d.host === domain)?.registrable ?? null;
  return {
    name: party?.name ?? '',
    address: party?.address ?? '',
    domain,
    registrableDomain: registrable,
    freeMail: candidates.freeMail,
    marketplace: candidates.marketplace?.name ?? null,
  };
}

/** What "create customer" starts from: the company's domain and a name guessed from it, else the person's name. */
export function prefillFromSender(sender: InquirySender): CustomerDraft {
  if (sender.registrableDomain) {
    return { name: nameFromDomainLabel(sender.registrableDomain.split('.')[0]!), domains: [sender.registrableDomain] };
  }
  return sender.name ? { name: sender.name } : {};
}
