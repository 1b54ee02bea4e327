/**
 * One header's value out of the raw block `getAllInternetHeadersAsync` returns. Parsing the
 * address list inside it is core's job; this only finds and unfolds the header.
 */

/**
 * The unfolded value of the first `name:` header in `raw`, or null when absent or empty.
 * Folded continuation lines (starting with space or tab) join the value with one space.
 * @example headerValue('Reply-To: "Doe, J"\r\n <j@acme.de>\r\n', 'reply-to') // '"Doe, J" <j@acme.de>'
 */
export function headerValue(raw: string, name: string): string | null {
  const lines = raw.split(/\r?\n/);
  const prefix = `${name.toLowerCase()}:`;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.toLowerCase().startsWith(prefix)) continue;
    let value = line.slice(prefix.length);
    // A header ends at the first line that does not start with white space (RFC 5322 folding).
    for (let j = i + 1; j < lines.length && /^[ \t]/.test(lines[j]!); j++) value += ` ${lines[j]!.trim()}`;
    value = value.trim();
    return value === '' ? null : value;
  }
  return null;
}
