import { describe, expect, it } from 'vitest';
import { paymentTouchpoints } from '../touchpoints/payments.ts';
import { priceChangeNotices } from '../touchpoints/price-changes.ts';
import { order, record, testConfig } from '../touchpoints/test-records.ts';
import { draftMessage, DRAFT_LANGUAGES, TEMPLATE_FILES } from './draft-message.ts';
import { draftRequestFor, quoteRefFrom, sampleProductFrom, type DraftFacts } from './draft-values.ts';

const today = '2026-11-25';
const facts = (over: Partial<DraftFacts> = {}): DraftFacts => ({ language: 'en', contactName: 'Anna Huber', repName: 'Li Wei', companyName: 'Lumen Home', today, ...over });

function draftOf(...args: Parameters<typeof draftRequestFor>) {
  const plan = draftRequestFor(...args);
  if (!plan.success) throw new Error(plan.issue.message);
  return { ...plan.request, ...draftMessage(plan.request) };
}

describe('draftRequestFor from a touchpoint', () => {
  it('writes a payment reminder from the planner’s own suggestion, amount and date as Austrian German writes them', () => {
    const ctx = { record: record({ orders: [order('2026-09-01', { status: 'shipped', paidAt: null, paymentDue: '2026-11-10', contractNo: 'LH-2026-118', amount: 18_400 })] }), tier: 'B' as const, config: testConfig(), today, until: '2026-12-09' };
    const [touchpoint] = paymentTouchpoints(ctx);
    const draft = draftOf({ touchpoint: touchpoint! }, facts({ language: 'de-AT' }));
    expect(draft.template).toBe('payment_reminder');
    expect(draft.language).toBe('de');
    expect(draft.values).toMatchObject({ contractNo: 'LH-2026-118', amount: 'USD\u00a018.400,00', dueDate: '10. November 2026' });
    expect(draft.subject).toBe('Freundliche Erinnerung: Zahlung zu Vertrag LH-2026-118');
    expect(draft.body).toContain('Guten Tag Anna Huber');
  });

  it('writes a price-change notice with the first product, its new price and the effective date', () => {
    const change = { key: 'steel-2027', announcedOn: '2026-11-20', effectiveOn: '2027-01-01', increase: 0.1, applies: [] };
    const ctx = { record: record({ orders: [order('2026-10-01', { lines: [{ product: 'EK-1701 Electric kettle 1.7 L, stainless steel', unitPrice: 7.2 }] })] }), tier: 'A' as const, config: testConfig([change]), today, until: '2026-12-09' };
    const [touchpoint] = priceChangeNotices(ctx);
    expect(touchpoint).toBeDefined();
    const draft = draftOf({ touchpoint: touchpoint! }, facts());
    expect(draft.values).toMatchObject({ product: 'EK-1701 Electric kettle 1.7 L', newPrice: 'USD\u00a07.56', effectiveDate: 'January 1, 2027' });
  });

  it('takes the quotation number from the quoted mail’s subject', () => {
    const draft = draftOf({ touchpoint: { kind: 'follow_up_quote', detail: { template: 'follow_up_quote', subject: 'Re: Quotation Q-2611-07 – Air fryer 5 L' } } }, facts());
    expect(draft.subject).toBe('Following up on our quotation Q-2611-07');
  });

  it('greets for the occasion in the draft’s language, with the holiday’s name in that language', () => {
    const draft = draftOf({ touchpoint: { kind: 'holiday_greeting', detail: { occasion: 'lunar_new_year', template: 'lunar_new_year', holidayDate: '2027-02-06' } } }, facts({ language: 'zh-CN', contactName: '王芳' }));
    expect(draft.language).toBe('zh');
    expect(draft.values.holidayName).toBe(TEMPLATE_FILES.zh.holidayNames.lunar_new_year);
    expect(draft.body).toContain('尊敬的王芳');
  });

  it('counts the years of an anniversary from the detail', () => {
    const draft = draftOf({ touchpoint: { kind: 'anniversary', detail: { template: 'order_anniversary', years: 5, firstOrderOn: '2021-12-01' } } }, facts({ language: 'es' }));
    expect(draft.subject).toBe('5 años trabajando juntos');
  });

  it('finds the sample’s product in the sample mail’s subject', () => {
    const draft = draftOf({ touchpoint: { kind: 'follow_up_sample', detail: { template: 'follow_up_sample', subject: 'Samples EK-1701 Electric kettle – DHL 4711' } } }, facts());
    expect(draft.values.product).toBe('EK-1701 Electric kettle');
  });

  it('asks how the last delivered order went when keeping in touch', () => {
    const orders = [order('2026-06-01', { contractNo: 'OLD' }), order('2026-09-01', { contractNo: 'LAST', status: 'shipped', shippedAt: '2026-10-01', paidAt: null }), order('2026-11-01', { contractNo: 'NEW', status: 'open', paidAt: null })];
    const draft = draftOf({ touchpoint: { kind: 'cadence', detail: { cadenceDays: 30 } } }, facts({ orders }));
    expect(draft.template).toBe('satisfaction_check');
    expect(draft.values.contractNo).toBe('LAST');
  });
});

describe('draftRequestFor from a template key', () => {
  it('fills a payment reminder from the unpaid order falling due first', () => {
    const orders = [
      order('2026-10-01', { contractNo: 'LATER', status: 'shipped', paidAt: null, paymentDue: '2026-12-20', amount: 5000 }),
      order('2026-09-01', { contractNo: 'FIRST', status: 'shipped', paidAt: null, paymentDue: '2026-11-30', amount: 1200.5, currency: 'EUR' }),
      order('2026-08-01', { contractNo: 'PAID' }),
    ];
    const draft = draftOf({ template: 'payment_reminder' }, facts({ language: 'fr', orders }));
    expect(draft.values).toMatchObject({ contractNo: 'FIRST', amount: '1\u202f200,50\u00a0EUR', dueDate: '30 novembre 2026' });
  });

  it('takes the latest product for a reorder check-in, and the years since the first order', () => {
    const orders = [order('2021-11-28', { lines: [{ product: 'AF-500 Air fryer, 5 L' }] }), order('2026-09-01', { lines: [{ product: 'EK-1701 Electric kettle 1.7 L, steel' }] })];
    expect(draftOf({ template: 'reorder_check_in' }, facts({ orders })).values.product).toBe('EK-1701 Electric kettle 1.7 L');
    expect(draftOf({ template: 'order_anniversary' }, facts({ orders })).values.years).toBe(5);
  });

  it('lets the caller’s values win', () => {
    const draft = draftOf({ template: 'follow_up_quote' }, facts({ values: { quoteRef: 'QT-9', contactName: 'Ms Huber' } }));
    expect(draft.subject).toBe('Following up on our quotation QT-9');
    expect(draft.body).toMatch(/^Dear Ms Huber,/);
  });

  it.each(DRAFT_LANGUAGES)('greets no one by name in %s with the neutral salutation', (lang) => {
    const draft = draftOf({ template: 'christmas' }, facts({ language: lang, contactName: null }));
    expect(draft.values.contactName).toBe(TEMPLATE_FILES[lang].neutralContactName);
    expect(TEMPLATE_FILES[lang].neutralContactName.trim()).not.toBe('');
    expect(draft.body).toContain(TEMPLATE_FILES[lang].neutralContactName);
  });

  it('writes figures in English when the contact’s language has no templates', () => {
    const orders = [order('2026-09-01', { contractNo: 'JP-1', status: 'shipped', paidAt: null, paymentDue: '2026-12-01', amount: 250_000, currency: 'JPY' })];
    const draft = draftOf({ template: 'payment_reminder' }, facts({ language: 'ja', orders }));
    expect(draft.language).toBe('en');
    expect(draft.values).toMatchObject({ amount: 'JPY\u00a0250,000', dueDate: 'December 1, 2026' });
  });
});

describe('draftRequestFor issues', () => {
  it('names an unknown template', () => {
    expect(draftRequestFor({ template: 'valentines' }, facts())).toEqual({
      success: false,
      issue: expect.objectContaining({ code: 'unknown_template', path: ['template'], message: expect.stringContaining('"valentines"') }),
    });
  });

  it('names the placeholder nothing fills', () => {
    expect(draftRequestFor({ template: 'follow_up_quote' }, facts())).toEqual({
      success: false,
      issue: expect.objectContaining({ code: 'missing_value', path: ['values', 'quoteRef'], message: expect.stringContaining('{quoteRef}') }),
    });
    // A paid order answers none of a payment reminder's figures: all three are named.
    expect(draftRequestFor({ template: 'payment_reminder' }, facts({ orders: [order('2026-01-01')] }))).toMatchObject({
      success: false,
      issue: { path: ['values', 'amount'], message: expect.stringContaining('{amount}, {contractNo}, {dueDate}') },
    });
  });

  it('has no template for a reply or a reminder', () => {
    expect(draftRequestFor({ touchpoint: { kind: 'reply', detail: { interactionId: 'i-1' } } }, facts())).toMatchObject({
      success: false,
      issue: { code: 'no_draft_for_touchpoint', path: ['touchpoint', 'kind'] },
    });
  });
});

describe('subjects', () => {
  it.each([
    ['Quotation Q-2611-07 – Electric kettle', 'Q-2611-07'],
    ['RE: AW: Angebot Nr. 2026/118', '2026/118'],
    ['回复：报价单 QT-88', 'QT-88'],
    ['PI no. LH-2026-118.', 'LH-2026-118'],
    ['Re: Prices for kettles', '“Prices for kettles”'],
  ])('%s → %s', (subject, ref) => {
    expect(quoteRefFrom(subject, 'en')).toBe(ref);
  });

  it('quotes a subject as the language does', () => {
    expect(quoteRefFrom('Preise Wasserkocher', 'de')).toBe('„Preise Wasserkocher“');
  });

  it.each([
    ['Re: Samples AF-500 Air fryer – DHL 123', 'AF-500 Air fryer'],
    ['Sample of EK-1701 kettle (2 pcs)', 'EK-1701 kettle'],
    ['样品 EK-1701', 'EK-1701'],
  ])('sample subject %s → %s', (subject, product) => {
    expect(sampleProductFrom(subject)).toBe(product);
  });
});
