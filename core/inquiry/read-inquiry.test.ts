import { describe, expect, it } from 'vitest';
import { InquirySignals } from '../inquiry-context.ts';
import { fixture, testConfig } from './fixtures/index.ts';
import { readInquiry, type InquiryMail } from './read-inquiry.ts';

const read = (mail: InquiryMail) => readInquiry(mail, testConfig);

const GERMAN_INQUIRY: InquiryMail = {
  from: 'Hans Müller <h.mueller@kuechenwelt.de>',
  to: 'sales@lumen-home.example',
  subject: 'Inquiry: electric kettles',
  bodyText: [
    'Dear Sir or Madam,',
    '',
    'we are an importer and distributor of small kitchen appliances. We are interested in your electric kettles',
    'and air fryers (GS, CE and LFGB required).',
    'Please quote FOB Ningbo for 5,000 pcs and 2x40HQ. Our target price is USD 12.5/pc. Could you send samples ASAP?',
    '',
    'Mit freundlichen Grüßen',
    'Hans Müller',
    'Küchenwelt GmbH',
    'Tel: +49 40 1234567',
    'Address: Hauptstraße 5, 20095 Hamburg, Germany',
    'www.kuechenwelt.de',
    '',
    'On Mon, 3 Nov 2026 at 10:02, Sales <sales@lumen-home.example> wrote:',
    '> We also offer rice cookers and blenders at 3 tons MOQ, DDP, with UL.',
  ].join('\n'),
};

describe('readInquiry', () => {
  it('reads an English inquiry: products, quantities, terms, price, buyer type, certificates, requests', () => {
    const { signals } = read(GERMAN_INQUIRY);
    expect(signals).toMatchObject({
      products: [
        { term: 'electric kettle', catalogueKey: 'kettle', category: 'small_appliances' },
        { term: 'small kitchen appliances', catalogueKey: null, category: 'small_appliances' },
        { term: 'air fryer', catalogueKey: 'air-fryer', category: 'small_appliances' },
      ],
      quantities: [
        { value: 5000, unit: 'pcs', text: '5,000 pcs' },
        { value: 2, unit: '40HQ', text: '2x40HQ' },
      ],
      incoterm: 'FOB',
      targetPrice: { amount: 12.5, currency: 'USD' },
      buyerTypeHints: ['importer', 'distributor'],
      certificates: ['CE', 'GS', 'LFGB'],
      sampleRequested: true,
      urgent: true,
      language: 'en',
    });
  });

  it('does not read the quoted reply', () => {
    const { signals, body } = read(GERMAN_INQUIRY);
    expect(signals.products.map((p) => p.catalogueKey)).not.toContain('rice-cooker');
    expect(signals.products.map((p) => p.catalogueKey)).not.toContain('blender');
    expect(signals.incoterm).toBe('FOB');
    expect(signals.certificates).not.toContain('UL');
    expect(signals.quantities.map((q) => q.unit)).not.toContain('tons');
    expect(body).not.toContain('rice cookers');
  });

  it('sets the signature apart and reads the buyer and country from it', () => {
    const { signals, signature, body } = read(GERMAN_INQUIRY);
    expect(body.endsWith('Could you send samples ASAP?')).toBe(true);
    expect(signature).toBe('Mit freundlichen Grüßen\nHans Müller\nKüchenwelt GmbH\nTel: +49 40 1234567\nAddress: Hauptstraße 5, 20095 Hamburg, Germany\nwww.kuechenwelt.de');
    expect(signals.buyer).toEqual({
      source: 'signature',
      marketplace: null,
      name: 'Hans Müller',
      company: 'Küchenwelt GmbH',
      country: 'DE',
      email: null,
      phone: '+49401234567',
      website: 'www.kuechenwelt.de',
    });
    expect(signals.countryGuesses).toEqual([{ country: 'DE', source: 'address', confidence: 0.97 }]);
  });

  it('reads a Chinese inquiry', () => {
    const { signals } = read({
      from: '张经理 <zhang.wei@163.com>',
      subject: '询价：电饭煲',
      bodyText: '您好，\n我们是迪拜的经销商，需要两个40尺高柜的电饭煲和500台空气炸锅，离岸价，单价5美元，需要CE认证。请尽快报价，并寄样品。\n\n此致\n敬礼\n张伟\n电话：+971 50 123 4567',
    });
    expect(signals).toMatchObject({
      products: [
        { term: '电饭煲', catalogueKey: 'rice-cooker' },
        { term: '空气炸锅', catalogueKey: 'air-fryer' },
      ],
      quantities: [
        { value: 2, unit: '40HQ' },
        { value: 500, unit: 'units' },
      ],
      incoterm: 'FOB',
      targetPrice: { amount: 5, currency: 'USD' },
      buyerTypeHints: ['distributor'],
      certificates: ['CE'],
      sampleRequested: true,
      urgent: true,
      language: 'zh',
      buyer: { source: 'signature', name: '张伟', phone: '+971501234567', country: 'AE' },
    });
    expect(signals.countryGuesses[0]).toMatchObject({ country: 'AE', source: 'phone' });
  });

  it('reads an HTML-only Outlook reply without its quoted part', () => {
    const bodyHtml = `<html><body><div class="WordSection1">
      <p class="MsoNormal">Dear Lily,</p>
      <p class="MsoNormal">Thanks for the catalogue. Please quote 1,000 sets of the knife set, CIF Durban. Target price USD 7.20/set.</p>
      <p class="MsoNormal">Best regards,<br>Sipho Dlamini<br>Ubuntu Homeware (Pty) Ltd<br>Tel: +27 21 555 0147</p>
      <div id="appendonsend"></div>
      <hr style="display:inline-block;width:98%">
      <div id="divRplyFwdMsg"><b>From:</b> Lily Chen &lt;lily@lumen-home.example&gt;<br><b>Sent:</b> Monday, 3 November 2026 10:02<br><b>Subject:</b> Catalogue</div>
      <div><p>Dear Sipho, attached our catalogue of blenders, toasters and rice cookers, FOB Ningbo, UL listed.</p></div>
      </div></body></html>`;
    const { signals, body } = read({ from: 'Sipho Dlamini <sipho@ubuntuhomeware.co.za>', subject: 'RE: Catalogue', bodyHtml });
    expect(body).toBe('Dear Lily,\n\nThanks for the catalogue. Please quote 1,000 sets of the knife set, CIF Durban. Target price USD 7.20/set.');
    expect(signals).toMatchObject({
      products: [{ catalogueKey: 'cutlery' }],
      quantities: [{ value: 1000, unit: 'sets' }],
      incoterm: 'CIF',
      targetPrice: { amount: 7.2, currency: 'USD' },
      certificates: [],
      buyer: { source: 'signature', name: 'Sipho Dlamini', company: 'Ubuntu Homeware (Pty) Ltd', country: 'ZA' },
    });
    expect(signals.countryGuesses[0]).toMatchObject({ country: 'ZA' });
  });

  it('reads an HTML-only Gmail reply without its quoted part', () => {
    const bodyHtml =
      '<div dir="ltr">Hola, necesitamos 300 hervidores eléctricos (electric kettle) urgente.<br><br>Saludos,<br>Lucía</div><br>' +
      '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">El lun, 3 nov 2026 a las 10:02, Sales (&lt;sales@lumen-home.example&gt;) escribió:<br></div>' +
      '<blockquote class="gmail_quote">We offer toasters and blenders.</blockquote></div>';
    const { signals } = read({ from: 'Lucía García <lucia@casanova.es>', subject: 'Re: Offer', bodyHtml });
    expect(signals.products.map((p) => p.catalogueKey)).toEqual(['kettle']);
    expect(signals).toMatchObject({ urgent: true, language: 'es', countryGuesses: [{ country: 'ES', source: 'cctld' }] });
  });

  it('reads a marketplace notification from the buyer’s message, not the platform’s text', () => {
    const { signals, body, marketplace } = read({ from: 'Alibaba.com <notice@notice.alibaba.com>', to: 'sales@lumen-home.example', subject: 'New inquiry from Carlos Mendez', bodyText: fixture('alibaba-en.txt') });
    expect(marketplace?.marketplace.key).toBe('alibaba');
    expect(body.startsWith('Hello,\nWe are a distributor of small appliances in Mexico.')).toBe(true);
    // The platform's own banner names toasters, blenders and air fryers: they are not the buyer's.
    expect(signals.products.map((p) => p.catalogueKey ?? p.term)).toEqual(['kettle', 'small appliances']);
    expect(signals).toMatchObject({
      quantities: [{ value: 2000, unit: 'pcs' }],
      incoterm: 'FOB',
      buyerTypeHints: ['distributor'],
      certificates: ['NOM'],
      sampleRequested: true,
      countryGuesses: [{ country: 'MX', source: 'marketplace' }],
      language: 'en',
      buyer: { source: 'marketplace', marketplace: 'Alibaba.com', name: 'Carlos Mendez', country: 'MX', email: null },
    });
  });

  it('reads the business type a platform records as a buyer-type hint', () => {
    const { signals } = read({ from: 'noreply@globalsources.com', bodyHtml: fixture('global-sources.html') });
    expect(signals.buyerTypeHints).toEqual(['importer', 'wholesaler']);
    expect(signals.buyer).toMatchObject({ company: 'Becker Haushaltswaren Import GmbH', country: 'DE' });
    expect(signals.countryGuesses[0]).toMatchObject({ country: 'DE', source: 'marketplace' });
  });

  it('gives empty signals for a plain hello', () => {
    const reading = read({ from: 'someone@example.com', subject: 'hello', bodyText: 'hello' });
    expect(reading).toEqual({
      signals: {
        products: [],
        quantities: [],
        incoterm: null,
        targetPrice: null,
        buyerTypeHints: [],
        certificates: [],
        sampleRequested: false,
        urgent: false,
        countryGuesses: [],
        language: null,
        buyer: null,
      },
      body: 'hello',
      signature: null,
      marketplace: null,
    });
  });

  it('reads nothing from near misses', () => {
    const { signals } = read({
      from: 'buyer@example.com',
      subject: 'PRICE LIST REQUEST',
      bodyText: 'PLEASE SEND YOUR PRICE LIST. We were fobbed off by another supplier in 2026, so we want to reach a new one. For example, our ERP system lists 1500W models.',
    });
    expect(signals).toMatchObject({ certificates: [], incoterm: null, quantities: [], targetPrice: null, sampleRequested: false });
  });

  it('weighs a free-mail ccTLD less than a company domain', () => {
    const company = read({ from: 'a@acme.fr', bodyText: 'Bonjour, merci de nous envoyer votre meilleur prix pour les bouilloires.' });
    const freeMail = read({ from: 'a@yahoo.fr', bodyText: 'Bonjour, merci de nous envoyer votre meilleur prix pour les bouilloires.' });
    expect(company.signals.countryGuesses).toEqual([{ country: 'FR', source: 'cctld', confidence: 0.6 }]);
    expect(freeMail.signals.countryGuesses).toEqual([{ country: 'FR', source: 'cctld', confidence: 0.35 }]);
    expect(company.signals.language).toBe('fr');
  });

  it('does not take a country the buyer names for the origin of goods (China) for theirs', () => {
    const { signals } = read({ from: 'a@gmail.com', bodyText: 'We buy kettles made in China for our shops in Kenya.' });
    expect(signals.countryGuesses).toEqual([{ country: 'KE', source: 'text', confidence: 0.3 }]);
  });

  it('reads full-width digits and letters as their ASCII forms', () => {
    const { signals } = read({ from: 'li@163.com', bodyText: '需要５０００ｐｃｓ电热水壶，ＦＯＢ宁波，ＣＥ认证。' });
    expect(signals).toMatchObject({ quantities: [{ value: 5000, unit: 'pcs' }], incoterm: 'FOB', certificates: ['CE'], products: [{ catalogueKey: 'kettle' }] });
  });

  it('gives signals that parse as InquirySignals', () => {
    for (const mail of [GERMAN_INQUIRY, { from: 'notice@notice.alibaba.com', bodyHtml: fixture('alibaba-en.html') }, { from: 'x@y.com', bodyText: '' }]) {
      expect(() => InquirySignals.parse(read(mail).signals)).not.toThrow();
    }
  });

  it('reads a 200 KB text mail and a 200 KB HTML mail', () => {
    const thread = `${GERMAN_INQUIRY.bodyText}\n` + '> an earlier message of a long thread, with kettles and CE and 500 pcs in it\n'.repeat(2600);
    const html = `<html><head><style>${'p.MsoNormal{margin:0cm;font-size:11pt}\n'.repeat(300)}</style></head><body>` + '<p class="MsoNormal" style="margin:0cm"><span lang="EN-US" style="font-size:10.5pt;font-family:Arial">We need electric kettles, 500 pcs, FOB, with CE and samples, and the packing details as discussed.</span></p>\n'.repeat(1000) + '</body></html>';
    expect(thread.length).toBeGreaterThan(195_000);
    expect(html.length).toBeGreaterThan(195_000);
    // Their speed is measured by bench/inquiry-read.bench.ts, not here.
    for (const mail of [{ from: 'a@acme.de', bodyText: thread }, { from: 'a@acme.de', bodyHtml: html }]) {
      const { signals } = read(mail);
      expect(signals.products.map((p) => p.catalogueKey)).toContain('kettle');
    }
  });
});
