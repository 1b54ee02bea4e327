/**
 * The body of a Gmail API message (`format: 'full'`): a tree of MIME parts whose data is
 * base64url of the part's bytes after transfer decoding, still in the part's own charset. This
 * walks the tree, picks the first text and HTML bodies outside attachments, and decodes them
 * with the platform's WHATWG decoders (GBK, Big5, ISO-8859-x, Shift_JIS… all in Node's ICU).
 */
import type { gmail_v1 } from 'googleapis/build/src/apis/gmail/index.js';
import { decodeEncodedWords } from '../../core/index.ts';

type Part = gmail_v1.Schema$MessagePart;

/** A header's value (names compare case-insensitively: Gmail passes them as the sender wrote them). */
export function headerOf(headers: gmail_v1.Schema$MessagePartHeader[] | undefined, name: string): string | null {
  const lower = name.toLowerCase();
  return headers?.find((h) => h.name?.toLowerCase() === lower)?.value ?? null;
}

/** Labels seen in mail that the WHATWG list lacks, mapped to what they mean. */
const CHARSET_ALIASES: Record<string, string> = { cp936: 'gbk', ms936: 'gbk', 'x-gbk': 'gbk', cp950: 'big5', 'big5-hkscs': 'big5', ks_c_5601: 'euc-kr', 'x-sjis': 'shift_jis' };

function decoderFor(label: string | null): TextDecoder {
  const wanted = (label ?? 'utf-8').trim().toLowerCase().replace(/^["']|["']$/g, '');
  for (const candidate of [CHARSET_ALIASES[wanted] ?? wanted, 'utf-8']) {
    try {
      return new TextDecoder(candidate);
    } catch {
      // An unknown label: mail that claims one is mostly UTF-8 or ASCII.
    }
  }
  return new TextDecoder();
}

/** The `charset` parameter of a Content-Type value. */
export function charsetOf(contentType: string | null): string | null {
  const match = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? '');
  return match ? match[1]! : null;
}

/** A part's body as text in its declared charset. */
export function partText(part: Part): string {
  const data = part.body?.data;
  if (!data) return '';
  const bytes = Buffer.from(data, 'base64url');
  return decoderFor(charsetOf(headerOf(part.headers ?? undefined, 'Content-Type'))).decode(bytes);
}

function isAttachment(part: Part): boolean {
  if (part.filename) return true;
  return /^\s*attachment/i.test(headerOf(part.headers ?? undefined, 'Content-Disposition') ?? '');
}

export interface MessageBody {
  text: string | null;
  html: string | null;
  attachmentNames: string[];
}

/**
 * The first `text/plain` and `text/html` bodies (depth first, as a mail client shows
 * multipart/alternative and multipart/mixed) and the names of the attachments.
 */
export function messageBody(payload: Part | undefined): MessageBody {
  const body: MessageBody = { text: null, html: null, attachmentNames: [] };
  const visit = (part: Part | undefined, depth: number) => {
    if (!part || depth > 20) return;
    const type = (part.mimeType ?? '').toLowerCase();
    if (isAttachment(part)) {
      if (part.filename && body.attachmentNames.length < 100) body.attachmentNames.push(decodeEncodedWords(part.filename).slice(0, 255));
      return;
    }
    // A forwarded mail's own bodies are not this mail's.
    if (type === 'message/rfc822') return;
    if (type === 'text/plain' && body.text === null) body.text = partText(part);
    else if (type === 'text/html' && body.html === null) body.html = partText(part);
    for (const child of part.parts ?? []) visit(child, depth + 1);
  };
  visit(payload, 0);
  return body;
}
