/**
 * What kind of buyer an inquiry says it comes from, in core's `BuyerType` terms: `we are a
 * distributor`, `importer`, `chain store`, `private label` (a brand owner), `经销商`, `贴牌`.
 */
import type { BuyerType } from '../customer.ts';

/** English words, matched as whole words in any case. */
const ENGLISH: ReadonlyArray<[RegExp, BuyerType]> = [
  [/\b(distributors?|distribution company|sole agents?|exclusive agents?|authori[sz]ed agents?|dealers?)\b/i, 'distributor'],
  [/\b(wholesalers?|wholesale|wholesaling)\b/i, 'wholesaler'],
  [/\b(importers?|import company|importing company)\b/i, 'importer'],
  [/\b(chain stores?|store chains?|retail chains?|supermarkets?|supermarket chains?|hypermarkets?|department stores?)\b/i, 'chain_store'],
  [/\b(brand owners?|our (?:own )?brands?|own brands?|private labels?|OEM|ODM|our (?:own )?logo|under our (?:own )?(?:brand|label|name))\b/i, 'brand_owner'],
  [/\b(retailers?|retail stores?|retail shops?|online (?:store|shop)s?|e-?commerce|amazon sellers?|sell(?:ing)? on amazon|our (?:shop|store)s?)\b/i, 'retailer'],
  [/\b(end users?|end customers?|for our own use|own use|for our (?:hotel|restaurant|office|factory|project)s?)\b/i, 'end_user'],
  [/\b(trading compan(?:y|ies)|traders?|sourcing agents?|buying agents?|sourcing compan(?:y|ies)|purchasing agents?)\b/i, 'trading_company'],
];

/** Chinese words, matched anywhere. */
const CHINESE: ReadonlyArray<[RegExp, BuyerType]> = [
  [/经销商|分销商|代理商|总代理|独家代理|(?<!采购)代理/, 'distributor'],
  [/批发商|批发/, 'wholesaler'],
  [/进口商/, 'importer'],
  [/连锁超市|连锁店|连锁商店|超市|百货/, 'chain_store'],
  [/品牌商|品牌方|品牌公司|自有品牌|我们的品牌|我们品牌|我方品牌|贴牌|定制logo|定制LOGO|OEM|ODM/, 'brand_owner'],
  [/零售商|零售店|网店|电商|亚马逊卖家/, 'retailer'],
  [/终端用户|终端客户|自用/, 'end_user'],
  [/贸易公司|贸易商|采购代理|外贸公司/, 'trading_company'],
];

/** Buyer types `text` hints at, each once, in the order first mentioned. */
export function findBuyerTypeHints(text: string): BuyerType[] {
  const hits: Array<{ index: number; type: BuyerType }> = [];
  for (const [pattern, type] of [...ENGLISH, ...CHINESE]) {
    const match = pattern.exec(text);
    if (match) hits.push({ index: match.index, type });
  }
  hits.sort((a, b) => a.index - b.index);
  return [...new Set(hits.map((h) => h.type))];
}
