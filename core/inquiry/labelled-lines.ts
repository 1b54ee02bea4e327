/**
 * `Label: value` lines, as notifications and signatures write them: `Country/Region: Spain`,
 * `Tel：+34 …`, `* Company Name:  Acme`, a table row `Name\tJohn Smith`, or a label alone on
 * its line with the value on the next.
 */

/** Longest text taken as a label. */
const LABEL_MAX = 40;

/** A label in the form labels are looked up by: lower-case, single spaces, no decoration. */
export function labelKey(label: string): string {
  return label
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[*•·#|\[\]]/g, ' ')
    .replace(/\s*\/\s*/g, '/')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A line split at its first `:`, `：` or tab into a label key and the value after it; null when there is no such split. */
export function splitLabel(line: string): { key: string; value: string } | null {
  const head = line.slice(0, LABEL_MAX + 8);
  const match = /[:：\t]/.exec(head);
  if (!match || match.index === 0) return null;
  const label = head.slice(0, match.index);
  if (label.trim().length > LABEL_MAX || /https?$/i.test(label.trim())) return null;
  return { key: labelKey(label), value: line.slice(match.index + 1).replace(/^[\s:：]+/, '').trim() };
}

/** Where a labelled value sits: the label's line and the line the value was read from. */
export interface LabelledValue {
  key: string;
  value: string;
  line: number;
  valueLine: number;
}

/** The known label of a line and its value (`''` when the label stands alone), or null. */
function knownLabel(line: string, known: ReadonlySet<string>): { key: string; value: string } | null {
  const split = splitLabel(line);
  if (split && known.has(split.key)) return split;
  if (line.length <= LABEL_MAX + 2) {
    const key = labelKey(line.replace(/[:：\t]\s*$/, ''));
    if (known.has(key)) return { key, value: '' };
  }
  return null;
}

/**
 * Every line of `lines` whose label is in `known` (keys as {@link labelKey} gives them), with
 * its value. A known label with nothing after it takes the next non-blank line as its value,
 * unless that line is itself a known label.
 */
export function labelledValues(lines: readonly string[], known: ReadonlySet<string>): LabelledValue[] {
  const found: LabelledValue[] = [];
  for (let i = 0; i < lines.length; i++) {
    const label = knownLabel(lines[i]!, known);
    if (label === null) continue;
    if (label.value !== '') {
      found.push({ key: label.key, value: label.value, line: i, valueLine: i });
      continue;
    }
    // The value may sit a blank line or a lone `:` cell further down (`Name` / `:` / `John`).
    let j = i + 1;
    while (j < lines.length && j <= i + 4 && /^[\s:：]*$/.test(lines[j]!)) j++;
    const next = lines[j];
    if (next === undefined || next.trim() === '' || knownLabel(next, known) !== null) continue;
    found.push({ key: label.key, value: next.trim(), line: i, valueLine: j });
  }
  return found;
}
