import { describe, expect, it } from 'vitest';
import { headerValue } from './header-value.ts';

describe('headerValue', () => {
  const raw = 'Received: from x\r\n\tby y\r\nReply-To: "Berg, Anna"\r\n <anna@pay.example>,\r\n\tbob@b.example\r\nSubject: Hi\r\n';

  it('finds a header whatever its case and unfolds it', () => {
    expect(headerValue(raw, 'reply-to')).toBe('"Berg, Anna" <anna@pay.example>, bob@b.example');
    expect(headerValue(raw, 'SUBJECT')).toBe('Hi');
  });

  it('answers null for a missing or empty header', () => {
    expect(headerValue(raw, 'cc')).toBeNull();
    expect(headerValue('Reply-To:  \r\n', 'reply-to')).toBeNull();
    expect(headerValue('', 'reply-to')).toBeNull();
  });

  it('does not take a header whose name only starts the same', () => {
    expect(headerValue('Reply-To-Extra: x\r\n', 'reply-to')).toBeNull();
  });
});
