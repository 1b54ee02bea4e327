/** The book the add-on tests open mail against: a customer of rep A with orders and a reminder, one of rep South, and the mails. */
import type { AddonFixture } from './addon-fixture.ts';
import { gbkMail, htmlOnlyInquiry, knownSenderMail } from './gmail-messages.ts';

export const KNOWN_MESSAGE_ID = '<CAknown-0001@mail.acme.de>';

export async function seedBook(f: AddonFixture) {
  const acme = await f.customer('repA', { code: 'DE-ACME', name: 'Acme Küchen & Co. <GmbH>', country: 'DE', domains: ['acme.de'], languages: ['de'] });
  const hans = await f.contact('repA', { customerId: acme.id, name: 'Hans Weber', emails: ['hans@acme.de'], title: 'Einkauf', language: 'de', isPrimary: true });
  for (const [contractNo, orderedAt, amount] of [
    ['PO-2025-118', '2025-03-10', 18_400],
    ['PO-2026-041', '2026-05-20', 24_650],
    ['PO-2026-097', '2026-10-02', 31_200],
  ] as const) {
    const res = await f.call('repA', 'POST', '/api/orders', { customerId: acme.id, contractNo, orderedAt, amount, currency: 'EUR', status: 'shipped', shippedAt: orderedAt });
    if (res.status !== 201) throw new Error(`order: ${res.status} ${JSON.stringify(res.body)}`);
  }
  const reminder = await f.call('repA', 'POST', '/api/reminders', { customerId: acme.id, kind: 'follow_up', due: '2026-11-27', note: 'Send the new catalogue' });
  const south = await f.customer('repSouth', { code: 'BR-STAR', name: 'Southern Star Importadora', country: 'BR', domains: ['southern-star.com.br'] });
  await f.contact('repSouth', { customerId: south.id, name: 'Ana Souza', emails: ['ana@southern-star.com.br'] });

  f.gmail.messages.set('msg-known', knownSenderMail('msg-known', '"Weber, Hans" <hans@acme.de>', KNOWN_MESSAGE_ID));
  f.gmail.messages.set('msg-inquiry', htmlOnlyInquiry('msg-inquiry'));
  f.gmail.messages.set(
    'msg-bank',
    knownSenderMail(
      'msg-bank',
      '"Weber, Hans" <hans@acme.de>',
      '<bank-0001@acme.de>',
      'Dear Amy,\n\nplease note that our bank details have changed. Kindly remit the balance of PI-2026-097 to our new account below.\n\nBest regards,\nHans Weber',
    ),
  );
  f.gmail.messages.set('msg-gbk', gbkMail('msg-gbk'));
  f.gmail.messages.set('msg-south', knownSenderMail('msg-south', 'Ana Souza <ana@southern-star.com.br>', '<south-0001@southern-star.com.br>'));
  f.gmail.messages.set('msg-internal', knownSenderMail('msg-internal', 'Rep B <rep.b@lumen-home.example>', '<internal-0001@lumen-home.example>'));
  return { acme, hans, south, reminder: reminder.body };
}
