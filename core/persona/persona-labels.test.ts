import { describe, expect, it } from 'vitest';
import { CATALOGUES, UI_LOCALES } from '../i18n/messages.ts';
import { translator } from '../i18n/messages.ts';
import { DIMENSIONS, type DimensionKey } from './dimensions.ts';
import { alikeReasonText, personaWording, questionText, readable, TRAIT_KEYS, traitValues, type AlikeReason } from './persona-labels.ts';
import { testConfig } from './test-fixtures.ts';

const config = testConfig();
/** Intl puts a no-break space between a currency code and its amount; the tables write a plain one. */
const plain = (text: string) => text.replace(/\u00a0/g, ' ');

describe('alikeReasonText', () => {
  it.each<[AlikeReason, string, string]>([
    [{ key: 'buyerType', value: 'brand_owner' }, 'brand owner', '品牌商'],
    [{ key: 'buyerClass', value: 'intermediary' }, 'intermediary', '中间商'],
    [{ key: 'country', value: 'DE' }, 'Germany', '德国'],
    [{ key: 'region', value: 'Middle East' }, 'Middle East', '中东'],
    [{ key: 'categories', value: ['kettle', 'air-fryer'] }, 'buys kettle, air fryer', '采购：电热水壶、空气炸锅'],
    [{ key: 'categories', value: ['small_appliances'] }, 'buys small appliances', '采购：small appliances'],
    [{ key: 'orderSize', value: 40_200 }, 'orders ≈ USD 40.2k', '单笔订单约 USD 4.02万'],
    [{ key: 'orderSize', value: 850 }, 'orders ≈ USD 850', '单笔订单约 USD 850'],
    [{ key: 'staff', value: 84.6 }, '≈ 85 staff', '员工约 85 人'],
    [{ key: 'valuedFactors', value: ['certificates', 'lead_time'] }, 'values certificates, lead time', '看重：认证、交期'],
    [{ key: 'incoterm', value: 'FOB' }, 'FOB', 'FOB'],
    [{ key: 'brandRelation', value: 'owner' }, 'own brand', '自有品牌'],
    [{ key: 'brandRelation', value: 'user' }, "sells others' brands", '销售他人品牌'],
    [{ key: 'paymentTimeliness', value: 'very_late' }, 'pays very late', '严重拖款'],
    [{ key: 'turnoverBand', value: '10-50M' }, 'turnover 10-50M USD', '年营业额 1000 万–5000 万美元'],
    [{ key: 'deliverySensitivity', value: 'high' }, 'delivery-sensitive: high', '交期敏感度：高'],
    [{ key: 'newProductResponsiveness', value: 'low' }, 'open to new products: low', '对新品的兴趣：低'],
    [{ key: 'loyalty', value: 'medium' }, 'loyalty medium', '忠诚度：中'],
  ])('says what %j shares: "%s" / "%s"', (reason, en, zh) => {
    expect(plain(alikeReasonText(reason, personaWording(config)))).toBe(en);
    expect(plain(alikeReasonText(reason, personaWording(config, 'zh')))).toBe(zh);
  });

  it('turns keys into words', () => {
    expect(readable('trading_company')).toBe('trading company');
  });
});

describe('questionText', () => {
  it.each<[DimensionKey, string, string]>([
    ['buyerType', 'Are you a distributor, a retailer or an end user?', '对方是分销商、零售商还是终端用户？'],
    ['categories', 'Which products are you interested in?', '对方对哪些产品感兴趣？'],
    ['orderSize', 'What is your yearly purchase volume of these products?', '这些产品对方一年采购多少？'],
    ['turnoverBand', "What is your company's yearly turnover?", '对方公司年营业额多少？'],
    ['staff', 'How many people work at your company?', '对方公司有多少员工？'],
    ['country', 'Which country will the goods be shipped to?', '货物要发往哪个国家？'],
    ['valuedFactors', 'Which certificates does your market require, and what matters most to you: price, quality or delivery time?', '对方市场需要哪些认证？最看重价格、质量还是交期？'],
    ['brandRelation', 'Do you sell under your own brand?', '对方是否用自有品牌销售？'],
    ['incoterm', 'Which delivery terms do you prefer: FOB, CIF or delivered to your door?', '对方倾向哪种贸易术语：FOB、CIF 还是送货上门？'],
    ['deliverySensitivity', 'How firm is your delivery date?', '对方的交期要求有多严格？'],
    ['newProductResponsiveness', 'Would you like to see our new models?', '对方是否愿意看看我们的新款？'],
  ])('asks for %s: "%s" / "%s"', (dimension, en, zh) => {
    expect(questionText(dimension)).toBe(en);
    expect(questionText(dimension, translator('zh'))).toBe(zh);
  });

  it('has a question in every language for each dimension that is asked, and none for the others', () => {
    for (const d of DIMENSIONS) for (const locale of UI_LOCALES) expect(CATALOGUES[locale][`question.${d.key}`] !== undefined, `${locale} ${d.key}`).toBe(d.asked);
  });
});

describe('traitValues', () => {
  const facts = { buyerClass: 'intermediary', staff: 1250, turnover: '10-50M', typicalOrder: 42_400, incoterm: 'FOB', categories: ['kettle', 'blender'], payment: 'prompt', loyalty: 'medium', country: 'DE', region: 'Europe', founded: 1998, credit: 'good', languages: ['de', 'en'] } as const;

  it('words every trait in English and in Chinese, keyed by TRAIT_KEYS', () => {
    const en = traitValues(facts, personaWording(config));
    const zh = traitValues(facts, personaWording(config, 'zh'));
    expect(Object.keys(en)).toEqual([...TRAIT_KEYS]);
    expect(Object.fromEntries(Object.entries(en).map(([k, v]) => [k, plain(v)]))).toEqual({
      buyerClass: 'intermediary',
      staff: '1,250',
      turnover: '10-50M USD',
      typicalOrder: '≈ USD 42.4k',
      incoterm: 'FOB',
      categories: 'kettle, blender',
      payment: 'prompt',
      loyalty: 'medium',
      country: 'Germany',
      region: 'Europe',
      founded: '1998',
      credit: 'good',
      languages: 'German, English',
    });
    expect(Object.fromEntries(Object.entries(zh).map(([k, v]) => [k, plain(v)]))).toEqual({
      buyerClass: '中间商',
      staff: '1,250',
      turnover: '1000 万–5000 万美元',
      typicalOrder: '约 USD 4.24万',
      incoterm: 'FOB',
      categories: '电热水壶、搅拌机',
      payment: '付款及时',
      loyalty: '中',
      country: '德国',
      region: '欧洲',
      founded: '1998',
      credit: '良好',
      languages: '德语、英语',
    });
  });

  it('leaves unknown traits out, and an unknown credit', () => {
    expect(traitValues({ staff: null, credit: 'unknown', languages: [], categories: [] }, personaWording(config, 'zh'))).toEqual({});
  });
});
