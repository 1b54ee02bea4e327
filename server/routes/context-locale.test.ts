/**
 * The judgement speaks the rep's language: the same mail answered in Chinese when the sidebar
 * asks for `zh-CN` (or the rep's own setting says so), in English otherwise. Every sentence the
 * judgement writes is checked here once; the wording itself is tested in core.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SidebarContext, TodayView } from '../../core/index.ts';
import { ENGINES } from '../store/test-engines.ts';
import { apiFixture, type ApiFixture, type Who } from '../testing/api-fixture.ts';
import { kettleDistributor } from '../testing/kettle-distributor.ts';

/** Chinese characters somewhere in the text. */
const HAN = /\p{Script=Han}/u;

describe.each(ENGINES)('the judgement in the rep’s language on %s', (engine) => {
  let f: ApiFixture;
  beforeEach(async () => {
    f = await apiFixture(engine);
  });
  afterEach(() => f.dispose());

  const context = async (message: Record<string, unknown>, locale?: string | null, who: Who = 'repA') => {
    const res = await f.call(who, 'POST', '/api/context', locale === undefined ? { message } : { message, locale });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(SidebarContext.parse(res.body)).toEqual(res.body);
    return res.body;
  };

  const distributor = () => kettleDistributor(f);

  // From the known contact, with Reply-To to free mail: a warning besides the judgement.
  const known = { from: 'Jonas Berg <jonas@kessel-handel.de>', replyTo: 'jonas.berg.kessel@gmail.com', subject: 'Re: QT-77' };
  const inquiry = {
    from: 'Anna Roth <anna@neue-kuechen.de>',
    subject: 'Inquiry: electric kettles for our distribution',
    bodyText: 'Hello,\n\nWe are a distributor in Germany and would like a quotation for 5,000 pcs electric kettle, FOB Ningbo. Please send a sample.\n\nBest regards\nAnna Roth\nNeue Küchen GmbH',
  };

  const reasonOf = (body: any, kind: string) => body.touchpoints.find((t: any) => t.kind === kind)?.reason as string;

  it('answers a known sender in Chinese when asked for zh-CN, and in English by default', async () => {
    await distributor();
    const zh = await context(known, 'zh-CN');
    const en = await context(known);
    expect(zh.kind).toBe('customer');

    // The same judgement: tier, codes, ranking and dates are the same in both languages.
    expect(zh.customer.tier).toMatchObject({ tier: en.customer.tier.tier, score: en.customer.tier.score });
    expect(zh.touchpoints.map((t: any) => [t.kind, t.due, t.priority])).toEqual(en.touchpoints.map((t: any) => [t.kind, t.due, t.priority]));
    expect(zh.warnings.map((w: any) => w.code)).toEqual(en.warnings.map((w: any) => w.code));
    expect(zh.holidays.map((h: any) => h.date)).toEqual(en.holidays.map((h: any) => h.date));

    expect(zh.customer.countryName).toBe('德国');
    expect(en.customer.countryName).toBe('Germany');

    expect(zh.customer.tier.reasons.join('\n')).toMatch(/近 12 个月采购额 USD\s[\d.]+万，居前 \d+%/);
    expect(zh.customer.tier.reasons).toContain('近 12 个月下单 6 次');
    expect(en.customer.tier.reasons).toContain('6 orders in 12 months');
    expect(en.customer.tier.reasons.join('\n')).toMatch(/12-month revenue USD\s\d+k, top \d+%/);
    for (const reason of zh.customer.tier.reasons) expect(reason).toMatch(HAN);

    expect(reasonOf(zh, 'payment_overdue')).toMatch(/^合同 PI-K-5 的货款 USD\s45,000\.00 已于 11月1日 到期，逾期 24 天：/);
    expect(reasonOf(en, 'payment_overdue')).toMatch(/^Payment of USD\s45,000\.00 for PI-K-5 was due on 1 Nov \(24 days ago\): /);
    expect(reasonOf(zh, 'follow_up_quote')).toContain('报价“Quotation QT-77 kettles”已于 11月16日 发出');
    expect(reasonOf(en, 'follow_up_quote')).toContain('Quote "Quotation QT-77 kettles" sent on 16 Nov');
    for (const t of zh.touchpoints) expect(t.reason).toMatch(HAN);

    expect(zh.warnings[0]).toMatchObject({ code: 'reply_to_mismatch', reason: '回复地址指向免费邮箱（gmail.com），而邮件来自 kessel-handel.de' });
    expect(en.warnings[0]).toMatchObject({ code: 'reply_to_mismatch', reason: 'Reply-To goes to a free-mail address at gmail.com while the mail comes from kessel-handel.de' });

    expect(zh.holidays.find((h: any) => h.date === '2026-12-25')).toMatchObject({ name: '圣诞节', greet: true });
    expect(en.holidays.find((h: any) => h.date === '2026-12-25')).toMatchObject({ name: 'Christmas', greet: true });
    expect(reasonOf(zh, 'holiday_greeting')).toBe('圣诞节（12月25日）：请在 12月4日 前寄出贺卡或礼品，以便及时送达');
    expect(reasonOf(en, 'holiday_greeting')).toBe('Christmas on 25 Dec: send a card or gift by 4 Dec so it arrives in time');

    // Trait keys stay codes for the surfaces; their values are words.
    expect(Object.keys(zh.persona.traits)).toEqual(Object.keys(en.persona.traits));
    expect(zh.persona.traits).toMatchObject({ categories: '电热水壶', country: '德国', region: '欧洲', buyerClass: '中间商' });
    expect(en.persona.traits).toMatchObject({ categories: 'kettle', country: 'Germany', region: 'Europe', buyerClass: 'intermediary' });
  });

  it('names today’s public holiday there in the language asked for', async () => {
    await f.customer('repA', { code: 'SR-1', name: 'Paramaribo Trading NV', country: 'SR', domains: ['paramaribo-trading.sr'] });
    const zh = await context({ from: 'buyer@paramaribo-trading.sr', subject: 'Order' }, 'zh-CN');
    const en = await context({ from: 'buyer@paramaribo-trading.sr', subject: 'Order' }, 'en');
    expect(zh.customer.localTime).toMatchObject({ holidayToday: '苏里南独立日', businessHours: false });
    expect(en.customer.localTime).toMatchObject({ holidayToday: 'Independence Day', businessHours: false });
  });

  it('words the two languages apart for two reps in a row: the book index keeps figures, not words', async () => {
    await distributor();
    const first = await context(known, 'en');
    const zh = await context(known, 'zh-CN', 'manager');
    const again = await context(known, 'en');
    expect(again.customer.tier.reasons).toEqual(first.customer.tier.reasons);
    expect(again.touchpoints.map((t: any) => t.reason)).toEqual(first.touchpoints.map((t: any) => t.reason));
    expect(zh.customer.tier.reasons.every((r: string) => HAN.test(r))).toBe(true);
  });

  it('takes the rep’s own language when the request names none, and the request’s over it', async () => {
    await distributor();
    await f.database.db.updateTable('users').set({ locale: 'zh-CN' }).where('id', '=', f.users.repA.id).execute();
    expect((await context(known)).customer.tier.reasons[0]).toMatch(HAN);
    expect((await context(known, null)).customer.tier.reasons[0]).toMatch(HAN);
    expect((await context(known, 'en-GB')).customer.tier.reasons[0]).toMatch(/^12-month revenue/);
  });

  it('answers an unknown sender’s inquiry with Chinese questions and look-alike reasons', async () => {
    await distributor();
    const zh = await context(inquiry, 'zh-CN');
    const en = await context(inquiry);
    expect(zh.kind).toBe('inquiry');
    expect(zh.similar.map((s: any) => s.code)).toEqual(en.similar.map((s: any) => s.code));
    expect(zh.similar[0]).toMatchObject({ code: 'DE-KETTLE' });
    expect(zh.similar[0].because).toEqual(expect.arrayContaining(['分销商', '采购：电热水壶', '德国']));
    expect(en.similar[0].because).toEqual(expect.arrayContaining(['distributor', 'buys kettle', 'Germany']));
    expect(zh.questions.map((q: any) => q.dimension)).toEqual(en.questions.map((q: any) => q.dimension));
    expect(zh.questions.length).toBeGreaterThan(0);
    for (const q of zh.questions) expect(q.question).toMatch(/^\P{Script=Latin}*\p{Script=Han}.*？$/u);
    for (const q of en.questions) expect(q.question).toMatch(/^[A-Z].*\?$/);
  });

  it('warns in Chinese when the sender is another team’s customer', async () => {
    const south = await f.customer('repSouth', { code: 'AT-SOUTH', name: 'Südkessel GmbH', country: 'AT', domains: ['suedkessel.at'] });
    await f.contact('repSouth', { customerId: south.id, name: 'Eva Gruber', emails: ['eva@suedkessel.at'] });
    const body = await context({ from: 'Eva Gruber <eva@suedkessel.at>', replyTo: 'eva.gruber@outlook.com', subject: 'Invoice' }, 'zh-CN');
    expect(body.kind).toBe('owned_elsewhere');
    expect(body.warnings).toEqual([{ code: 'reply_to_mismatch', severity: 'high', reason: '回复地址指向免费邮箱（outlook.com），而邮件来自 suedkessel.at' }]);
  });

  it('plans Today in Chinese with ?locale=zh-CN, in English by default', async () => {
    await distributor();
    const zh = await f.call('repA', 'GET', '/api/today?horizon=14&locale=zh-CN');
    const en = await f.call('repA', 'GET', '/api/today?horizon=14');
    expect(zh.status).toBe(200);
    expect(TodayView.parse(zh.body)).toEqual(zh.body);
    expect(zh.body.items.map((i: any) => [i.customer.code, i.touchpoint.kind, i.touchpoint.due])).toEqual(en.body.items.map((i: any) => [i.customer.code, i.touchpoint.kind, i.touchpoint.due]));
    const overdue = (body: any) => body.items.find((i: any) => i.touchpoint.kind === 'payment_overdue').touchpoint.reason;
    expect(overdue(zh.body)).toMatch(/^合同 PI-K-5 的货款/);
    expect(overdue(en.body)).toMatch(/^Payment of USD\s45,000\.00 for PI-K-5/);
  });

  it('refuses a locale longer than a language tag, naming the field', async () => {
    const res = await f.call('repA', 'GET', `/api/today?locale=${'x'.repeat(36)}`);
    expect(res.status).toBe(422);
    expect(JSON.stringify(res.body)).toContain('locale');
  });
});
