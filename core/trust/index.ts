/**
 * @module
 * Fraud and trust warnings: look-alike sender domains, a known contact's name on an unknown
 * address, Reply-To elsewhere, talk of new bank details. Two indexes are built once per book;
 * `trustWarnings` reads one mail against them and words its reasons in the rep's language.
 */
export { trustFindings, trustHeaders, trustWarnings } from './trust-warnings.ts';
export type { TrustCustomer, TrustInput } from './trust-warnings.ts';
export { lookalikeDetail, lookalikeNoteText, MAX_REASON, trustReasonText, wordTrustWarning } from './trust-reasons.ts';
export type { TrustFinding, TrustReason } from './trust-reasons.ts';
export type { LookalikeNote } from './lookalike-note.ts';
export { allowedEdits, buildLookalikeIndex, LookalikeIndex } from './lookalike-index.ts';
export type { LookalikeEntry, LookalikeKind, LookalikeMatch, LookalikeOwner } from './lookalike-index.ts';
export { buildContactNameIndex, ContactNameIndex, nameKey } from './contact-name-index.ts';
export type { ContactNameEntry, ContactNameHit } from './contact-name-index.ts';
export { bankChangeMention } from './bank-change.ts';
export type { BankChangeMention } from './bank-change.ts';
export { foreignLetters, labelSkeleton } from './skeleton.ts';
