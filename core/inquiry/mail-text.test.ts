import { describe, expect, it } from 'vitest';
import { htmlBeforeQuote, htmlToText, mailText, tidyText } from './mail-text.ts';

describe('htmlToText', () => {
  it('keeps paragraphs and line breaks, decodes entities, drops scripts, styles and images', () => {
    const html = `<html><head><style>p{color:red}</style><title>Offer</title></head><body>
      <script>var tracking = 1;</script>
      <p>Dear Sir,</p><p>we need <b>kettles</b> &amp; toasters<br>for our shops.</p>
      <img src="https://x.example/logo.png" alt="Logo"><div>Thanks</div></body></html>`;
    expect(htmlToText(html)).toBe('Dear Sir,\n\nwe need kettles & toasters\nfor our shops.\n\nThanks');
  });

  it('keeps a table row on one line, cells separated by a tab', () => {
    const html = '<table><tr><td><b>Name:</b></td><td>Mr. John Smith</td></tr><tr><td>Country/Region</td><td><span>United States</span></td></tr></table>';
    expect(htmlToText(html)).toBe('Name:\tMr. John Smith\nCountry/Region\tUnited States');
  });

  it('keeps headings in their own case and links as their text', () => {
    expect(htmlToText('<h1>New Inquiry</h1><p><a href="https://alibaba.com/x">View details</a></p>')).toBe('New Inquiry\n\nView details');
  });

  it('marks block quotes with "> "', () => {
    expect(htmlToText('<p>New text</p><blockquote>old text</blockquote>')).toBe('New text\n\n> old text');
  });

  it('does not overflow on deeply nested markup', () => {
    const html = '<div>'.repeat(5000) + 'deep' + '</div>'.repeat(5000) + '<p>after</p>';
    expect(() => htmlToText(html)).not.toThrow();
    expect(htmlToText(html)).toContain('after');
  });
});

describe('tidyText', () => {
  it('unifies line breaks, drops invisible characters and trailing blanks, folds blank runs', () => {
    expect(tidyText('a\r\nb\u200b \t\r\n\r\n\r\n\r\nc\u00a0d  ')).toBe('a\nb\n\nc d');
  });
});

describe('mailText', () => {
  it.each([
    ['the plain part when there is one', { bodyText: 'plain words', bodyHtml: '<p>html words</p>' }, 'plain words'],
    ['the HTML part when the plain one is blank', { bodyText: '  \n', bodyHtml: '<p>html words</p>' }, 'html words'],
    ['the HTML part of an HTML-only mail', { bodyHtml: '<div>only <i>html</i></div>' }, 'only html'],
    ['nothing for an empty mail', {}, ''],
  ])('gives %s', (_case, message, text) => {
    expect(mailText(message)).toBe(text);
  });

  it('leaves out a client-marked quote when asked', () => {
    const bodyHtml = '<div>Please quote 500 kettles.</div><div class="gmail_quote"><div>On Mon, Sales wrote:</div><blockquote>We make blenders.</blockquote></div>';
    expect(mailText({ bodyHtml }, { skipQuotedHtml: true })).toBe('Please quote 500 kettles.');
    expect(mailText({ bodyHtml })).toContain('We make blenders.');
  });
});

describe('htmlBeforeQuote', () => {
  it.each([
    ['Gmail', '<div>new</div><div class="gmail_quote">old</div>', '<div>new</div>'],
    ['Outlook', '<p>new</p><div id="appendonsend"></div><hr><div id="divRplyFwdMsg">From: x</div>', '<p>new</p>'],
    ['Apple Mail', '<div>new</div><blockquote type="cite">old</blockquote>', '<div>new</div>'],
    ['a mail with no quote', '<p>only new</p>', '<p>only new</p>'],
  ])('cuts %s HTML at the quote', (_client, html, before) => {
    expect(htmlBeforeQuote(html)).toBe(before);
  });
});
