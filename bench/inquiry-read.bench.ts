/**
 * How long reading an inquiry takes per mail (`readInquiry`: text out of HTML, quotes and
 * signature set apart, marketplace fields, every signal). A few hundred mails: generated
 * English and Chinese inquiries, replies with quoted threads of up to ~150 KB, HTML-only mails,
 * the marketplace fixtures, and 200 KB worst cases (a text thread; an HTML mail with no quote
 * marker, of which the reader converts the first 64 KB). Prints p50/p90/p99/max per kind and
 * overall; the first 30 mails are read once before timing.
 *
 *   npx tsx bench/inquiry-read.bench.ts [mails=300]
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fixture, testConfig } from '../core/inquiry/fixtures/index.ts';
import { readInquiry, type InquiryMail } from '../core/inquiry/index.ts';
import { Random } from '../server/demo/random.ts';

const total = Number(process.argv[2] ?? 300);
const random = new Random(11, 'inquiry-read');
const pick = <T>(items: readonly T[]): T => items[Math.floor(random.next() * items.length)]!;

const PRODUCTS = testConfig.catalogue.flatMap((c) => c.en);
const PRODUCTS_ZH = testConfig.catalogue.flatMap((c) => c.zh);
const QUANTITIES = ['5,000 pcs', '2x40HQ', '1 x 20GP', '3 tons', '500 sets', '10 pallets', '1200 units'];
const TERMS = ['FOB Ningbo', 'CIF Jeddah', 'EXW', 'DDP Warsaw', 'CNF Lagos'];
const PRICES = ['target price USD 12.5/pc', 'can you do $8 per unit', 'our price limit is €7,50 per set', ''];
const SIGNATURES = [
  'Best regards,\nHans Müller\nKüchenwelt GmbH\nTel: +49 40 1234567\nAddress: Hauptstraße 5, 20095 Hamburg, Germany\nwww.kuechenwelt.de',
  'Thanks & Regards\nRavi Kumar\nShree Home Imports Pvt Ltd\nMob: +91 98400 12345',
  'Saludos cordiales,\nLucía García\nCasa Nova S.L.\nTel. +34 912 345 678',
  'Kind regards, Sipho\nUbuntu Homeware (Pty) Ltd\n+27 21 555 0147',
];

function englishInquiry(): string {
  return [
    'Dear Sir or Madam,',
    '',
    `we are a ${pick(['distributor', 'importer', 'wholesaler', 'chain store', 'trading company'])} in ${pick(['Germany', 'Spain', 'Kenya', 'the UAE', 'Chile'])}.`,
    `Please quote ${pick(PRODUCTS)} and ${pick(PRODUCTS)}, ${pick(QUANTITIES)}, ${pick(TERMS)}, ${pick(['CE and GS', 'SASO', 'UL/ETL', 'LFGB'])} required. ${pick(PRICES)}`,
    pick(['Samples first please.', 'It is urgent.', 'We need the offer ASAP.', '']),
    '',
    pick(SIGNATURES),
  ].join('\n');
}

function chineseInquiry(): string {
  return `您好，\n我们是${pick(['迪拜', '越南', '俄罗斯'])}的${pick(['经销商', '进口商', '批发商'])}，需要${pick(['两个40尺高柜', '一个柜', '500台', '1000个'])}${pick(PRODUCTS_ZH)}，${pick(['离岸价', '到岸价', '出厂价'])}，单价5美元，请尽快报价。\n\n此致\n敬礼\n张伟\n电话：+971 50 123 4567`;
}

function quotedThread(lines: number): string {
  const header = 'On Mon, 3 Nov 2026 at 10:02, Sales <sales@lumen-home.example> wrote:\n';
  return header + Array.from({ length: lines }, () => `> ${pick(PRODUCTS)} ${pick(QUANTITIES)} ${pick(TERMS)} and the packing details as agreed last time`).join('\n');
}

function asOutlookHtml(text: string, quoted: string): string {
  const paragraphs = text
    .split('\n')
    .map((line) => `<p class="MsoNormal" style="margin:0cm;font-size:11.0pt;font-family:Calibri,sans-serif"><span lang="EN-US">${line || '&nbsp;'}</span></p>`)
    .join('\n');
  const styles = 'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}\n'.repeat(120);
  const thread = quoted
    .split('\n')
    .map((line) => `<p class="MsoNormal"><span style="color:#1F497D">${line.replace(/^> /, '')}</span></p>`)
    .join('\n');
  return `<html><head><style>${styles}</style></head><body lang="EN-US"><div class="WordSection1">${paragraphs}<div id="appendonsend"></div><hr><div id="divRplyFwdMsg"><b>From:</b> Sales<br><b>Sent:</b> Monday</div>${thread}</div></body></html>`;
}

const FIXTURE_SENDERS: Record<string, string> = {
  alibaba: 'Alibaba.com <notice@notice.alibaba.com>',
  'made-in-china': 'Made-in-China.com <service@made-in-china.com>',
  'global-sources': 'Global Sources <noreply@globalsources.com>',
  dhgate: 'DHgate <noreply@dhgate.com>',
  indiamart: 'IndiaMART <buyleads@indiamart.com>',
  tradekey: 'TradeKey <inquiry@tradekey.com>',
};
const fixtures = readdirSync(join(import.meta.dirname, '../core/inquiry/fixtures'))
  .filter((f) => /\.(txt|html)$/.test(f))
  .map((file) => {
    const from = Object.entries(FIXTURE_SENDERS).find(([prefix]) => file.startsWith(prefix))![1];
    const body = fixture(file);
    return { from, subject: 'New inquiry', ...(file.endsWith('.html') ? { bodyHtml: body } : { bodyText: body }) } satisfies InquiryMail;
  });

type Kind = 'english' | 'chinese' | 'reply' | 'html reply' | 'marketplace' | '200 KB text' | '200 KB html';
const mails: Array<{ kind: Kind; mail: InquiryMail; bytes: number }> = [];
const add = (kind: Kind, mail: InquiryMail) => mails.push({ kind, mail, bytes: (mail.bodyText ?? mail.bodyHtml ?? '').length });

const bigThread = `${englishInquiry()}\n\n${quotedThread(2700)}`;
const bigHtml = `<html><body>${'<div><p style="margin:0"><span style="font-family:Arial">We need electric kettles and the packing details as discussed, with CE and GS.</span></p></div>\n'.repeat(1900)}</body></html>`;
for (let i = 0; mails.length < total; i++) {
  switch (i % 6) {
    case 0:
      add('english', { from: 'Hans Müller <h.mueller@kuechenwelt.de>', subject: `Inquiry ${i}`, bodyText: englishInquiry() });
      break;
    case 1:
      add('chinese', { from: '张伟 <zhang@163.com>', subject: '询价', bodyText: chineseInquiry() });
      break;
    case 2:
      add('reply', { from: 'buyer@casanova.es', subject: 'Re: Offer', bodyText: `${englishInquiry()}\n\n${quotedThread(Math.floor(random.next() * 2000))}` });
      break;
    case 3:
      add('html reply', { from: 'sipho@ubuntuhomeware.co.za', subject: 'RE: Catalogue', bodyHtml: asOutlookHtml(englishInquiry(), quotedThread(Math.floor(random.next() * 600))) });
      break;
    case 4:
      add('marketplace', fixtures[i % fixtures.length]!);
      break;
    default:
      if (i % 12 === 5) add('200 KB text', { from: 'a@acme.de', bodyText: bigThread });
      else add('200 KB html', { from: 'a@acme.de', bodyHtml: bigHtml });
  }
}

// Warm up: the first reading builds lookup tables and compiles the HTML converter.
for (const { mail } of mails.slice(0, 30)) readInquiry(mail, testConfig);

const times = new Map<Kind | 'all', number[]>();
const started = performance.now();
for (const { kind, mail } of mails) {
  const t0 = performance.now();
  readInquiry(mail, testConfig);
  const ms = performance.now() - t0;
  for (const key of [kind, 'all'] as const) {
    if (!times.has(key)) times.set(key, []);
    times.get(key)!.push(ms);
  }
}
const wall = performance.now() - started;

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
const sizes = new Map<Kind, number[]>();
for (const { kind, bytes } of mails) {
  if (!sizes.has(kind)) sizes.set(kind, []);
  sizes.get(kind)!.push(bytes);
}
console.log(`readInquiry over ${mails.length} mails in ${wall.toFixed(0)} ms (Node ${process.versions.node})`);
console.log('kind           mails   size (KB)   p50 ms   p90 ms   p99 ms   max ms');
for (const [kind, list] of times) {
  const sorted = [...list].sort((a, b) => a - b);
  const kb = kind === 'all' ? mails.map((m) => m.bytes) : sizes.get(kind)!;
  const range = `${(Math.min(...kb) / 1024).toFixed(0)}–${(Math.max(...kb) / 1024).toFixed(0)}`;
  console.log(
    `${kind.padEnd(13)} ${String(sorted.length).padStart(6)} ${range.padStart(11)} ${quantile(sorted, 0.5).toFixed(2).padStart(8)} ${quantile(sorted, 0.9).toFixed(2).padStart(8)} ${quantile(sorted, 0.99).toFixed(2).padStart(8)} ${sorted.at(-1)!.toFixed(2).padStart(8)}`,
  );
}
