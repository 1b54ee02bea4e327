import { describe, expect, it } from 'vitest';
import { parseAddressList, parseMailbox, toAsciiDomain } from '../address/index.ts';
import { TrustWarning } from '../customer-context.ts';
import { buildContactNameIndex } from './contact-name-index.ts';
import { buildLookalikeIndex } from './lookalike-index.ts';
import { type TrustCustomer, type TrustInput, trustHeaders, trustWarnings } from './trust-warnings.ts';

const ACME: TrustCustomer = { id: 'c-acme', name: 'Acme Haushaltswaren GmbH', domains: ['acme.de', 'acme.com'], addresses: ['hans.mueller@acme.de'] };
const lookalikes = buildLookalikeIndex([
  { domain: 'lumen-home.example', owner: { kind: 'company' } },
  { domain: 'acme.de', owner: { kind: 'customer', customerId: ACME.id, name: ACME.name } },
  { domain: 'acme.com', owner: { kind: 'customer', customerId: ACME.id, name: ACME.name } },
  { domain: 'northern-imports.example', owner: { kind: 'customer', customerId: 'c-north', name: 'Northern Imports' } },
  { domain: 'lintrading.cn', owner: { kind: 'customer', customerId: 'c-lin', name: 'Lin Trading' } },
]);
const contacts = buildContactNameIndex([
  { customerId: ACME.id, customerName: ACME.name, contact: { id: 'k-hans', name: 'Hans Müller', emails: ['hans.mueller@acme.de'] } },
  { customerId: ACME.id, customerName: ACME.name, contact: { id: 'k-anna', name: 'Anna Schmidt', emails: ['anna@acme.de', 'anna.schmidt.home@gmail.com'] } },
  { customerId: 'c-lin', customerName: 'Lin Trading', contact: { id: 'k-zw', name: 'Zhang Wei', emails: ['zw@lintrading.cn'] } },
  { customerId: 'c-north', customerName: 'Northern Imports', contact: { id: 'k-wz', name: 'Wei Zhang', emails: ['wei@northern-imports.example'] } },
]);

function warn(mail: { from: string; replyTo?: string; sender?: string; body?: string; subject?: string }, customer: TrustCustomer | null = null): TrustWarning[] {
  const input: TrustInput = {
    from: parseMailbox(mail.from),
    replyTo: parseAddressList(mail.replyTo ?? null),
    sender: parseMailbox(mail.sender ?? null),
    subject: mail.subject ?? null,
    bodyText: mail.body ?? null,
    companyDomains: ['lumen-home.example'],
    customer,
    lookalikes,
    contacts,
  };
  return trustWarnings(input);
}

const codes = (warnings: TrustWarning[]) => warnings.map((w) => [w.code, w.severity]);

describe('trustWarnings', () => {
  it('says nothing about an ordinary mail from a known contact', () => {
    expect(warn({ from: '"Müller, Hans" <hans.mueller@acme.de>', body: 'Please send the proforma invoice for PO 4711.' }, ACME)).toEqual([]);
  });

  describe('look-alike domains', () => {
    it('names our own domain in the reason', () => {
      expect(warn({ from: 'Lisa <lisa@lumen-hom.example>' })).toEqual([
        { code: 'lookalike_domain', severity: 'high', reason: 'lumen-hom.example looks like lumen-home.example (one letter missing) — our own domain' },
      ]);
    });

    it('names the customer a look-alike imitates', () => {
      const [warning] = warn({ from: 'hans.mueller@acme.co' });
      expect(warning).toMatchObject({ code: 'lookalike_domain', severity: 'high' });
      expect(warning?.reason).toContain('Acme Haushaltswaren GmbH');
      expect(warning?.reason).toContain('acme.com');
    });

    it('shows an IDN look-alike in Unicode and says which script', () => {
      const [warning] = warn({ from: `hans@${toAsciiDomain('аcme.de')}` }); // a Cyrillic а
      expect(warning?.reason).toMatch(/^аcme\.de looks like acme\.de \(Cyrillic letters\)/);
    });

    it('checks Reply-To and Sender too', () => {
      expect(warn({ from: 'hans.mueller@acme.de', replyTo: 'hans.mueller@acme.de.secure-mail.io' }, ACME)[0]?.reason).toMatch(/^Reply-To acme\.de\.secure-mail\.io only starts with acme\.de/);
      expect(warn({ from: 'hans.mueller@acme.de', sender: 'bounce@acmme.de' }, ACME)[0]).toMatchObject({ code: 'lookalike_domain', reason: expect.stringMatching(/^Sender acmme\.de/) });
    });

    it('rates a word added to a known name medium', () => {
      expect(codes(warn({ from: 'info@northern-imports-group.example' }))).toEqual([['lookalike_domain', 'medium']]);
    });

    it('stays quiet for a genuine second domain the resolved customer lists, even before the index knows it', () => {
      const customer = { ...ACME, domains: [...ACME.domains, 'acme.co.uk'] };
      expect(lookalikes.find('acme.co.uk')).not.toBeNull();
      expect(warn({ from: 'orders@acme.co.uk' }, customer)).toEqual([]);
    });

    it('stays quiet for an address the book already holds at an odd domain', () => {
      const known = buildContactNameIndex([{ customerId: ACME.id, customerName: ACME.name, contact: { id: 'k', name: 'Paul Kern', emails: ['paul@acme-logistik.de'] } }]);
      const input: TrustInput = { from: parseMailbox('paul@acme-logistik.de'), companyDomains: ['lumen-home.example'], lookalikes, contacts: known, customer: ACME };
      expect(trustWarnings(input)).toEqual([]);
    });
  });

  describe('Reply-To', () => {
    it.each<[string, string, string, [string, string][]]>([
      ['free mail behind a company domain', 'hans.mueller@acme.de', 'hans.acme@gmail.com', [['reply_to_mismatch', 'high']]],
      ['another domain of the same customer', 'hans.mueller@acme.de', 'orders@acme.com', []],
      ['our own domain', 'hans.mueller@acme.de', 'lisa@lumen-home.example', []],
      ['a subdomain of the sender’s domain', 'hans.mueller@acme.de', 'orders@eu.acme.de', []],
      ['a known contact’s own free-mail address', 'anna@acme.de', 'anna.schmidt.home@gmail.com', []],
      ['some other firm', 'hans.mueller@acme.de', 'accounts@finance-partner.example', [['reply_to_mismatch', 'medium']]],
      ['one free-mail provider to another', 'someone@gmail.com', 'someone@yahoo.com', [['reply_to_mismatch', 'medium']]],
      ['a marketplace relaying a buyer', 'notice@notice.alibaba.com', 'buyer123@gmail.com', []],
    ])('%s', (_case, from, replyTo, expected) => {
      expect(codes(warn({ from, replyTo }, from.endsWith('acme.de') ? ACME : null))).toEqual(expected);
    });

    it('says where replies would go', () => {
      expect(warn({ from: 'hans.mueller@acme.de', replyTo: 'hans.acme@gmail.com' }, ACME)[0]?.reason).toBe(
        'Reply-To goes to a free-mail address at gmail.com while the mail comes from acme.de',
      );
    });

    it('warns about a Reply-To to a look-alike twice over', () => {
      expect(codes(warn({ from: 'hans.mueller@acme.de', replyTo: 'hans.mueller@acme-de.com' }, ACME))).toEqual([
        ['lookalike_domain', 'high'],
        ['reply_to_mismatch', 'high'],
      ]);
    });

    it('does not warn about a Sender that differs from From', () => {
      expect(warn({ from: 'hans.mueller@acme.de', sender: 'noreply@mailer.example' }, ACME)).toEqual([]);
    });
  });

  describe('a known contact’s name from an unknown address', () => {
    it.each<[string, string, TrustCustomer | null, [string, string][]]>([
      ['from free mail', '"Hans Müller" <hans.mueller.acme@gmail.com>', null, [['display_name_mismatch', 'high']]],
      ['in "Last, First" order, from free mail', '"MÜLLER, Hans" <x@gmail.com>', null, [['display_name_mismatch', 'high']]],
      ['with the name reversed, from free mail', '"Müller Hans" <hm1977@outlook.com>', null, [['display_name_mismatch', 'high']]],
      ['from an unknown firm', '"Hans Müller" <hans@mueller-consulting.example>', null, [['display_name_mismatch', 'medium']]],
      ['from a look-alike', '"Hans Müller" <hans.mueller@acme-de.com>', null, [['lookalike_domain', 'high'], ['display_name_mismatch', 'high']]],
      ['from a known address', '"Müller, Hans" <Hans.Mueller@acme.de>', ACME, []],
      ['from a new mailbox at the customer’s other domain', '"Hans Müller" <h.mueller@acme.com>', ACME, []],
      ['a namesake at another customer', '"Zhang Wei" <wei@northern-imports.example>', null, []],
      ['a one-word name', '"Anna" <anna.x@gmail.com>', null, []],
    ])('%s', (_case, from, customer, expected) => {
      expect(codes(warn({ from }, customer))).toEqual(expected);
    });

    it('names the contact, the customer and the address', () => {
      expect(warn({ from: '"Hans Müller" <hans.mueller.acme@gmail.com>' })[0]?.reason).toBe(
        '“Hans Müller” is a contact at Acme Haushaltswaren GmbH, but writes from hans.mueller.acme@gmail.com, a free-mail address never seen for them',
      );
    });
  });

  describe('bank details', () => {
    it.each([
      ['English', 'Dear Lisa, please remit to our new account below.'],
      ['Chinese', '您好，请把货款汇到以下新账户。'],
    ])('warns high on a change in %s and quotes it', (_case, body) => {
      const warnings = warn({ from: 'hans.mueller@acme.de', body }, ACME);
      expect(codes(warnings)).toEqual([['bank_change', 'high']]);
      expect(warnings[0]?.reason).toContain(body.includes('新账户') ? '新账户' : 'new account');
    });

    it('reads the subject too', () => {
      expect(codes(warn({ from: 'hans.mueller@acme.de', subject: 'Change of bank details', body: 'See attached.' }, ACME))).toEqual([['bank_change', 'high']]);
    });

    it('stays quiet for an invoice that lists bank details', () => {
      expect(warn({ from: 'hans.mueller@acme.de', body: 'Beneficiary: Acme GmbH\nIBAN: DE89 3704 0044 0532 0130 00\nPlease confirm you received our payment.' }, ACME)).toEqual([]);
    });
  });

  describe('a new free-mail address', () => {
    it('warns medium when a resolved customer writes from free mail never seen before', () => {
      expect(codes(warn({ from: 'acme.orders@gmail.com' }, ACME))).toEqual([['new_address', 'medium']]);
    });

    it('stays quiet for a free-mail address already on file', () => {
      expect(warn({ from: 'anna.schmidt.home@gmail.com' }, ACME)).toEqual([]);
    });

    it('gives way to the display-name warning, which says more', () => {
      expect(codes(warn({ from: '"Hans Müller" <acme.orders@gmail.com>' }, ACME))).toEqual([['display_name_mismatch', 'high']]);
    });
  });

  it('puts high first, keeps one warning per code, each one schema-valid line of at most 140 characters', () => {
    const warnings = warn({
      from: '"Hans Müller" <hans.mueller@acme-de.com>',
      replyTo: 'payments.dept.of.a.very.long.name@gmail.com, other@yahoo.com',
      body: 'Due to tax audit our account is under review, pay to the account below. We have changed our bank account.',
    });
    expect(codes(warnings)).toEqual([
      ['lookalike_domain', 'high'],
      ['bank_change', 'high'],
      ['display_name_mismatch', 'high'],
      ['reply_to_mismatch', 'high'],
    ]);
    for (const warning of warnings) {
      expect(TrustWarning.parse(warning)).toEqual(warning);
      expect(warning.reason.length).toBeLessThanOrEqual(140);
      expect(warning.reason).not.toMatch(/\n/);
    }
    const medium = warn({ from: 'info@northern-imports-group.example', body: 'Please remit to our new account.' });
    expect(codes(medium)).toEqual([
      ['bank_change', 'high'],
      ['lookalike_domain', 'medium'],
    ]);
  });
});

describe('trustHeaders', () => {
  it('parses core’s message shape, header strings and client pairs alike', () => {
    expect(trustHeaders({ from: '"Müller, Hans" <Hans.Mueller@ACME.de>', replyTo: [{ name: 'Pay', address: 'pay@gmail.com' }], sender: null })).toEqual({
      from: { name: 'Müller, Hans', address: 'Hans.Mueller@acme.de', domain: 'acme.de' },
      replyTo: [{ name: 'Pay', address: 'pay@gmail.com', domain: 'gmail.com' }],
      sender: null,
    });
  });
});
