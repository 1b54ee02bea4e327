import { describe, expect, it } from 'vitest';
import { isFreeMailDomain } from './free-mail.ts';

describe('isFreeMailDomain', () => {
  it.each([
    // global
    'gmail.com',
    'googlemail.com',
    'outlook.com',
    'hotmail.com',
    'hotmail.co.uk',
    'hotmail.fr',
    'live.com',
    'msn.com',
    'yahoo.com',
    'yahoo.co.jp',
    'yahoo.com.cn',
    'icloud.com',
    'proton.me',
    'protonmail.com',
    'zoho.com',
    // Chinese
    '163.com',
    '126.com',
    'yeah.net',
    'qq.com',
    'foxmail.com',
    'sina.com',
    'sina.cn',
    'sohu.com',
    '139.com',
    'aliyun.com',
    // Russian
    'yandex.ru',
    'yandex.com',
    'mail.ru',
    'bk.ru',
    'inbox.ru',
    'list.ru',
    // Korean
    'naver.com',
    'daum.net',
    'hanmail.net',
    // German
    'gmx.de',
    'gmx.net',
    'web.de',
    't-online.de',
    // elsewhere
    'rediffmail.com',
    'libero.it',
    'orange.fr',
    'wanadoo.fr',
    'free.fr',
    'laposte.net',
    'uol.com.br',
    'bol.com.br',
    'terra.com.br',
    'netvigator.com',
  ])('knows %s as free-mail', (domain) => {
    expect(isFreeMailDomain(domain)).toBe(true);
  });

  it.each([
    ['an address on a provider', 'buyer@QQ.com'],
    ['a sub-domain of a provider', 'vip.163.com'],
    ['a deeper sub-domain of a provider', 'buyer@mail.vip.sina.com'],
    ['a provider spelled with a trailing dot', 'GMAIL.COM.'],
  ])('knows %s as free-mail', (_case, input) => {
    expect(isFreeMailDomain(input)).toBe(true);
  });

  it.each([
    ['a company domain', 'acme.de'],
    ['a company address', 'sales@acme.co.uk'],
    ['a look-alike of a provider', 'gmail.com.evil.io'],
    ['a name that merely contains a provider', 'notgmail.com'],
    ['a marketplace the upstream list names', 'alibaba.com'],
    ['a marketplace sub-domain', 'notice.alibaba.com'],
    ['garbage', 'not a domain'],
    ['nothing', ''],
  ])('does not take %s for free-mail', (_case, input) => {
    expect(isFreeMailDomain(input)).toBe(false);
  });
});
