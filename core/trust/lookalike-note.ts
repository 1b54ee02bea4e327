/**
 * What differs between a look-alike domain and the one it imitates, as data: the index finds
 * it, `trust-reasons.ts` words it ("one letter missing", "Cyrillic letters", "other ending
 * .co for .com") in the rep's language.
 */
export type LookalikeNote =
  | {
      code:
        | 'same_letters'
        | 'letter_doubled'
        | 'letter_added'
        | 'double_made_single'
        | 'letter_missing'
        | 'letters_swapped'
        | 'two_letters_added'
        | 'two_letters_missing'
        | 'letters_changed'
        | 'word_added'
        | 'hyphen_added'
        | 'hyphen_dropped'
        | 'accented_letters'
        | 'lookalike_symbols';
    }
  /** `'rn'` written for `'m'`. */
  | { code: 'letters_for'; added: string; gone: string }
  /** Letters of another script that read as Latin; `script` is its ISO 15924 code (`Cyrl`). */
  | { code: 'script_letters'; script: string }
  /** The known domain's ending swapped (`seen` and `known` without the dot). */
  | { code: 'other_ending'; seen: string; known: string }
  /** A known domain spelled inside a foreign one: the registrable domain the mail really comes from. */
  | { code: 'sent_from'; domain: string };
