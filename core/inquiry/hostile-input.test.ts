import { describe, expect, it } from 'vitest';
import { InquirySignals } from '../inquiry-context.ts';
import { findBuyerTypeHints } from './buyer-type-hints.ts';
import { findCertificates } from './certificates.ts';
import { findCountryNames } from './country-names.ts';
import { testConfig } from './fixtures/index.ts';
import { findIncoterm } from './incoterm.ts';
import { detectLanguage } from './language.ts';
import { htmlToText } from './mail-text.ts';
import { readMarketplace } from './marketplace-notice.ts';
import { findProducts } from './products.ts';
import { findQuantities } from './quantities.ts';
import { stripQuoted } from './quoted-text.ts';
import { readInquiry } from './read-inquiry.ts';
import { asksForSample, isUrgent } from './requests.ts';
import { readSignature } from './signature-facts.ts';
import { splitSignature } from './signature.ts';
import { findTargetPrice } from './target-price.ts';

const SIZE = 200_000;
const fill = (unit: string) => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);

/** Inputs that make a backtracking pattern quadratic or worse: long runs a pattern can split many ways. */
const HOSTILE: Array<[string, string]> = [
  ['one long run of digits', fill('1')],
  ['digit groups', fill('100 ')],
  ['comma groups', fill('1,000,')],
  ['a count before a long blank run', `1${' '.repeat(SIZE)}x`],
  ['counts and blanks', fill('1          ')],
  ['a long letter-and-digit run', fill('a1')],
  ['words a pattern may start on', fill('a ')],
  ['colons and blanks', fill(':     ')],
  ['quote marks', fill('> ')],
  ['dashes', fill('-')],
  ['a long line of one country', fill('Spain ')],
  ['at-signs', fill('a@b.')],
  ['Chinese numerals', fill('一二三四五六七八九十')],
  ['currency symbols', fill('$1 ')],
  ['sign-offs', fill('Regards\n')],
  ['labels', fill('Name:\n')],
  ['one long Chinese run', fill('电热水壶的')],
];

const scanners: Array<[string, (text: string) => unknown]> = [
  ['findQuantities', findQuantities],
  ['findTargetPrice', (t) => findTargetPrice(t)],
  ['findProducts', (t) => findProducts(t, testConfig.catalogue)],
  ['findCountryNames', (t) => findCountryNames(t)],
  ['findIncoterm', findIncoterm],
  ['findCertificates', findCertificates],
  ['findBuyerTypeHints', findBuyerTypeHints],
  ['requests', (t) => asksForSample(t) || isUrgent(t)],
  ['detectLanguage', detectLanguage],
  ['stripQuoted', stripQuoted],
  ['splitSignature', splitSignature],
  ['readSignature', readSignature],
  ['readMarketplace', (t) => readMarketplace({ from: 'notice@notice.alibaba.com', bodyText: t })],
  ['readInquiry', (t) => readInquiry({ from: 'x@acme.de', bodyText: t }, testConfig)],
];

/** A seeded stream of awkward text: scripts, marks, separators, markup and trade words mixed. */
function* garbage(seed: number, count: number): Generator<string> {
  const pieces = ['<p>', '</td>', '>', '-- ', '\n', '\r\n', '\t', ':', '：', '@', '+86 ', '00', '5,000', 'pcs', 'x', '40HQ', '柜', '台', '个', 'FOB', 'CE', '$', '€', '¥', 'Regards', '此致', 'From: ', 'Sent: ', 'wrote:', '写道：', 'Name:', 'Country:', 'Spain', '美国', '\u0301', '\u200b', '\ud83d\ude00', '\ufffd', 'Ω', 'ß', ' ', '  '];
  let state = seed;
  for (let n = 0; n < count; n++) {
    let text = '';
    const length = 1 + (n % 300);
    for (let i = 0; i < length; i++) {
      state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
      text += pieces[state % pieces.length];
    }
    yield text;
  }
}

describe('hostile input', () => {
  it('gives valid signals for garbage, as text or HTML, from a person or a marketplace', () => {
    for (const text of garbage(7, 300)) {
      for (const mail of [
        { from: 'x@acme.de', subject: text.slice(0, 200), bodyText: text },
        { from: 'notice@notice.alibaba.com', bodyHtml: text },
      ]) {
        const { signals } = readInquiry(mail, testConfig);
        expect(InquirySignals.safeParse(signals).error).toBeUndefined();
      }
    }
  });

  // A quadratic pattern takes seconds to minutes on 200 KB; linear ones take milliseconds.
  it.each(HOSTILE)('reads %s (200 KB) in linear time', (_case, text) => {
    for (const [name, scan] of scanners) {
      const started = performance.now();
      scan(text);
      const ms = performance.now() - started;
      expect({ name, slow: ms > 1000 }).toEqual({ name, slow: false });
    }
  });

  it.each(['<a ', '<!--', '<table><tr><td>', '&amp;', '<p>x</p>', '<div>', '<td>x</td>'])('converts HTML made of %j (200 KB) in linear time', (unit) => {
    const html = fill(unit);
    // html-to-text costs tens of microseconds per element: linear, but 40,000 elements take a while.
    let started = performance.now();
    htmlToText(html);
    expect(performance.now() - started).toBeLessThan(5000);
    // The reader converts at most the first 64 KB (128 KB from a marketplace).
    for (const from of ['x@acme.de', 'notice@notice.alibaba.com']) {
      started = performance.now();
      readInquiry({ from, bodyHtml: html }, testConfig);
      expect(performance.now() - started).toBeLessThan(2000);
    }
  });
});
