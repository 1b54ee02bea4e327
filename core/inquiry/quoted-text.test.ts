import { describe, expect, it } from 'vitest';
import { stripQuoted } from './quoted-text.ts';

const NEW = 'Please quote 500 air fryers.\n\nBest regards\nJohn';

describe('stripQuoted', () => {
  it.each<[string, string]>([
    ['"> " lines', `${NEW}\n\n> We offer blenders.\n> Regards, Sales`],
    ['a Gmail attribution', `${NEW}\n\nOn Mon, 3 Nov 2026 at 10:02, Sales <sales@lumen-home.example> wrote:\nWe offer blenders.`],
    ['an attribution Gmail wrapped over two lines', `${NEW}\n\nOn Mon, 3 Nov 2026 at 10:02, Sales Team <\nsales@lumen-home.example> wrote:\n\nWe offer blenders.`],
    ['an attribution without "On"', `${NEW}\n\nSales <sales@lumen-home.example> wrote:\nWe offer blenders.`],
    ['-----Original Message-----', `${NEW}\n\n-----Original Message-----\nFrom: Sales\nSent: Monday\nWe offer blenders.`],
    ['an Outlook header block', `${NEW}\n\nFrom: Sales <sales@lumen-home.example>\nSent: Monday, November 3, 2026 10:02 AM\nTo: John\nSubject: Offer\n\nWe offer blenders.`],
    ['an Outlook rule and bold header', `${NEW}\n\n________________________________\n*From:* Sales\n*Sent:* Monday\nWe offer blenders.`],
    ['a French Outlook header', `${NEW}\n\nDe : Sales\nEnvoyé : lundi 3 novembre 2026\nÀ : John\nWe offer blenders.`],
    ['a Chinese Outlook header', `${NEW}\n\n发件人: Sales <sales@lumen-home.example>\n发送时间: 2026年11月3日 10:02\n收件人: John\n主题: 报价\n\nWe offer blenders.`],
    ['a full-width Chinese header', `${NEW}\n\n发件人：Sales\n时间：2026年11月3日\nWe offer blenders.`],
    ['a QQ Mail separator', `${NEW}\n\n------------------ 原始邮件 ------------------\n发件人: "Sales"\nWe offer blenders.`],
    ['a Chinese Gmail attribution', `${NEW}\n\n在 2026年11月3日周一 10:02，Sales <sales@lumen-home.example> 写道：\nWe offer blenders.`],
    ['a Chinese attribution with 于', `${NEW}\n\nSales <sales@lumen-home.example> 于2026年11月3日周一 10:02写道：\nWe offer blenders.`],
    ['a German attribution', `${NEW}\n\nAm 03.11.2026 um 10:02 schrieb Sales <sales@lumen-home.example>:\nWe offer blenders.`],
    ['a forward below the new text', `${NEW}\n\n---------- Forwarded message ---------\nFrom: Sales\nDate: Mon\nWe offer blenders.`],
  ])('cuts at %s', (_case, text) => {
    expect(stripQuoted(text)).toBe(NEW);
  });

  it('keeps inline answers between quoted lines', () => {
    expect(stripQuoted('> What quantity?\n500 pcs\n> Which colour?\nBlack')).toBe('500 pcs\nBlack');
  });

  it('reads a bare forward: the forwarded text without its header', () => {
    const text = '---------- Forwarded message ---------\nFrom: Buyer <b@acme.de>\nDate: Mon, Nov 3, 2026\nSubject: Kettles\nTo: Sales\n\nWe need 500 kettles.\n\nOn Sun, Sales wrote:\n> old offer';
    expect(stripQuoted(text)).toBe('We need 500 kettles.');
  });

  it('keeps a "From:" line that opens no header block', () => {
    const text = 'From: our purchasing team\nWe need 500 kettles.';
    expect(stripQuoted(text)).toBe(text);
  });

  it('keeps prose that mentions writing', () => {
    const text = 'On the label, please print what our designer wrote: "Made for Acme".\nThanks';
    expect(stripQuoted(text)).toBe(text);
  });

  it('gives "" for a mail that is only quotes', () => {
    expect(stripQuoted('> a\n> b')).toBe('');
  });

  it('keeps only the new text of a 200 KB thread', () => {
    // Its speed is measured by `npm run bench:inquiry-read`, not here.
    const thread = `${NEW}\n\n` + '> quoted line of an old thread with words in it\n'.repeat(4000);
    expect(stripQuoted(thread)).toBe(NEW);
  });
});
