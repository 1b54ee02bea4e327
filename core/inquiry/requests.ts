/**
 * Two things an inquiry may ask for besides a price: samples, and speed.
 */

/** `sample`, `samples`, `sample order`, `样品`, `打样`, `寄样`, and the main European words. Not `example`. */
const SAMPLE = /(?<![A-Za-z])(samples?|sampling|muestras?|échantillons?|muster|amostras?|campioni|campione|образцы?|образец)(?![A-Za-z])|样品|打样|样机|寄样|样板/i;
/** `no samples needed`, `without sample`, `不需要样品`. */
const NO_SAMPLE = /(?<![A-Za-z])(no|without|don'?t need|do not need|not need)\s{1,3}(?:any\s{1,3})?samples?(?![A-Za-z])|不需要样品|不要样品|无需样品|不用样品/i;

/** `urgent`, `ASAP`, `as soon as possible`, `rush order`, `急`, `尽快`, and the main European words. */
const URGENT = /(?<![A-Za-z])(urgent|urgently|urgency|asap|a\.s\.a\.p\.?|as soon as possible|rush order|immediately|right away|at the earliest|urgente|dringend|срочно)(?![A-Za-z])|急|尽快|尽早|马上|越快越好|加急|紧急/i;
/** `not urgent`, `no rush`, `不急`. */
const NOT_URGENT = /(?<![A-Za-z])(not urgent|no rush|no hurry|not in a hurry)(?![A-Za-z])|不急|不着急/i;

/** True when `text` asks for samples (and does not say it needs none). */
export function asksForSample(text: string): boolean {
  return SAMPLE.test(text) && !NO_SAMPLE.test(text);
}

/** True when `text` says the matter is urgent (and does not say it is not). */
export function isUrgent(text: string): boolean {
  return URGENT.test(text) && !NOT_URGENT.test(text);
}
