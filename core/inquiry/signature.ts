/**
 * The signature of a mail: where the message ends and the sender's sign-off and contact block
 * begin (`-- `, `Best regards`, `Thanks & regards`, `此致 敬礼`, `Mit freundlichen Grüßen`, or a
 * trailing block of `Tel:`/`Email:` lines). What the block says is `signature-facts.ts`.
 */
import { splitLabel } from './labelled-lines.ts';

/** A sign-off may stand this far from the end (in non-blank lines) and still open the signature. */
const SIGNATURE_MAX_LINES = 30;
/** Longest line read as a sign-off. */
const SIGN_OFF_MAX = 60;

/** Sign-offs that close a message (after them comes only the signature). */
const CLOSING = [
  'regards',
  'best regards',
  'kind regards',
  'kindest regards',
  'warm regards',
  'warmest regards',
  'best wishes',
  'with best regards',
  'with kind regards',
  'with best wishes',
  'many regards',
  'sincere regards',
  'thanks & regards',
  'thanks and regards',
  'thanks & best regards',
  'thanks and best regards',
  'thanks & kind regards',
  'thanks and kind regards',
  'thanks with regards',
  'thanks & rgds',
  'thank you & best regards',
  'thank you and best regards',
  'thank you and regards',
  'best rgds',
  'b. rgds',
  'brgds',
  'rgds',
  'br',
  'b.r.',
  'b.r',
  'sincerely',
  'sincerely yours',
  'yours sincerely',
  'yours faithfully',
  'yours truly',
  'respectfully',
  'cordially',
  'saludos',
  'saludos cordiales',
  'un saludo',
  'atentamente',
  'cordialement',
  'bien cordialement',
  'bien à vous',
  'salutations',
  'meilleures salutations',
  'mit freundlichen grüßen',
  'mit freundlichen grüssen',
  'mit freundlichen gruessen',
  'freundliche grüße',
  'viele grüße',
  'beste grüße',
  'mfg',
  'atenciosamente',
  'cumprimentos',
  'cordiali saluti',
  'distinti saluti',
  'met vriendelijke groet',
  'с уважением',
  'с наилучшими пожеланиями',
  'مع التحية',
  'مع تحياتي',
  'تحياتي',
  '此致',
  '此致敬礼',
  '此致 敬礼',
  '敬礼',
  '顺祝商祺',
  '顺颂商祺',
  '顺颂时祺',
  '祝商祺',
  '商祺',
  '祝好',
  'sent from my iphone',
  'sent from my ipad',
  'sent from my android',
  'sent from my huawei',
  'sent from outlook',
  'sent from mail for windows',
  '发自我的iphone',
  '发自我的ipad',
  '发自我的手机',
];

/** Weaker closings: they may also end a paragraph, so they open the signature only when no closing above does. */
const THANKS = ['thanks', 'thank you', 'many thanks', 'thanks in advance', 'thanks a lot', 'thx', 'tks', 'cheers', 'best', 'gracias', 'merci', 'danke', 'obrigado', 'grazie', 'спасибо', 'شكرا', '谢谢', '多谢', '感谢', '非常感谢'];

const CLOSING_SET = new Set(CLOSING);
const THANKS_SET = new Set(THANKS);

/** A line that closes a message (`Best regards`) or only thanks (`Thanks`), which may also end a paragraph. */
export type SignOff = 'closing' | 'thanks';

/** @internal The sign-off a line is (`Best regards,`, `Kind regards, John`, `此致，`), or null. */
export function signOffOf(line: string): SignOff | null {
  const text = line.trim();
  if (text === '' || text.length > SIGN_OFF_MAX) return null;
  const key = text
    .toLowerCase()
    .replace(/[\s,，.。!！~:;…-]+$/, '')
    .replace(/\s+/g, ' ');
  if (CLOSING_SET.has(key)) return 'closing';
  if (THANKS_SET.has(key)) return 'thanks';
  // `Best regards, John Smith` / `Thanks & Regards - Ravi`: a closing, a comma or dash, a short name.
  const withName = /^(.{2,30}?)\s*[,，\-–]\s*[\p{L}][\p{L} .'’-]{0,40}$/u.exec(key);
  if (withName && CLOSING_SET.has(withName[1]!)) return 'closing';
  return null;
}

const CONTACT_LABEL =
  /^(tel|tel\.|telephone|phone|ph|mob|mob\.|mobile|cell|cellphone|whatsapp|whats app|wechat|skype|fax|e-?mail|mail|web|website|site|url|add|add\.|addr|address|电话|手机|传真|邮箱|电子邮件|地址|网址|微信|t|m|f|e|w)$/;

/** @internal True when a line gives contact details (`Tel:`, `Email:`, a `+` number, a web address). */
export function isContactLine(line: string): boolean {
  const split = splitLabel(line);
  if (split && CONTACT_LABEL.test(split.key)) return true;
  return /(^|\s)\+\d[\d\s().-]{6,20}\d/.test(line) || /\bwww\.|https?:\/\//i.test(line);
}

/**
 * A trailing block without a sign-off: the last paragraph, when it is short and at least two
 * of its lines are contact lines (`Tel:`, `Email:`, a `+` number, a web address).
 */
function contactBlockStart(lines: readonly string[]): number | null {
  let end = lines.length;
  while (end > 0 && lines[end - 1]!.trim() === '') end--;
  let start = end;
  while (start > 0 && lines[start - 1]!.trim() !== '') start--;
  const block = lines.slice(start, end);
  if (block.length < 2 || block.length > 12 || start === 0) return null;
  return block.filter(isContactLine).length >= 2 ? start : null;
}

/** Body and signature of a message. */
export interface SignatureSplit {
  /** The message without its signature, trimmed. */
  body: string;
  /** From the sign-off or delimiter on, trimmed; null when none was found. */
  signature: string | null;
}

/**
 * Splits the new text of a mail (see `stripQuoted`) into message and signature. The signature
 * starts at the last `-- ` delimiter, else at the first closing (`Best regards`, `此致`) in
 * the last {@link SIGNATURE_MAX_LINES} non-blank lines, else at the last `Thanks` there, else
 * at a trailing block of contact lines. Never throws.
 */
export function splitSignature(text: string): SignatureSplit {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  let start: number | null = null;
  for (let i = lines.length - 1; i >= 0; i--) {
    if (/^--\s?$/.test(lines[i]!)) {
      start = i;
      break;
    }
  }
  if (start === null) {
    let nonBlank = 0;
    let thanks: number | null = null;
    for (let i = lines.length - 1; i >= 0 && nonBlank <= SIGNATURE_MAX_LINES; i--) {
      if (lines[i]!.trim() === '') continue;
      nonBlank++;
      const signOff = signOffOf(lines[i]!);
      if (signOff === 'closing') start = i;
      else if (signOff === 'thanks' && thanks === null) thanks = i;
    }
    start ??= thanks ?? contactBlockStart(lines);
  }
  if (start === null) return { body: text.trim(), signature: null };
  const signature = lines.slice(start).join('\n').trim();
  return { body: lines.slice(0, start).join('\n').trim(), signature: signature === '' ? null : signature };
}
