/**
 * The words of a trust warning, from the message catalogue in the rep's language: the rules
 * find coded reasons with the names and domains involved, and this module says them in one
 * line ("lumen-hom.example looks like lumen-home.example (one letter missing) — our own domain" /
 * "lumen-hom.example 与 lumen-home.example 相似（少了一个字母）——我司自己的域名").
 */
import type { TrustWarning } from '../customer-context.ts';
import { translator } from '../i18n/messages.ts';
import { type Translator } from '../i18n/translator.ts';
import type { LookalikeMatch } from './lookalike-index.ts';
import type { LookalikeNote } from './lookalike-note.ts';

/** A reason not to trust a mail, as data: what a rule saw. */
export type TrustReason =
  | { code: 'lookalike'; role: 'from' | 'reply_to' | 'sender'; match: LookalikeMatch }
  | { code: 'bank_change'; phrase: string }
  | { code: 'display_name'; name: string; customerName: string; address: string; freeMail: boolean }
  | { code: 'reply_to'; domain: string; freeMail: boolean; fromDomain: string }
  | { code: 'new_address'; address: string; customerName: string };

/** A warning as the rules find it: its reason still data. */
export interface TrustFinding {
  code: TrustWarning['code'];
  severity: TrustWarning['severity'];
  reason: TrustReason;
}

/** The longest a reason may be: it is one line above everything else in the sidebar. */
export const MAX_REASON = 140;

function short(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function oneLine(text: string): string {
  return short(text.replace(/\s+/g, ' ').trim(), MAX_REASON);
}

/** One difference between a look-alike and the domain it imitates, in words ("one letter missing"). */
export function lookalikeNoteText(note: LookalikeNote, tr: Translator = translator('en')): string {
  switch (note.code) {
    case 'letters_for':
      return tr.t('lookalike_note.letters_for', { added: note.added, gone: note.gone });
    case 'script_letters':
      return tr.t('lookalike_note.script_letters', { script: tr.script(note.script) });
    case 'other_ending':
      return tr.t('lookalike_note.other_ending', { seen: note.seen, known: note.known });
    case 'sent_from':
      return tr.t('lookalike_note.sent_from', { domain: note.domain });
    default:
      return tr.t(`lookalike_note.${note.code}`);
  }
}

/** Everything that differs, as one phrase ("Cyrillic letters, other ending .co for .com"). */
export function lookalikeDetail(notes: readonly LookalikeNote[], tr: Translator = translator('en')): string {
  return tr.list(notes.map((note) => lookalikeNoteText(note, tr)));
}

/** One reason as the line the sidebar shows: whitespace collapsed, names cut short, at most {@link MAX_REASON} characters. */
export function trustReasonText(reason: TrustReason, tr: Translator = translator('en')): string {
  switch (reason.code) {
    case 'lookalike': {
      const { match } = reason;
      const domain = short(match.domain, 48);
      const mailbox = reason.role === 'from' ? domain : tr.t(reason.role === 'reply_to' ? 'trust_reason.role_reply_to' : 'trust_reason.role_sender', { domain });
      const owner = match.owner.kind === 'company' ? tr.t('trust_reason.owner_company') : tr.t('trust_reason.owner_customer', { name: short(match.owner.name, 40) });
      const values = { mailbox, like: match.like, detail: lookalikeDetail(match.notes, tr), owner };
      return oneLine(tr.t(match.kind === 'subdomain' ? 'trust_reason.lookalike_subdomain' : 'trust_reason.lookalike', values));
    }
    case 'bank_change':
      return oneLine(tr.t('trust_reason.bank_change', { phrase: short(reason.phrase, 70) }));
    case 'display_name': {
      const values = { name: short(reason.name, 30), customer: short(reason.customerName, 35), address: short(reason.address, 45) };
      return oneLine(tr.t(reason.freeMail ? 'trust_reason.display_name_free_mail' : 'trust_reason.display_name', values));
    }
    case 'reply_to':
      return oneLine(
        reason.freeMail
          ? tr.t('trust_reason.reply_to_free_mail', { domain: reason.domain, from: short(reason.fromDomain, 45) })
          : tr.t('trust_reason.reply_to', { domain: short(reason.domain, 45), from: short(reason.fromDomain, 45) }),
      );
    case 'new_address':
      return oneLine(tr.t('trust_reason.new_address', { address: short(reason.address, 45), customer: short(reason.customerName, 40) }));
  }
}

/** A finding as the view model's warning, its reason worded. */
export function wordTrustWarning(finding: TrustFinding, tr: Translator = translator('en')): TrustWarning {
  return { code: finding.code, severity: finding.severity, reason: trustReasonText(finding.reason, tr) };
}
