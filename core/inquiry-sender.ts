/**
 * Who an unknown sender is, from what sender resolution already knows, and the "create
 * customer" draft that starts from it.
 */
import type { CustomerDraft } from './customer.ts';
import type { InquirySender, InquirySignals } from './inquiry-context.ts';
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

/** Confidence above which a guessed country is put in the draft (a phone prefix or an address, not a passing mention). */
const COUNTRY_PREFILL_CONFIDENCE = 0.6;

/**
 * What "create customer" starts from once the mail has been read: the sender's draft, with the
 * buyer's own company and country when a marketplace relayed the inquiry or the signature says
 * them, a buyer type when the mail names exactly one, and the language it was written in.
 */
export function prefillFromInquiry(sender: InquirySender, signals: InquirySignals | null): CustomerDraft {
  const draft: CustomerDraft = { ...prefillFromSender(sender) };
  if (!signals) return draft;
  const buyer = signals.buyer;
  if (buyer?.company) draft.name = buyer.company;
  else if (!draft.name && buyer?.name) draft.name = buyer.name;
  const guess = signals.countryGuesses[0];
  const country = buyer?.country ?? (guess && guess.confidence >= COUNTRY_PREFILL_CONFIDENCE ? guess.country : null);
  if (country) draft.country = country;
  if (signals.buyerTypeHints.length === 1) draft.buyerType = signals.buyerTypeHints[0]!;
  if (signals.language) draft.languages = [signals.language];
  return draft;
}
