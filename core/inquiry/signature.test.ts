import { describe, expect, it } from 'vitest';
import { splitSignature } from './signature.ts';

const MESSAGE = 'Hello,\nplease quote 500 kettles FOB Ningbo.';

describe('splitSignature', () => {
  it.each<[string, string, string]>([
    ['the "-- " delimiter', `${MESSAGE}\n-- \nJohn Smith\nAcme Ltd`, '-- \nJohn Smith\nAcme Ltd'],
    ['Best regards', `${MESSAGE}\n\nBest regards,\nJohn Smith\nAcme Ltd`, 'Best regards,\nJohn Smith\nAcme Ltd'],
    ['Kind regards with the name on the line', `${MESSAGE}\n\nKind regards, John\nTel: +44 20 7946 0958`, 'Kind regards, John\nTel: +44 20 7946 0958'],
    ['Thanks & regards', `${MESSAGE}\n\nThanks & Regards\nRavi Kumar`, 'Thanks & Regards\nRavi Kumar'],
    ['此致 敬礼 over two lines', '您好，请报价500台电饭煲。\n\n此致\n敬礼\n张伟', '此致\n敬礼\n张伟'],
    ['顺祝商祺', '请报价。\n顺祝商祺！\n李明', '顺祝商祺！\n李明'],
    ['Mit freundlichen Grüßen', 'Bitte senden Sie ein Angebot.\n\nMit freundlichen Grüßen\nHans Müller', 'Mit freundlichen Grüßen\nHans Müller'],
    ['Saludos cordiales', 'Por favor envíe precio.\n\nSaludos cordiales,\nDiego', 'Saludos cordiales,\nDiego'],
    ['a closing after a thanks line (the thanks stays in the message)', `${MESSAGE}\nThanks\nBest regards\nJohn`, 'Best regards\nJohn'],
    ['a lone thanks', `${MESSAGE}\n\nThanks,\nJohn`, 'Thanks,\nJohn'],
    ['a phone sign-off', `${MESSAGE}\n\nSent from my iPhone`, 'Sent from my iPhone'],
    [
      'a trailing contact block without a sign-off',
      `${MESSAGE}\n\nJohn Smith\nAcme Trading LLC\nTel: +971 4 123 4567\nEmail: john@acme.ae`,
      'John Smith\nAcme Trading LLC\nTel: +971 4 123 4567\nEmail: john@acme.ae',
    ],
  ])('starts the signature at %s', (_case, text, signature) => {
    const split = splitSignature(text);
    expect(split.signature).toBe(signature);
    expect(`${split.body}\n${signature}`.replace(/\s+/g, ' ')).toBe(text.replace(/\s+/g, ' '));
  });

  it('finds no signature in a mail without one', () => {
    expect(splitSignature(MESSAGE)).toEqual({ body: MESSAGE, signature: null });
  });

  it('does not take a "Thanks for …" sentence for a sign-off', () => {
    const text = 'Thanks for your quick reply.\nWe need 500 pcs.';
    expect(splitSignature(text).signature).toBeNull();
  });

  it('ignores a sign-off far above the end (a long message after it)', () => {
    const text = `Regards\n${'We need more details about the product line.\n'.repeat(40)}`;
    expect(splitSignature(text).signature).toBeNull();
  });
});
