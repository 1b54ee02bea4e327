import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/messages.ts';
import type { LookalikeNote } from './lookalike-note.ts';
import { buildContactNameIndex } from './contact-name-index.ts';
import { buildLookalikeIndex } from './lookalike-index.ts';
import { lookalikeDetail, MAX_REASON, trustReasonText, type TrustReason } from './trust-reasons.ts';
import { trustHeaders, trustWarnings } from './trust-warnings.ts';

const company = { kind: 'company' as const };
const acme = { kind: 'customer' as const, customerId: 'c1', name: 'Acme Haushaltswaren GmbH' };

describe('trustReasonText', () => {
  it.each<[TrustReason, string, string]>([
    [
      { code: 'lookalike', role: 'from', match: { domain: 'lumen-hom.example', like: 'lumen-home.example', owner: company, kind: 'edit', notes: [{ code: 'letter_missing' }], edits: 1 } },
      'lumen-hom.example looks like lumen-home.example (one letter missing) — our own domain',
      'lumen-hom.example 与 lumen-home.example 相似（少了一个字母）——我司自己的域名',
    ],
    [
      { code: 'lookalike', role: 'reply_to', match: { domain: 'acme.de.secure-mail.io', like: 'acme.de', owner: acme, kind: 'subdomain', notes: [{ code: 'sent_from', domain: 'secure-mail.io' }], edits: 0 } },
      'Reply-To acme.de.secure-mail.io only starts with acme.de (the mail is from secure-mail.io) — Acme Haushaltswaren GmbH',
      '回复地址 acme.de.secure-mail.io 只是以 acme.de 开头（实际发件域名是 secure-mail.io）——客户 Acme Haushaltswaren GmbH 的域名',
    ],
    [
      { code: 'lookalike', role: 'sender', match: { domain: 'аcme.co', like: 'acme.com', owner: acme, kind: 'homoglyph', notes: [{ code: 'script_letters', script: 'Cyrl' }, { code: 'other_ending', seen: 'co', known: 'com' }], edits: 0 } },
      'Sender аcme.co looks like acme.com (Cyrillic letters, other ending .co for .com) — Acme Haushaltswaren GmbH',
      '代发地址 аcme.co 与 acme.com 相似（含西里尔文字母、后缀 .com 换成了 .co）——客户 Acme Haushaltswaren GmbH 的域名',
    ],
    [
      { code: 'lookalike', role: 'from', match: { domain: 'lumen-horne.example', like: 'lumen-home.example', owner: company, kind: 'edit', notes: [{ code: 'letters_for', added: 'rn', gone: 'm' }], edits: 1 } },
      "lumen-horne.example looks like lumen-home.example ('rn' for 'm') — our own domain",
      'lumen-horne.example 与 lumen-home.example 相似（用“rn”冒充“m”）——我司自己的域名',
    ],
    [
      { code: 'bank_change', phrase: 'please remit to our new account below' },
      'Speaks of new bank details (“please remit to our new account below”): check by phone with a known contact',
      '邮件提到银行账户变更（“please remit to our new account below”）：请先打电话向熟悉的联系人核实',
    ],
    [
      { code: 'bank_change', phrase: '我们的银行账户已变更' },
      'Speaks of new bank details (“我们的银行账户已变更”): check by phone with a known contact',
      '邮件提到银行账户变更（“我们的银行账户已变更”）：请先打电话向熟悉的联系人核实',
    ],
    [
      { code: 'display_name', name: 'Hans Müller', customerName: 'Acme Haushaltswaren GmbH', address: 'hans.mueller.acme@gmail.com', freeMail: true },
      '“Hans Müller” is a contact at Acme Haushaltswaren GmbH, but writes from hans.mueller.acme@gmail.com, a free-mail address never seen for them',
      '“Hans Müller”是 Acme Haushaltswaren GmbH 的联系人，但这封邮件来自从未用过的免费邮箱 hans.mueller.acme@gmail.com',
    ],
    [
      { code: 'display_name', name: 'Hans Müller', customerName: 'Acme Haushaltswaren GmbH', address: 'hans@acme-trading.biz', freeMail: false },
      '“Hans Müller” is a contact at Acme Haushaltswaren GmbH, but writes from hans@acme-trading.biz never seen for them',
      '“Hans Müller”是 Acme Haushaltswaren GmbH 的联系人，但这封邮件来自从未用过的地址 hans@acme-trading.biz',
    ],
    [
      { code: 'reply_to', domain: 'gmail.com', freeMail: true, fromDomain: 'acme.de' },
      'Reply-To goes to a free-mail address at gmail.com while the mail comes from acme.de',
      '回复地址指向免费邮箱（gmail.com），而邮件来自 acme.de',
    ],
    [
      { code: 'reply_to', domain: 'other-firm.com', freeMail: false, fromDomain: 'acme.de' },
      'Reply-To goes to an address at other-firm.com while the mail comes from acme.de',
      '回复地址指向 other-firm.com，而邮件来自 acme.de',
    ],
    [
      { code: 'new_address', address: 'hans.acme@outlook.com', customerName: 'Acme Haushaltswaren GmbH' },
      'First mail from hans.acme@outlook.com, a free-mail address never seen for Acme Haushaltswaren GmbH',
      '首次收到 hans.acme@outlook.com 的邮件，这是 Acme Haushaltswaren GmbH 从未用过的免费邮箱',
    ],
  ])('%j reads "%s" / "%s"', (reason, en, zh) => {
    expect(trustReasonText(reason)).toBe(en);
    expect(trustReasonText(reason, translator('zh'))).toBe(zh);
  });

  it('keeps a Chinese reason to one line of at most the same length', () => {
    const long: TrustReason = { code: 'bank_change', phrase: '由于税务审计，我们的银行账户已冻结。\n请将所有货款汇入以下新账户，'.repeat(4) };
    for (const locale of ['en', 'zh'] as const) {
      const text = trustReasonText(long, translator(locale));
      expect(text.length).toBeLessThanOrEqual(MAX_REASON);
      expect(text).not.toMatch(/\n/);
    }
  });
});

describe('lookalikeDetail', () => {
  it.each<[LookalikeNote['code'], string, string]>([
    ['letter_doubled', 'a letter doubled', '重复了一个字母'],
    ['double_made_single', 'a double letter made single', '双写字母少写了一个'],
    ['letters_swapped', 'two letters swapped', '两个字母调换了位置'],
    ['two_letters_added', 'two letters added', '多了两个字母'],
    ['two_letters_missing', 'two letters missing', '少了两个字母'],
    ['letters_changed', 'a few letters changed', '改动了几个字母'],
    ['word_added', 'a word added to the name', '在名称后加了一个词'],
    ['hyphen_added', 'a hyphen added', '多了一个连字符'],
    ['hyphen_dropped', 'a hyphen dropped', '少了一个连字符'],
    ['accented_letters', 'accented letters', '含带重音符号的字母'],
    ['lookalike_symbols', 'look-alike symbols', '含形似字母的符号'],
    ['same_letters', 'same letters', '字母相同'],
    ['letter_added', 'one letter added', '多了一个字母'],
  ])('%s reads "%s" / "%s"', (code, en, zh) => {
    const note = { code } as LookalikeNote;
    expect(lookalikeDetail([note])).toBe(en);
    expect(lookalikeDetail([note], translator('zh'))).toBe(zh);
  });
});

describe('trustWarnings in Chinese', () => {
  it('finds the same warnings and words them in the rep’s language', () => {
    const input = {
      ...trustHeaders({ from: 'Hans Weber <hans@acmekuechem.de>', replyTo: 'hans.acme@gmail.com' }),
      subject: 'Invoice',
      bodyText: 'Please note we have changed our bank account.',
      companyDomains: ['lumen-home.example'],
      lookalikes: buildLookalikeIndex([{ domain: 'acmekuechen.de', owner: { kind: 'customer', customerId: 'c1', name: 'Acme Küchen GmbH' } }]),
      contacts: buildContactNameIndex([]),
    };
    const en = trustWarnings(input);
    const zh = trustWarnings(input, 'zh');
    expect(zh.map(({ code, severity }) => ({ code, severity }))).toEqual(en.map(({ code, severity }) => ({ code, severity })));
    expect(zh.map((w) => w.reason)).toEqual([
      'acmekuechem.de 与 acmekuechen.de 相似（用“m”冒充“n”）——客户 Acme Küchen GmbH 的域名',
      '邮件提到银行账户变更（“Please note we have changed our bank account”）：请先打电话向熟悉的联系人核实',
      '回复地址指向免费邮箱（gmail.com），而邮件来自 acmekuechem.de',
    ]);
  });
});
