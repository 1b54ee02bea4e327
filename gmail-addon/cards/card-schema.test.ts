import type { chat_v1 } from 'googleapis';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { Card, MAX_WIDGETS_PER_CARD } from './card-schema.ts';
import { escapeHtml, html, isCardHtml } from './html.ts';
import { AddonResponse, askForScopes, insertIntoDraft, openCreatedDraft, replaceCard, showCard } from './responses.ts';
import { line, paragraph, section } from './widgets.ts';

describe('card HTML', () => {
  it('escapes text and keeps our own markup', () => {
    expect(html`<b>${'Müller & Söhne <GmbH>'}</b>`.value).toBe('<b>Müller &amp; Söhne &lt;GmbH&gt;</b>');
    expect(escapeHtml('"quoted"').value).toBe('&quot;quoted&quot;');
  });

  it.each([
    ['<b>bold</b><br>line', true],
    ['<font color="#c5221f">red</font>', true],
    ['<a href="https://tp.example.com/c/1">open</a>', true],
    ['Tom &amp; Jerry', true],
    ['Tom & Jerry', false],
    ['<script>alert(1)</script>', false],
    ['<a href="javascript:alert(1)">x</a>', false],
    ['<img src=x onerror=alert(1)>', false],
  ])('isCardHtml(%s) is %s', (text, ok) => {
    expect(isCardHtml(text)).toBe(ok);
  });
});

describe('Card schema', () => {
  const card = (widgets: number): Card => ({ sections: [section('Orders', Array.from({ length: widgets }, (_, i) => paragraph(`line ${i}`)))!] });

  it('accepts a card within the limits and types it as a googleapis card', () => {
    expect(Card.parse(card(3))).toEqual(card(3));
    expectTypeOf<Card>().toExtend<chat_v1.Schema$GoogleAppsCardV1Card>();
  });

  it('refuses a card over the widget limit, naming it', () => {
    const result = Card.safeParse(card(MAX_WIDGETS_PER_CARD + 1));
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.message).join()).toMatch(/100/);
  });

  it('refuses unescaped text, a widget with two kinds, three columns and a long input name', () => {
    expect(Card.safeParse({ sections: [{ widgets: [{ textParagraph: { text: 'a <b' } }] }] }).success).toBe(false);
    expect(Card.safeParse({ sections: [{ widgets: [{ divider: {}, textParagraph: { text: 'x' } }] }] }).success).toBe(false);
    const col = { widgets: [paragraph('x')] };
    expect(Card.safeParse({ sections: [{ widgets: [{ columns: { columnItems: [col, col, col] } }] }] }).success).toBe(false);
    expect(Card.safeParse({ sections: [{ widgets: [{ textInput: { name: 'n'.repeat(65), label: 'x' } }] }] }).success).toBe(false);
  });

  it('builds escaped lines from text', () => {
    expect(line('A < B', { top: 'x & y' })).toEqual({ decoratedText: { topLabel: 'x &amp; y', text: 'A &lt; B', wrapText: true } });
  });
});

describe('responses', () => {
  const c = card(1);
  function card(n: number): Card {
    return { sections: [section(null, Array.from({ length: n }, () => paragraph('x')))!] };
  }

  it('are all accepted by the envelope schema', () => {
    for (const response of [
      showCard(c),
      replaceCard(c, 'Logged.'),
      openCreatedDraft('r-1', 'thread-1', 'Draft created.'),
      insertIntoDraft('Dear Anna,'),
      askForScopes(['https://www.googleapis.com/auth/gmail.addons.current.message.readonly']),
    ]) {
      expect(AddonResponse.safeParse(response).success).toBe(true);
    }
  });

  it('write the scope request with Google’s own field name', () => {
    expect(JSON.stringify(askForScopes(['https://www.googleapis.com/auth/gmail.addons.current.action.compose']))).toBe(
      '{"requesting_google_scopes":{"scopes":["https://www.googleapis.com/auth/gmail.addons.current.action.compose"]}}',
    );
  });
});
