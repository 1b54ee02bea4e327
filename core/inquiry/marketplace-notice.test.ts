import { describe, expect, it } from 'vitest';
import { fixture } from './fixtures/index.ts';
import { marketplaceOfMessage, readMarketplace, type MarketplaceBuyerFields } from './marketplace-notice.ts';

type Case = {
  file: string;
  from: string;
  buyer: Partial<MarketplaceBuyerFields>;
  /** Words the buyer's message starts with, and words it must not contain (the platform's footer). */
  opens: string;
  product?: string | null;
};

const CASES: Case[] = [
  {
    file: 'alibaba-en.txt',
    from: 'Alibaba.com <notice@notice.alibaba.com>',
    buyer: { name: 'Carlos Mendez', company: 'Electrodomesticos del Norte S.A. de C.V.', country: 'MX', email: null, phone: null },
    opens: 'Hello,\nWe are a distributor of small appliances in Mexico.',
    product: '1.7L Stainless Steel Electric Kettle with Temperature Control',
  },
  {
    file: 'alibaba-en.html',
    from: 'Alibaba.com <feedback@service.alibaba.com>',
    buyer: { name: 'Faisal Al-Harbi', company: 'Al Harbi Home Trading Est.', country: 'SA', email: null, phone: null },
    opens: 'Hi,\nWe are an importer and wholesaler based in Jeddah.',
  },
  {
    file: 'alibaba-zh.html',
    from: '"阿里巴巴国际站" <notice@notice.alibaba.com>',
    buyer: { name: 'Olga Ivanova', company: 'OOO Dom i Kukhnya', country: 'RU' },
    opens: 'Hello! We are a chain store in Moscow with 40 shops.',
    product: 'Stainless Steel Vacuum Flask 500ml',
  },
  {
    file: 'alibaba-zh.txt',
    from: 'notice@notice.alibaba.com',
    buyer: { name: 'Nguyen Van An', company: 'An Phat Trading Co., Ltd', country: 'VN', email: 'an.nguyen@anphat.com.vn' },
    opens: 'Dear supplier,\nWe are importer in Ho Chi Minh City.',
    product: 'Electric Kettle 1.7L 304 Stainless Steel',
  },
  {
    file: 'made-in-china.txt',
    from: 'Made-in-China.com <inquiry@made-in-china.com>',
    buyer: { name: 'Anna Kowalska', company: 'Kuchnia Plus Sp. z o.o.', country: 'PL', email: 'anna.kowalska@kuchniaplus.pl', phone: '+48221234567', website: 'www.kuchniaplus.pl' },
    opens: 'Dear Sir/Madam,\nWe are a retail chain in Poland (35 stores).',
    product: '12pcs Stainless Steel Cookware Set with Glass Lid',
  },
  {
    file: 'made-in-china.html',
    from: 'Made-in-China.com <service@made-in-china.com>',
    buyer: { name: 'Diego Rojas', company: 'Comercial Rojas Ltda.', country: 'CL', email: 'diego.rojas@comercialrojas.cl', website: null },
    opens: 'Hello, I am a buyer from Chile.',
    product: '1500W Professional Blender for Smoothies',
  },
  {
    file: 'global-sources.html',
    from: 'Global Sources <noreply@globalsources.com>',
    buyer: { name: 'Thomas Becker', company: 'Becker Haushaltswaren Import GmbH', country: 'DE', email: 't.becker@becker-haushalt.de', phone: '+492219876543', website: 'www.becker-haushalt.de' },
    opens: 'Dear Sir,\n\nplease send your offer for the 1.8L rice cooker.',
    product: 'Digital Rice Cooker 1.8L',
  },
  {
    file: 'global-sources.txt',
    from: 'Global Sources <noreply@globalsources.com>',
    buyer: { name: 'Priya Nair', company: 'Nair Home Retail Pvt Ltd', country: 'IN', email: 'priya@nairhome.in' },
    opens: 'Hi, we run an online store',
    product: 'Digital Rice Cooker 1.8L',
  },
  {
    file: 'dhgate.txt',
    from: 'DHgate <noreply@dhgate.com>',
    buyer: { name: 'jackson_m88', country: 'AU', email: null },
    opens: 'hi, can you do 50 pcs kettles',
    product: 'Electric Kettle 1.7L Glass with Blue LED',
  },
  {
    file: 'dhgate.html',
    from: 'DHgate <noreply@dhgate.com>',
    buyer: { name: 'sofia.k', country: 'GR' },
    opens: 'Hello, I want 20 pcs toasters',
    product: '2 Slice Toaster Stainless Steel',
  },
  {
    file: 'indiamart.txt',
    from: 'IndiaMART <buyleads@indiamart.com>',
    buyer: { name: 'Rajesh Kumar', company: 'Shree Gifts & Promotions', country: 'IN', email: 'rajesh.kumar@shreegifts.co.in', phone: null },
    opens: 'I want to buy stainless steel vacuum flask',
    product: 'Stainless Steel Vacuum Flask',
  },
  {
    file: 'indiamart.html',
    from: 'IndiaMART <buyleads@indiamart.com>',
    buyer: { name: 'Lakshmi Narayanan', company: 'Sri Lakshmi Home Appliances', country: 'IN', email: 'lakshmi@srilakshmihome.in', phone: '+919840012345' },
    opens: 'Looking for 750W juicer mixer grinder',
  },
  {
    file: 'tradekey.html',
    from: 'TradeKey <inquiry@tradekey.com>',
    buyer: { name: 'Mohammed Saleh', company: 'Saleh General Trading LLC', country: 'AE' },
    opens: 'Dear supplier, we are a trading company in Dubai',
    product: 'Toaster',
  },
  {
    file: 'tradekey.txt',
    from: 'TradeKey <inquiry@tradekey.com>',
    buyer: { name: 'Emeka Okafor', company: 'Okafor & Sons Enterprises', country: 'NG' },
    opens: 'Hello, we are wholesalers in Lagos.',
    product: 'Rice Cooker 1.8L',
  },
];

const FOOTER = /reply now|do not reply|copyright|log in|立即回复|请勿|this email was sent|view this/i;

describe('readMarketplace', () => {
  it.each(CASES)('reads $file', ({ file, from, buyer, opens, product }) => {
    const body = fixture(file);
    const message = { from, to: 'sales@lumen-home.example', subject: 'New inquiry', ...(file.endsWith('.html') ? { bodyHtml: body } : { bodyText: body }) };
    const notice = readMarketplace(message, { ownDomains: ['lumen-home.example'] });
    expect(notice).not.toBeNull();
    expect(notice!.buyer).toMatchObject(buyer);
    expect(notice!.message.startsWith(opens)).toBe(true);
    expect(notice!.message).not.toMatch(FOOTER);
    if (product !== undefined) expect(notice!.product).toBe(product);
  });

  it('names the platform', () => {
    const names = CASES.map(({ file, from }) => readMarketplace({ from, bodyText: file.endsWith('.txt') ? fixture(file) : null, bodyHtml: file.endsWith('.html') ? fixture(file) : null })!.marketplace.key);
    expect([...new Set(names)]).toEqual(['alibaba', 'made_in_china', 'global_sources', 'dhgate', 'indiamart', 'tradekey']);
  });

  it('returns null for a mail that is not from a marketplace', () => {
    expect(readMarketplace({ from: 'Buyer <buyer@acme.de>', bodyText: 'Name: John\nMessage: need kettles' })).toBeNull();
  });

  it('recognises the platform by the Sender when From shows the buyer', () => {
    expect(marketplaceOfMessage({ from: '"John Smith via Alibaba" <john@acme.com>', sender: 'notice@notice.alibaba.com' })).toEqual({ key: 'alibaba', name: 'Alibaba.com' });
  });

  it('takes the buyer address from a Reply-To the platform set', () => {
    const notice = readMarketplace({ from: 'service@made-in-china.com', replyTo: 'Anna <anna@kuchniaplus.pl>', bodyText: 'Sender: Anna\nContent:\nNeed 100 pans.' });
    expect(notice!.buyer.email).toBe('anna@kuchniaplus.pl');
  });

  it('never reports the rep’s own address or a masked one', () => {
    const bodyText = 'Buyer: John\nEmail: j***@a***.com\nMessage:\nNeed kettles.\n\nThis email was sent to li.wei@lumen-home.example.';
    const notice = readMarketplace({ from: 'notice@notice.alibaba.com', to: 'li.wei@lumen-home.example', replyTo: 'no-reply@service.alibaba.com', bodyText });
    expect(notice!.buyer.email).toBeNull();
  });

  it('takes an address the buyer wrote into the message', () => {
    const notice = readMarketplace({ from: 'noreply@dhgate.com', bodyText: 'Buyer: jo\nMessage:\nplease write to jo.buyer@outlook.com for the offer' });
    expect(notice!.buyer.email).toBe('jo.buyer@outlook.com');
  });

  it('reads a label on one line and its value on the next, in any order', () => {
    const bodyText = 'Country/Region\n\nSpain\nCompany\nCasa Nova S.L.\nName\nLucia Garcia\nMessage\nNecesitamos 500 hervidores.\nReply now';
    const notice = readMarketplace({ from: 'notice@notice.alibaba.com', bodyText });
    expect(notice).toMatchObject({ buyer: { name: 'Lucia Garcia', company: 'Casa Nova S.L.', country: 'ES' }, message: 'Necesitamos 500 hervidores.' });
  });

  it('reads the country from a location line or the subject when there is no country field', () => {
    const fromCity = readMarketplace({ from: 'buyleads@indiamart.com', bodyText: 'Name: Ravi\nCity: Surat, Gujarat, India\nRequirement details: 100 kettles' });
    expect(fromCity!.buyer.country).toBe('IN');
    const fromSubject = readMarketplace({ from: 'notice@notice.alibaba.com', subject: 'New inquiry from Ali (Saudi Arabia)', bodyText: 'Message: need air fryers' });
    expect(fromSubject!.buyer.country).toBe('SA');
  });

  it('keeps the buyer’s own "Quantity:" line inside the message', () => {
    const notice = readMarketplace({ from: 'notice@notice.alibaba.com', bodyText: 'Message:\nHello\nQuantity: 500 pcs\nPlease quote.\nName: Jo\nCountry: Kenya' });
    expect(notice!.message).toBe('Hello\nQuantity: 500 pcs\nPlease quote.');
    expect(notice!.buyer.country).toBe('KE');
  });

  it('reads a notification with no message label: the lines that are not fields or footer', () => {
    const notice = readMarketplace({ from: 'noreply@globalsources.com', bodyText: 'Name: Jo\nCountry: Kenya\n\nWe need 200 blenders.\n\nReply to Buyer\nPlease do not reply to this email.' });
    expect(notice!.message).toBe('We need 200 blenders.');
  });
});
