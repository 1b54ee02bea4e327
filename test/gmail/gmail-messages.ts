/**
 * Messages as the Gmail API returns them with `format: 'full'`: header values as the mail has
 * them, bodies base64url in their own charset, parts nested as MIME nests them.
 */
import type { gmail_v1 } from 'googleapis/build/src/apis/gmail/index.js';

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64url');
const headers = (list: Record<string, string>) => Object.entries(list).map(([name, value]) => ({ name, value }));

interface MessageSpec {
  id: string;
  threadId?: string;
  internalDate?: string;
  labelIds?: string[];
  headers: Record<string, string>;
  payload: gmail_v1.Schema$MessagePart;
}

function message(spec: MessageSpec): gmail_v1.Schema$Message {
  return {
    id: spec.id,
    threadId: spec.threadId ?? `thread-${spec.id}`,
    labelIds: spec.labelIds ?? ['INBOX', 'UNREAD'],
    snippet: '',
    historyId: '912345',
    internalDate: spec.internalDate ?? '1795939200000',
    sizeEstimate: 4096,
    payload: { partId: '', filename: '', ...spec.payload, headers: [...headers(spec.headers), ...(spec.payload.headers ?? [])] },
  };
}

const textPart = (partId: string, mimeType: string, text: string, charset = 'UTF-8'): gmail_v1.Schema$MessagePart => ({
  partId,
  mimeType,
  filename: '',
  headers: headers({ 'Content-Type': `${mimeType}; charset="${charset}"`, 'Content-Transfer-Encoding': 'quoted-printable' }),
  body: { size: text.length, data: b64(text) },
});

const PI_REQUEST = 'Dear Amy,\n\nplease send the PI for 2,000 kettles.\n\nBest regards,\nHans Weber';

/** A known contact's mail: multipart/mixed holding multipart/alternative and a PDF attachment. */
export function knownSenderMail(id: string, from: string, messageId: string, text = PI_REQUEST): gmail_v1.Schema$Message {
  return message({
    id,
    headers: {
      'Delivered-To': 'rep.a@lumen-home.example',
      From: from,
      To: 'Rep A <rep.a@lumen-home.example>',
      Subject: 'Re: PI for order 2026/11',
      'Message-ID': messageId,
      Date: 'Tue, 24 Nov 2026 09:30:00 +0100',
      'MIME-Version': '1.0',
      'Content-Type': 'multipart/mixed; boundary="000000000000mixed"',
    },
    payload: {
      mimeType: 'multipart/mixed',
      body: { size: 0 },
      parts: [
        {
          partId: '0',
          mimeType: 'multipart/alternative',
          filename: '',
          headers: headers({ 'Content-Type': 'multipart/alternative; boundary="000000000000alt"' }),
          body: { size: 0 },
          parts: [
            textPart('0.0', 'text/plain', text),
            textPart('0.1', 'text/html', `<div dir="ltr">${text.replace(/\n/g, '<br>')}</div>`),
          ],
        },
        {
          partId: '1',
          mimeType: 'application/pdf',
          filename: 'PO-4471.pdf',
          headers: headers({ 'Content-Type': 'application/pdf; name="PO-4471.pdf"', 'Content-Disposition': 'attachment; filename="PO-4471.pdf"', 'Content-Transfer-Encoding': 'base64' }),
          body: { attachmentId: 'ANGjdJ8attachment', size: 48213 },
        },
      ],
    },
  });
}

/** An unknown importer's inquiry, HTML only. */
export function htmlOnlyInquiry(id: string): gmail_v1.Schema$Message {
  return message({
    id,
    headers: {
      From: 'Omar Haddad <omar@gulf-home-trading.ae>',
      To: 'sales@lumen-home.example',
      Subject: 'Inquiry: electric kettle 5000 pcs',
      'Message-ID': '<CAinquiry001@mail.gulf-home-trading.ae>',
      'Content-Type': 'text/html; charset="UTF-8"',
    },
    payload: {
      mimeType: 'text/html',
      body: {
        size: 400,
        data: b64(
          '<html><body><p>Dear Sir,</p><p>We are an <b>importer and distributor</b> in Dubai. Please quote <b>5000 pcs electric kettle</b>, 1.7L stainless steel, CE certificate, FOB Ningbo. Target price USD 6.50/pc.</p><p>Omar Haddad<br>Gulf Home Trading LLC<br>Dubai, UAE<br>Tel: +971 4 123 4567</p></body></html>',
        ),
      },
    },
  });
}

/** A Chinese inquiry in GBK: the subject as an RFC 2047 word, the body bytes in GBK. */
export function gbkMail(id: string): gmail_v1.Schema$Message {
  return message({
    id,
    headers: {
      From: '=?GBK?B?wO7P4A==?= <li.xiang@dubai-importer.example>',
      To: 'sales@lumen-home.example',
      Subject: '=?GBK?B?0a+826O6srvQ4rjWtefIyMuuuvg=?=',
      'Message-ID': '<gbk-0001@dubai-importer.example>',
      'Content-Type': 'text/plain; charset=GBK',
      'Content-Transfer-Encoding': 'base64',
    },
    payload: {
      mimeType: 'text/plain',
      body: { size: 60, data: 'xPq6w6OsztLDx8rHtc-w3bXEvfi_2snMo6zQ6NKqtefIyMuuuvggNTAwMCDMqKOsRk9CIMT-sqijrMfrsai826Gj' },
    },
  });
}

/** Latin-1 text: ISO-8859-1 bytes. */
export function latin1Mail(id: string, from: string): gmail_v1.Schema$Message {
  return message({
    id,
    headers: { From: from, To: 'sales@lumen-home.example', Subject: '=?ISO-8859-1?Q?Gr=FC=DFe_aus_K=F6ln?=', 'Message-ID': '<latin1@koeln.example>' },
    payload: {
      mimeType: 'text/plain',
      headers: headers({ 'Content-Type': 'text/plain; charset=ISO-8859-1' }),
      body: { size: 40, data: 'R3L832UgYXVzIEv2bG4sIFByZWlzIGb8ciBXYXNzZXJrb2NoZXI=' },
    },
  });
}
