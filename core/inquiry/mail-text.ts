/**
 * The readable text of a mail: the plain part when the client gave one, else the HTML part
 * turned into text by html-to-text (htmlparser2 underneath, no Node built-ins, so it runs in
 * the task pane too). Table cells stay on one line, tab-separated, so label/value rows of
 * marketplace notifications (`Country/Region` | `United States`) read as one line.
 */
import { compile, type FormatCallback } from 'html-to-text';
import { BODY_MAX, type MailMessage } from '../message.ts';

/** Cells end with a tab, so a row reads `label\tvalue` on one line. */
const cell: FormatCallback = (elem, walk, builder) => {
  walk(elem.children, builder);
  builder.addLiteral('\t');
};

const keepCase = { uppercase: false };

let converter: ((html: string) => string) | undefined;

function converterOnce(): (html: string) => string {
  converter ??= compile({
    wordwrap: false,
    // Deeply nested markup (hostile or generated) is cut rather than recursed into.
    limits: { maxInputLength: BODY_MAX, maxDepth: 80, ellipsis: '' },
    formatters: { cell },
    selectors: [
      { selector: 'a', options: { ignoreHref: true } },
      { selector: 'img', format: 'skip' },
      { selector: 'h1', options: keepCase },
      { selector: 'h2', options: keepCase },
      { selector: 'h3', options: keepCase },
      { selector: 'h4', options: keepCase },
      { selector: 'h5', options: keepCase },
      { selector: 'h6', options: keepCase },
      { selector: 'table', format: 'block', options: { leadingLineBreaks: 1, trailingLineBreaks: 1 } },
      { selector: 'tr', format: 'block', options: { leadingLineBreaks: 1, trailingLineBreaks: 1 } },
      { selector: 'td', format: 'cell' },
      { selector: 'th', format: 'cell' },
    ],
  });
  return converter;
}

/** Line breaks unified, invisible characters dropped, no-break spaces made plain, trailing blanks trimmed. */
export function tidyText(text: string): string {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '')
    .replace(/[\u00a0\u202f\u3000]/g, ' ')
    .split('\n');
  // Per line rather than /[ \t]+$/gm, which is quadratic on a long run of spaces.
  return lines
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** HTML as readable text: paragraphs and rows on their own lines, block quotes prefixed with `> `. */
export function htmlToText(html: string): string {
  return tidyText(converterOnce()(html.slice(0, BODY_MAX)));
}

/**
 * Markers where a client's HTML starts the quoted earlier mail (Gmail, Outlook, Apple Mail,
 * Thunderbird, Yahoo, QQ Mail). Cutting there before conversion saves converting a long thread
 * that is dropped anyway.
 */
const HTML_QUOTE_MARKERS = [
  'class="gmail_quote',
  'id="appendonsend"',
  'id="divRplyFwdMsg"',
  'id="mail-editor-reference-message-container"',
  '<blockquote type="cite"',
  'class="moz-cite-prefix"',
  'class="yahoo_quoted"',
  'id="isForwardContent"',
  'id="isReplyContent"',
];

/** The HTML before the first quote marker of a known client (the whole HTML when there is none). */
export function htmlBeforeQuote(html: string): string {
  let end = html.length;
  for (const marker of HTML_QUOTE_MARKERS) {
    const at = html.indexOf(marker);
    if (at >= 0 && at < end) end = at;
  }
  if (end === html.length) return html;
  // Back up to the start of the tag holding the marker.
  const tagStart = html.lastIndexOf('<', end);
  return html.slice(0, tagStart >= 0 ? tagStart : end);
}

export interface MailTextOptions {
  /**
   * Leave out HTML that a known client marks as the quoted earlier mail. Only the HTML part is
   * cut this way; plain text keeps its quotes (use `stripQuoted`). Default false.
   */
  skipQuotedHtml?: boolean;
  /**
   * Most characters of HTML converted, counted from `<body>` (the head's styles do not count).
   * Converting HTML costs about 0.1 ms per KB, so a reader that needs only the start of a mail
   * caps it. Default {@link BODY_MAX}.
   */
  maxHtml?: number;
}

/** The HTML from its `<body>` tag on (all of it when there is none). */
function fromBody(html: string): string {
  const at = html.search(/<body[\s>]/i);
  return at > 0 ? html.slice(at) : html;
}

/**
 * The text of a message: `bodyText` when it has any, else `bodyHtml` converted to text,
 * else `''`. Line breaks are `\n`. Never throws.
 */
export function mailText(message: Pick<MailMessage, 'bodyText' | 'bodyHtml'>, options: MailTextOptions = {}): string {
  const plain = message.bodyText ? tidyText(message.bodyText.slice(0, BODY_MAX)) : '';
  if (plain !== '' || !message.bodyHtml) return plain;
  let html = options.skipQuotedHtml ? htmlBeforeQuote(message.bodyHtml) : message.bodyHtml;
  if (options.maxHtml !== undefined) html = fromBody(html).slice(0, options.maxHtml);
  try {
    return htmlToText(html);
  } catch {
    return '';
  }
}
