/**
 * Card text is a small HTML dialect (`<b> <i> <u> <s> <br> <font color> <a href>`): anything a
 * user, a customer or a mail supplied is escaped before it goes in. `Html` marks markup we wrote
 * ourselves; every other string a builder receives is treated as text and escaped.
 */

/** Markup that is safe to put into a card as it is. Make it with {@link html} or {@link escapeHtml}. */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Text as card HTML: `&`, `<`, `>` and `"` escaped. */
export function escapeHtml(text: string): Html {
  return new Html(text.replace(/[&<>"]/g, (ch) => ESCAPES[ch]!));
}

/** Markup from text or from markup already made. */
export function toHtml(value: string | Html): Html {
  return value instanceof Html ? value : escapeHtml(value);
}

/**
 * A template for card HTML: the literal parts are our markup, every interpolated string or
 * number is escaped, an interpolated `Html` is kept.
 * @example html`<b>${customer.name}</b> · ${tierLine}` // name escaped, tierLine kept if Html
 */
export function html(strings: TemplateStringsArray, ...values: Array<string | number | Html>): Html {
  let out = strings[0]!;
  values.forEach((value, i) => {
    out += (value instanceof Html ? value.value : escapeHtml(String(value)).value) + strings[i + 1]!;
  });
  return new Html(out);
}

/** Joins markup and text with a separator (text parts escaped). */
export function joinHtml(parts: Array<string | Html>, separator: string | Html = ' · '): Html {
  return new Html(parts.map((p) => toHtml(p).value).join(toHtml(separator).value));
}

/** Bold text. */
export const bold = (text: string | Html): Html => html`<b>${toHtml(text)}</b>`;

/** Text in a colour (`#rrggbb`). */
export function coloured(text: string | Html, color: string): Html {
  if (!/^#[0-9a-fA-F]{6}$/.test(color)) throw new Error(`a card colour is #rrggbb, not ${color}`);
  return new Html(`<font color="${color}">${toHtml(text).value}</font>`);
}

const ALLOWED_TAG = /<\/?(?:b|i|u|s)>|<br\s*\/?>|<font color="#[0-9a-fA-F]{6}">|<\/font>|<a href="https:\/\/[^"<>\s]+">|<\/a>/g;
const ENTITY = /&(?:amp|lt|gt|quot|#39|#\d{1,6});/g;

/**
 * Whether `text` is card HTML we could have written: only the allowed tags, and every `&`, `<`
 * and `>` of the text escaped. The card schemas check every HTML field with it, so an
 * unescaped name fails loudly in tests instead of rendering as markup in Gmail.
 */
export function isCardHtml(text: string): boolean {
  const bare = text.replace(ALLOWED_TAG, '').replace(ENTITY, '');
  return !/[<>&]/.test(bare);
}
