import { describe, expect, it } from 'vitest';
import { MailMessage } from './message.ts';
import { rankCandidates, senderCandidates, type ContactHit, type DomainHit, type RankedCandidate } from './sender-resolution.ts';

const OWN = ['ourco.com', 'ourco.cn'];

const message = (fields: Record<string, unknown>) => MailMessage.parse(fields);
const received = (from: string, extra: Record<string, unknown> = {}) => senderCandidates(message({ from, ...extra }), OWN);

const contact = (customerId: string, contactId: string, address: string, active = true): ContactHit => ({ customerId, contactId, address, active });
const domain = (customerId: string, recorded: string, registrable: string): DomainHit => ({ customerId, domain: recorded, registrable });

/** The ranking without scores: who, on what basis, through which party. */
const order = (ranked: RankedCandidate[]) => ranked.map(({ customerId, basis, contactId, party }) => [customerId, basis, contactId, party]);

describe('senderCandidates', () => {
  it('reads received mail by From, Sender and Reply-To, de-duplicated, most primary first', () => {
    const candidates = received('"Doe, Hans" <Hans@Acme.de>', {
      sender: 'hans@acme.de',
      replyTo: 'Sales <sales@acme-trading.co.uk>, hans@ACME.de',
    });
    expect(candidates).toEqual({
      direction: 'received',
      internal: false,
      parties: [
        { name: 'Doe, Hans', address: 'Hans@acme.de', domain: 'acme.de', role: 'from' },
        { name: 'Sales', address: 'sales@acme-trading.co.uk', domain: 'acme-trading.co.uk', role: 'reply_to' },
      ],
      addresses: ['hans@acme.de', 'sales@acme-trading.co.uk'],
      domains: [
        { host: 'acme.de', registrable: 'acme.de' },
        { host: 'acme-trading.co.uk', registrable: 'acme-trading.co.uk' },
      ],
      marketplace: null,
      freeMail: false,
    });
  });

  it('keeps a Sender that differs from From, after From', () => {
    const candidates = received('boss@acme.de', { sender: 'assistant@acme.de' });
    expect(candidates.parties.map((p) => [p.role, p.address])).toEqual([
      ['from', 'boss@acme.de'],
      ['sender', 'assistant@acme.de'],
    ]);
    expect(candidates.domains).toEqual([{ host: 'acme.de', registrable: 'acme.de' }]);
  });

  it('guesses sent mail from an own From (sub-domains too) and reads To then Cc without own addresses', () => {
    const candidates = senderCandidates(
      message({
        from: 'Me <me@mail.ourco.com>',
        to: 'colleague@ourco.com, Buyer <buyer@acme.de>',
        cc: ['boss@acme.de', { name: 'Other', address: 'other@globex.com' }, 'me@ourco.cn'],
      }),
      OWN,
    );
    expect(candidates.direction).toBe('sent');
    expect(candidates.internal).toBe(false);
    expect(candidates.parties.map((p) => [p.role, p.address])).toEqual([
      ['to', 'buyer@acme.de'],
      ['cc', 'boss@acme.de'],
      ['cc', 'other@globex.com'],
    ]);
    expect(candidates.addresses).toEqual(['buyer@acme.de', 'boss@acme.de', 'other@globex.com']);
    expect(candidates.domains.map((d) => d.host)).toEqual(['acme.de', 'globex.com']);
  });

  it('takes the direction the message states over the guess', () => {
    const candidates = senderCandidates(message({ from: 'buyer@acme.de', to: 'x@globex.com', direction: 'sent' }), OWN);
    expect(candidates.direction).toBe('sent');
    expect(candidates.parties.map((p) => p.address)).toEqual(['x@globex.com']);
  });

  it.each<[string, Record<string, unknown>, 'sent' | 'received']>([
    ['sent colleague to colleague', { from: 'a@ourco.com', to: 'b@ourco.com', cc: 'c@sh.ourco.cn' }, 'sent'],
    ['received from a colleague', { from: 'a@ourco.com', direction: 'received' }, 'received'],
  ])('flags internal mail (%s) and offers nothing to look up', (_case, fields, direction) => {
    expect(senderCandidates(message(fields), OWN)).toEqual({
      direction,
      internal: true,
      parties: [],
      addresses: [],
      domains: [],
      marketplace: null,
      freeMail: false,
    });
  });

  it('does not flag sent mail without recipients as internal', () => {
    expect(senderCandidates(message({ from: 'a@ourco.com' }), OWN)).toMatchObject({ direction: 'sent', internal: false, parties: [] });
  });

  it('offers a free-mail sender for the address look-up only', () => {
    expect(received('Buyer <Buyer@Gmail.com>')).toMatchObject({
      addresses: ['buyer@gmail.com'],
      domains: [],
      freeMail: true,
      marketplace: null,
    });
  });

  it('reports a marketplace sender and offers no domain for it', () => {
    expect(received('Alibaba.com <notice@notice.alibaba.com>')).toMatchObject({
      addresses: ['notice@notice.alibaba.com'],
      domains: [],
      marketplace: { key: 'alibaba', name: 'Alibaba.com' },
      freeMail: false,
    });
  });

  it('still offers a buyer domain in Reply-To behind a marketplace From', () => {
    const candidates = received('notice@made-in-china.com', { replyTo: 'buyer@acme.de' });
    expect(candidates.marketplace).toEqual({ key: 'made_in_china', name: 'Made-in-China.com' });
    expect(candidates.domains).toEqual([{ host: 'acme.de', registrable: 'acme.de' }]);
  });

  it('offers an IDN sender in punycode', () => {
    expect(received('info@bücher.de')).toMatchObject({
      addresses: ['info@xn--bcher-kva.de'],
      domains: [{ host: 'xn--bcher-kva.de', registrable: 'xn--bcher-kva.de' }],
    });
  });

  it('offers a sub-domain host with its registrable domain', () => {
    expect(received('j@sales.acme.co.uk').domains).toEqual([{ host: 'sales.acme.co.uk', registrable: 'acme.co.uk' }]);
  });

  it('survives an unparseable From', () => {
    expect(received('undisclosed-recipients:;')).toMatchObject({ direction: 'received', internal: false, parties: [], addresses: [], domains: [] });
  });
});

describe('rankCandidates', () => {
  it('resolves an exact contact address', () => {
    const candidates = received('Hans <Hans@Acme.de>');
    const ranked = rankCandidates(candidates, { contacts: [contact('cust-1', 'con-1', 'hans@acme.de')], domains: [] });
    expect(order(ranked)).toEqual([['cust-1', 'contact_email', 'con-1', 'from']]);
  });

  it('resolves a contact through either of its two addresses, once', () => {
    const candidates = received('hans.mueller@acme.de', { replyTo: 'hans@acme.de' });
    const ranked = rankCandidates(candidates, {
      contacts: [contact('cust-1', 'con-1', 'hans@acme.de'), contact('cust-1', 'con-1', 'hans.mueller@acme.de')],
      domains: [domain('cust-1', 'acme.de', 'acme.de')],
    });
    expect(order(ranked)).toEqual([['cust-1', 'contact_email', 'con-1', 'from']]);
  });

  it('returns both customers that share an address, ordered by id when nothing else differs', () => {
    const ranked = rankCandidates(received('sales@trading.com'), {
      contacts: [contact('cust-b', 'con-b', 'sales@trading.com'), contact('cust-a', 'con-a', 'sales@trading.com')],
      domains: [],
    });
    expect(order(ranked)).toEqual([
      ['cust-a', 'contact_email', 'con-a', 'from'],
      ['cust-b', 'contact_email', 'con-b', 'from'],
    ]);
    expect(ranked[0]!.score).toBe(ranked[1]!.score);
  });

  it('returns both customers that share a domain', () => {
    const ranked = rankCandidates(received('new.person@acme.com'), {
      contacts: [],
      domains: [domain('cust-b', 'acme.com', 'acme.com'), domain('cust-a', 'ACME.com', 'acme.com')],
    });
    expect(order(ranked)).toEqual([
      ['cust-a', 'domain', null, 'from'],
      ['cust-b', 'domain', null, 'from'],
    ]);
  });

  it('ranks the customer recorded at the sub-domain above the one recorded at the registrable domain', () => {
    const ranked = rankCandidates(received('j@sales.acme.co.uk'), {
      contacts: [],
      domains: [domain('cust-a', 'acme.co.uk', 'acme.co.uk'), domain('cust-z', 'sales.acme.co.uk', 'acme.co.uk')],
    });
    expect(order(ranked)).toEqual([
      ['cust-z', 'domain', null, 'from'],
      ['cust-a', 'domain', null, 'from'],
    ]);
  });

  it('ranks the nearest recorded parent first and a sibling sub-domain last', () => {
    const ranked = rankCandidates(received('j@eu.sales.acme.co.uk'), {
      contacts: [],
      domains: [
        domain('cust-0-sibling', 'us.acme.co.uk', 'acme.co.uk'),
        domain('cust-1-root', 'acme.co.uk', 'acme.co.uk'),
        domain('cust-2-parent', 'sales.acme.co.uk', 'acme.co.uk'),
      ],
    });
    // Ids sort the other way round, so only the rule can produce this order.
    expect(ranked.map((r) => r.customerId)).toEqual(['cust-2-parent', 'cust-1-root', 'cust-0-sibling']);
  });

  it('ranks an inactive contact below an active one on the same address', () => {
    const ranked = rankCandidates(received('purchasing@acme.de'), {
      contacts: [contact('cust-a', 'con-old', 'purchasing@acme.de', false), contact('cust-b', 'con-new', 'purchasing@acme.de', true)],
      domains: [],
    });
    expect(order(ranked)).toEqual([
      ['cust-b', 'contact_email', 'con-new', 'from'],
      ['cust-a', 'contact_email', 'con-old', 'from'],
    ]);
  });

  it('ranks a domain match on From above a known contact on Reply-To: the sender comes first', () => {
    const ranked = rankCandidates(received('j@acme.de', { replyTo: 'agent@broker.com' }), {
      contacts: [contact('cust-b', 'con-b', 'agent@broker.com', false)],
      domains: [domain('cust-a', 'acme.de', 'acme.de')],
    });
    expect(order(ranked)).toEqual([
      ['cust-a', 'domain', null, 'from'],
      ['cust-b', 'contact_email', 'con-b', 'reply_to'],
    ]);
  });

  it('ranks a match on From above one on Reply-To, even an inactive one above an active one', () => {
    const ranked = rankCandidates(received('old@acme.de', { replyTo: 'new@globex.com' }), {
      contacts: [contact('cust-b', 'con-b', 'new@globex.com', true), contact('cust-a', 'con-a', 'old@acme.de', false)],
      domains: [],
    });
    expect(ranked.map((r) => [r.customerId, r.party])).toEqual([
      ['cust-a', 'from'],
      ['cust-b', 'reply_to'],
    ]);
  });

  it('resolves sent mail by To before Cc, and earlier recipients first', () => {
    const candidates = senderCandidates(
      message({ from: 'me@ourco.com', to: 'first@alpha.com, second@beta.com', cc: 'watcher@gamma.com' }),
      OWN,
    );
    const ranked = rankCandidates(candidates, {
      contacts: [contact('cust-1', 'con-1', 'watcher@gamma.com'), contact('cust-2', 'con-2', 'second@beta.com')],
      domains: [domain('cust-3', 'alpha.com', 'alpha.com')],
    });
    // Within To a contact beats a domain (even on a later recipient); anything on To beats Cc.
    expect(order(ranked)).toEqual([
      ['cust-2', 'contact_email', 'con-2', 'to'],
      ['cust-3', 'domain', null, 'to'],
      ['cust-1', 'contact_email', 'con-1', 'cc'],
    ]);
  });

  it('ranks a customer matched by several parties above one matched by one', () => {
    const ranked = rankCandidates(received('desk@trading.com', { replyTo: 'lee@trading.com' }), {
      contacts: [
        contact('cust-1', 'con-1', 'desk@trading.com'),
        contact('cust-2', 'con-2', 'desk@trading.com'),
        contact('cust-2', 'con-3', 'lee@trading.com'),
      ],
      domains: [],
    });
    expect(order(ranked)).toEqual([
      ['cust-2', 'contact_email', 'con-2', 'from'],
      ['cust-1', 'contact_email', 'con-1', 'from'],
    ]);
  });

  it('lists a customer once, with its contact basis when it also matches by domain', () => {
    const ranked = rankCandidates(received('hans@acme.de'), {
      contacts: [contact('cust-1', 'con-1', 'hans@acme.de')],
      domains: [domain('cust-1', 'acme.de', 'acme.de'), domain('cust-2', 'acme.de', 'acme.de')],
    });
    expect(order(ranked)).toEqual([
      ['cust-1', 'contact_email', 'con-1', 'from'],
      ['cust-2', 'domain', null, 'from'],
    ]);
  });

  it('gives no domain candidates to a free-mail sender, whatever the domain look-up returned', () => {
    const candidates = received('buyer@gmail.com');
    const ranked = rankCandidates(candidates, {
      contacts: [contact('cust-1', 'con-1', 'Buyer@GMAIL.com')],
      domains: [domain('cust-2', 'gmail.com', 'gmail.com')],
    });
    expect(order(ranked)).toEqual([['cust-1', 'contact_email', 'con-1', 'from']]);
  });

  it('gives no domain candidates to a marketplace sender', () => {
    const ranked = rankCandidates(received('notice@notice.alibaba.com'), {
      contacts: [],
      domains: [domain('cust-1', 'alibaba.com', 'alibaba.com')],
    });
    expect(ranked).toEqual([]);
  });

  it('ignores hits that match no party of the message', () => {
    const ranked = rankCandidates(received('j@acme.de'), {
      contacts: [contact('cust-1', 'con-1', 'someone@else.com')],
      domains: [domain('cust-2', 'other.de', 'other.de')],
    });
    expect(ranked).toEqual([]);
  });

  it('matches a contact recorded in unicode against the punycode sender', () => {
    const ranked = rankCandidates(received('Info <info@xn--bcher-kva.de>'), {
      contacts: [contact('cust-1', 'con-1', 'info@bücher.de')],
      domains: [domain('cust-2', 'bücher.de', 'xn--bcher-kva.de')],
    });
    expect(order(ranked)).toEqual([
      ['cust-1', 'contact_email', 'con-1', 'from'],
      ['cust-2', 'domain', null, 'from'],
    ]);
  });

  it('gives the same ranking and strictly ordered scores whatever order the hits arrive in', () => {
    const candidates = received('j@sales.acme.co.uk', { replyTo: 'k@acme.co.uk' });
    const contacts = [contact('cust-c', 'con-c', 'k@acme.co.uk'), contact('cust-d', 'con-d', 'j@sales.acme.co.uk', false)];
    const domains = [domain('cust-a', 'acme.co.uk', 'acme.co.uk'), domain('cust-b', 'sales.acme.co.uk', 'acme.co.uk')];
    const forward = rankCandidates(candidates, { contacts, domains });
    const backward = rankCandidates(candidates, { contacts: [...contacts].reverse(), domains: [...domains].reverse() });
    expect(backward).toEqual(forward);
    expect(forward.map((r) => r.customerId)).toEqual(['cust-d', 'cust-b', 'cust-a', 'cust-c']);
    const scores = forward.map((r) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(new Set(scores).size).toBe(scores.length);
  });
});
