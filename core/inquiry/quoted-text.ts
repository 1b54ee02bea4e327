/**
 * The new part of a mail: what the sender wrote this time, without the earlier mail a reply
 * or forward carries below it. Reads plain text as mail clients write it in English and Chinese
 * (and the main European languages): `> ` lines, `On … wrote:`, `-----Original Message-----`,
 * Outlook's `From: … Sent: …` header block, `发件人：… 发送时间：…`, `在 … 写道：`.
 */

/** Longest line that can be an attribution or header line; longer lines are prose. */
const MARKER_LINE_MAX = 400;

/** `-----Original Message-----`, `---------- Forwarded message ---------`, QQ Mail's `------ 原始邮件 ------`. */
const SEPARATOR =
  /^\s*-{2,}\s*(original message|original|forwarded message|weitergeleitete nachricht|ursprüngliche nachricht|original-nachricht|message d'origine|message transféré|mensaje original|mensaje reenviado|mensagem original|mensagem encaminhada|messaggio originale|исходное сообщение|пересланное сообщение|原始邮件|原始郵件|转发邮件|轉寄郵件|邮件原件)\s*-{2,}\s*$/i;

/** Apple Mail and others: `Begin forwarded message:`. */
const FORWARD_LINE = /^\s*(begin forwarded message|anfang der weitergeleiteten nachricht|début du message réexpédié)\s*:\s*$/i;

/** Outlook's rule above its header block. */
const RULE = /^\s*_{8,}\s*$/;

/** First line of a header block: `From:` in the client's language. */
const HEADER_FROM = /^[\s*]*(from|de|von|van|da|od|от|发件人|寄件者|發件人)[\s*]*[:：]/i;
/** A line of the block that only a quoted header has next to From (a marketplace notice has `From:` but not these). */
const HEADER_SENT = /^[\s*]*(sent|date|envoyé|gesendet|datum|enviado|fecha|data|inviato|отправлено|дата|发送时间|發送時間|时间|時間|日期|寄件日期)[\s*]*[:：]/i;
const HEADER_ANY = /^[\s*]*(from|sent|date|to|cc|subject|de|envoyé|à|objet|von|gesendet|an|betreff|para|enviado|asunto|assunto|da|inviato|oggetto|от|отправлено|кому|тема|发件人|发送时间|收件人|抄送|主题|日期|时间|寄件者|寄件日期|收件者|主旨|發件人|發送時間|主題)[\s*]*[:：]/i;

/**
 * `On Mon, 3 Nov 2026 at 10:02, Jane <j@x.com> wrote:` and its translations, on one line; the
 * verb may come before the name (`Am 03.11.2026 schrieb Jane <j@x.com>:`).
 */
const ATTRIBUTION = /(wrote|a écrit|schrieb|escribió|escreveu|ha scritto|schreef|пишет|написал|написала)(?![\p{L}])[^\n]{0,200}:\s*$/iu;
const ATTRIBUTION_START = /^\s*(on|le|am|el|em|il|op)\s/i;
/** `在 2026年11月3日 周一 10:02，张三 <z@x.cn> 写道：` or `张三 <z@x.cn> 于2026年11月3日周一 10:02写道：`. */
const ATTRIBUTION_ZH = /(写道|寫道)\s*[:：]?\s*$/;

const QUOTED_LINE = /^\s*>/;

/** True when a quoted earlier mail (reply or forward) starts at line `i`. */
function quoteStartsAt(lines: readonly string[], i: number): boolean {
  const line = lines[i]!;
  if (line.length > MARKER_LINE_MAX) return false;
  if (SEPARATOR.test(line) || FORWARD_LINE.test(line)) return true;
  if (RULE.test(line) && nextNonBlank(lines, i + 1, (l) => HEADER_FROM.test(l))) return true;
  if (HEADER_FROM.test(line) && headerBlockFollows(lines, i)) return true;
  if (ATTRIBUTION_ZH.test(line) && (/^\s*(在|于)/.test(line) || /于|@|\d/.test(line))) return true;
  if (ATTRIBUTION.test(line) && (ATTRIBUTION_START.test(line) || line.includes('@'))) return true;
  // Gmail wraps a long attribution: `On …, Jane <` / `j@x.com> wrote:`.
  if (ATTRIBUTION_START.test(line)) {
    const joined = `${line} ${lines[i + 1] ?? ''}`;
    if (joined.length <= MARKER_LINE_MAX && ATTRIBUTION.test(joined)) return true;
    const joined3 = `${joined} ${lines[i + 2] ?? ''}`;
    if (joined3.length <= MARKER_LINE_MAX && ATTRIBUTION.test(joined3)) return true;
  }
  return false;
}

function nextNonBlank(lines: readonly string[], from: number, test: (line: string) => boolean): boolean {
  for (let j = from; j < lines.length && j < from + 3; j++) {
    if (lines[j]!.trim() !== '') return test(lines[j]!);
  }
  return false;
}

/** A `From:` line followed, within the next few lines, by a `Sent:`/`Date:` line. */
function headerBlockFollows(lines: readonly string[], i: number): boolean {
  for (let j = i + 1; j < lines.length && j <= i + 6; j++) {
    const line = lines[j]!;
    if (line.length > MARKER_LINE_MAX) return false;
    if (HEADER_SENT.test(line)) return true;
  }
  return false;
}

/** Index of the first line after the header block that opens at `i`. */
function afterHeaderBlock(lines: readonly string[], i: number): number {
  let j = i + 1;
  while (j < lines.length && (lines[j]!.trim() === '' || HEADER_ANY.test(lines[j]!.slice(0, MARKER_LINE_MAX)) || RULE.test(lines[j]!))) j++;
  return j;
}

/**
 * The text a sender wrote this time: lines quoted with `>` are dropped, and everything from
 * the first reply attribution or quoted header block on is cut. A mail with nothing written
 * above its first marker is a bare forward: it keeps the forwarded text (without the header
 * block), since that is what it says. Returns trimmed text; `''` when nothing was written.
 */
export function stripQuoted(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const kept: string[] = [];
  let written = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (QUOTED_LINE.test(line)) continue;
    if (!quoteStartsAt(lines, i)) {
      kept.push(line);
      written ||= line.trim() !== '';
      continue;
    }
    if (written) break;
    i = afterHeaderBlock(lines, i) - 1;
  }
  return kept.join('\n').trim();
}
