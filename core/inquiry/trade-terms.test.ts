import { describe, expect, it } from 'vitest';
import { findBuyerTypeHints } from './buyer-type-hints.ts';
import { findCertificates } from './certificates.ts';
import { findIncoterm } from './incoterm.ts';
import { asksForSample, isUrgent } from './requests.ts';

describe('findIncoterm', () => {
  it.each<[string, string]>([
    ['Please quote FOB Ningbo', 'FOB'],
    ['price fob shanghai', 'FOB'],
    ['CIF Jebel Ali', 'CIF'],
    ['EXW and DAP Moscow', 'EXW'],
    ['DDP Warsaw', 'DDP'],
    ['C&F Lagos', 'CFR'],
    ['CNF Mombasa', 'CFR'],
    ['DDU Berlin', 'DAP'],
    ['CPT Chicago', 'CPT'],
    ['请报离岸价', 'FOB'],
    ['到岸价多少', 'CIF'],
    ['出厂价', 'EXW'],
    ['CIF or FOB, whichever is cheaper', 'CIF'],
  ])('reads %s as %s', (text, term) => {
    expect(findIncoterm(text)).toBe(term);
  });

  it.each(['He fobbed us off', 'FOBBED', 'a cip of tea', 'hello'])('reads no incoterm in %j', (text) => {
    expect(findIncoterm(text)).toBeNull();
  });
});

describe('findCertificates', () => {
  it.each<[string, string[]]>([
    ['CE, GS and RoHS required', ['CE', 'RoHS', 'GS']],
    ['need CE认证 and 3C认证', ['CE', 'CCC']],
    ['UL/ETL listed, FCC', ['UL', 'ETL', 'FCC']],
    ['LFGB and FDA food contact', ['FDA', 'LFGB']],
    ['SASO for KSA, KC for Korea, PSE for Japan, EAC for Russia, UKCA', ['SASO', 'KC', 'PSE', 'EAC', 'UKCA']],
    ['REACH report, ErP lot 6, BSCI audit, ISO 9001:2015 factory', ['REACH', 'ErP', 'BSCI', 'ISO 9001']],
    ['rohs and iso9001', ['RoHS', 'ISO 9001']],
    ['cULus mark', ['UL']],
  ])('reads %s', (text, marks) => {
    expect(findCertificates(text)).toEqual(marks);
  });

  it.each([
    ['CE inside PRICE', 'PLEASE SEND PRICE LIST'],
    ['the French ce', 'ce produit est bon'],
    ['reach the verb', 'we want to reach more customers'],
    ['an ERP system', 'our ERP system needs the SKU'],
    ['a word with CE in it', 'CERAMIC and CEO and PROCESS'],
    ['a greeting', 'hello'],
  ])('reads none in %s', (_case, text) => {
    expect(findCertificates(text)).toEqual([]);
  });
});

describe('findBuyerTypeHints', () => {
  it.each<[string, string[]]>([
    ['We are a distributor and importer in Spain', ['distributor', 'importer']],
    ['wholesaler of kitchenware', ['wholesaler']],
    ['we supply a supermarket chain', ['chain_store']],
    ['OEM with our own brand, private label', ['brand_owner']],
    ['we run an online store on Amazon', ['retailer']],
    ['for our own use in our hotel', ['end_user']],
    ['we are a trading company / sourcing agent', ['trading_company']],
    ['我们是经销商', ['distributor']],
    ['独家代理', ['distributor']],
    ['批发商', ['wholesaler']],
    ['进口商', ['importer']],
    ['连锁超市', ['chain_store']],
    ['我们要贴牌', ['brand_owner']],
    ['自有品牌', ['brand_owner']],
    ['终端用户', ['end_user']],
    ['贸易公司', ['trading_company']],
    ['采购代理', ['trading_company']],
  ])('reads %s', (text, types) => {
    expect(findBuyerTypeHints(text)).toEqual(types);
  });

  it('gives the hints in the order first mentioned', () => {
    expect(findBuyerTypeHints('We are an importer; our customers are retailers and a distributor')).toEqual(['importer', 'retailer', 'distributor']);
  });

  it.each(['hello', 'Please send the brand of the motor', 'redistribution of wealth'])('reads none in %j', (text) => {
    expect(findBuyerTypeHints(text)).toEqual([]);
  });
});

describe('asksForSample', () => {
  it.each<[string, boolean]>([
    ['Can you send samples?', true],
    ['sample order first', true],
    ['请寄样品', true],
    ['可以打样吗', true],
    ['¿Pueden enviar muestras?', true],
    ['for example, black', false],
    ['no samples needed', false],
    ['不需要样品', false],
    ['hello', false],
  ])('%s → %s', (text, asked) => {
    expect(asksForSample(text)).toBe(asked);
  });
});

describe('isUrgent', () => {
  it.each<[string, boolean]>([
    ['urgent order', true],
    ['Please reply ASAP', true],
    ['asap', true],
    ['as soon as possible', true],
    ['急需', true],
    ['请尽快报价', true],
    ['es urgente', true],
    ['not urgent, take your time', false],
    ['不急', false],
    ['hello', false],
  ])('%s → %s', (text, urgent) => {
    expect(isUrgent(text)).toBe(urgent);
  });
});
