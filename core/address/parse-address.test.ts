import { describe, expect, it } from 'vitest';
import { addressKey, decodeEncodedWords, formatMailbox, parseAddressList, parseMailbox } from './parse-address.ts';

/** `[name, address]` pairs: the whole expected list, in order. */
type Expected = Array<[string, string]>;

const pairs = (value: Parameters<typeof parseAddressList>[0]) => parseAddressList(value).map((p) => [p.name, p.address]);

describe('parseAddressList', () => {
  it.each<[string, string, Expected]>([
    // display names
    ['a quoted name holding a comma', '"Doe, John" <j@acme.de>', [['Doe, John', 'j@acme.de']]],
    ['escaped quotes inside a quoted name', '"John \\"JJ\\" Doe" <jj@acme.de>', [['John "JJ" Doe', 'jj@acme.de']]],
    ['an escaped backslash inside a quoted name', '"R\\\\D Dept" <rd@acme.de>', [['R\\D Dept', 'rd@acme.de']]],
    ['an unquoted name', 'John Doe <john@acme.de>', [['John Doe', 'john@acme.de']]],
    ['a comment after the name (dropped)', 'John Doe (Sales) <john@acme.de>', [['John Doe', 'john@acme.de']]],
    ['a comment as the only name', 'john@acme.de (John Doe)', [['John Doe', 'john@acme.de']]],
    ['a name that only repeats the address (dropped)', '"J@ACME.DE" <j@acme.de>', [['', 'j@acme.de']]],
    ['a spoofing name that is another address (kept for trust checks)', '"ceo@acme.de" <attacker@evil.example>', [['ceo@acme.de', 'attacker@evil.example']]],
    ['Outlook single quotes around a name', "'Zhang San' <zhang@acme.cn>", [['Zhang San', 'zhang@acme.cn']]],
    ['a folded name with runs of whitespace', 'John\r\n   Doe <john@acme.de>', [['John Doe', 'john@acme.de']]],
    // RFC 2047
    ['UTF-8 B', '=?UTF-8?B?5byg5LiJ?= <zhang@acme.cn>', [['张三', 'zhang@acme.cn']]],
    ['UTF-8 Q with underscores for spaces', '=?utf-8?Q?M=C3=BCller_GmbH?= <info@mueller.de>', [['Müller GmbH', 'info@mueller.de']]],
    ['lower-case b encoding', '=?utf-8?b?5byg5LiJ?= <zhang@acme.cn>', [['张三', 'zhang@acme.cn']]],
    ['GB2312 B', '=?GB2312?B?1cXI/Q==?= <zhang@acme.cn>', [['张三', 'zhang@acme.cn']]],
    ['GBK Q', '=?gbk?Q?=B1=B1=BE=A9?= <bj@acme.cn>', [['北京', 'bj@acme.cn']]],
    ['GB18030 four-byte sequence', '=?gb18030?B?lTKCNg==?= <x@acme.cn>', [['𠀀', 'x@acme.cn']]],
    ['Big5 B', '=?big5?B?u0/GVw==?= <tw@acme.com.tw>', [['臺灣', 'tw@acme.com.tw']]],
    ['ISO-8859-1 Q', '=?iso-8859-1?Q?Fran=E7ois?= <f@acme.fr>', [['François', 'f@acme.fr']]],
    ['ISO-8859-2 Q', '=?ISO-8859-2?Q?Ma=B3gorzata?= <m@acme.pl>', [['Małgorzata', 'm@acme.pl']]],
    ['ISO-8859-15 Q (euro sign)', '=?iso-8859-15?Q?=A4_Trade?= <e@acme.eu>', [['€ Trade', 'e@acme.eu']]],
    ['Shift_JIS B', '=?Shift_JIS?B?k2OShg==?= <tanaka@acme.co.jp>', [['田中', 'tanaka@acme.co.jp']]],
    ['a Windows code-page alias (cp936)', '=?cp936?B?1cXI/Q==?= <zhang@acme.cn>', [['张三', 'zhang@acme.cn']]],
    ['adjacent encoded words, the whitespace between them dropped', '=?utf-8?B?5byg?= =?utf-8?B?5LiJ?= <zhang@acme.cn>', [['张三', 'zhang@acme.cn']]],
    ['a character split across two Q words', '=?utf-8?Q?=E5=BC?=\r\n =?utf-8?Q?=A0?= <zhang@acme.cn>', [['张', 'zhang@acme.cn']]],
    ['encoded and plain words mixed', 'Zhang =?utf-8?B?5LiJ?= Ltd <z@acme.cn>', [['Zhang 三 Ltd', 'z@acme.cn']]],
    ['an encoded word inside quotes', '"=?utf-8?B?5byg5LiJ?=" <zhang@acme.cn>', [['张三', 'zhang@acme.cn']]],
    ['an RFC 2231 language on the charset', '=?utf-8*en?Q?Hello?= <h@acme.de>', [['Hello', 'h@acme.de']]],
    ['an unknown charset holding UTF-8 (read as UTF-8)', '=?x-unknown?B?5byg5LiJ?= <zhang@acme.cn>', [['张三', 'zhang@acme.cn']]],
    ['an unknown charset holding other bytes (windows-1252 fallback)', '=?unknown-8bit?Q?=D5=C5?= <zhang@acme.cn>', [['ÕÅ', 'zhang@acme.cn']]],
    // domains
    ['an internationalised domain and local part', '用户@例子.中国', [['', '用户@xn--fsqu00a.xn--fiqs8s']]],
    ['an IDN domain in upper case', 'Info <info@BÜCHER.DE>', [['Info', 'info@xn--bcher-kva.de']]],
    ['an ideographic full stop in the domain', 'x@例子。中国', [['', 'x@xn--fsqu00a.xn--fiqs8s']]],
    ['a mixed-case address (local part kept)', 'John.Doe@ACME.De', [['', 'John.Doe@acme.de']]],
    ['a trailing dot on the domain', 'j@acme.de.', [['', 'j@acme.de']]],
    // whitespace and brackets
    ['stray whitespace around a bare address', '  \t j@acme.de \r\n ', [['', 'j@acme.de']]],
    ['doubled angle brackets', '<<j@acme.de>>', [['', 'j@acme.de']]],
    ['doubled angle brackets after a name', '"John" <<j@acme.de>>', [['John', 'j@acme.de']]],
    ['a missing opening bracket', 'j@acme.de>', [['', 'j@acme.de']]],
    ['a missing closing bracket', 'John Doe <j@acme.de', [['John Doe', 'j@acme.de']]],
    ['an unterminated quote before a bracketed address', '"unterminated <a@acme.de>', [['', 'a@acme.de']]],
    ['a bare address after an unquoted name', 'John Doe j@acme.de', [['John Doe', 'j@acme.de']]],
    // lists and groups
    ['a list with commas inside quotes', 'John <john@acme.de>, "Roe, Jane" <jane@acme.de>', [['John', 'john@acme.de'], ['Roe, Jane', 'jane@acme.de']]],
    ['a list separated by semicolons', 'a@x.com; b@y.com', [['', 'a@x.com'], ['', 'b@y.com']]],
    ['empty list items', 'a@x.com, , ,b@y.com', [['', 'a@x.com'], ['', 'b@y.com']]],
    ['a group', 'Team: a@x.com, b@y.com;', [['', 'a@x.com'], ['', 'b@y.com']]],
    ['a group with names, then a mailbox', 'Sales: John <j@acme.de>, "Roe, Jane" <jane@acme.de>;, x@y.com', [['John', 'j@acme.de'], ['Roe, Jane', 'jane@acme.de'], ['', 'x@y.com']]],
    ['an empty group', 'undisclosed-recipients:;', []],
    // garbage
    ['an empty string', '', []],
    ['only whitespace', '  \r\n ', []],
    ['a word', 'garbage', []],
    ['empty brackets', '<>', []],
    ['only at-signs', '@@@', []],
    ['a single-label domain', 'a@localhost', []],
    ['an IP address domain', 'j@192.168.0.1', []],
    ['an address literal', 'j@[10.0.0.1]', []],
    ['a missing local part', '@acme.de', []],
    ['a missing domain', 'j@', []],
    ['a quoted local part holding an at-sign', '"a@b.com"@acme.de', []],
    ['an encoded word hiding an address (not fabricated)', '=?utf-8?B?dGVzdEBldmlsLmNvbQ==?=', []],
    ['unbalanced specials', '"(<,;:', []],
  ])('parses %s', (_case, header, expected) => {
    expect(pairs(header)).toEqual(expected);
  });

  it('gives the ASCII domain beside each address', () => {
    expect(parseAddressList('Info <info@Bücher.de>, j@Sales.ACME.co.uk')).toEqual([
      { name: 'Info', address: 'info@xn--bcher-kva.de', domain: 'xn--bcher-kva.de' },
      { name: '', address: 'j@sales.acme.co.uk', domain: 'sales.acme.co.uk' },
    ]);
  });

  it('reads a client API list of strings and name/address pairs, decoding names', () => {
    expect(
      pairs([
        { name: '=?utf-8?B?5byg5LiJ?=', address: '<Zhang@ACME.cn>' },
        { name: null, address: 'garbage' },
        'a@x.com, "Roe, Jane" <jane@acme.de>',
        { name: '', address: 'Anna <anna@acme.de>' },
        { address: 'bob@acme.de' },
        { name: 'bob@acme.de', address: 'bob@acme.de' },
      ]),
    ).toEqual([
      ['张三', 'Zhang@acme.cn'],
      ['', 'a@x.com'],
      ['Roe, Jane', 'jane@acme.de'],
      ['Anna', 'anna@acme.de'],
      ['', 'bob@acme.de'],
      ['', 'bob@acme.de'],
    ]);
  });

  it.each<[string, unknown]>([
    ['null', null],
    ['undefined', undefined],
    ['an empty array', []],
    ['a number', 42],
    ['an array of junk', [null, 7, {}, { address: 12 }, ['x@y.com']]],
    ['a long run of at-signs and brackets', '<'.repeat(5000) + '@'.repeat(5000)],
  ])('returns [] without throwing for %s', (_case, value) => {
    expect(parseAddressList(value as string)).toEqual([]);
  });
});

describe('parseMailbox', () => {
  it.each<[string, Parameters<typeof parseMailbox>[0], [string, string] | null]>([
    ['the first mailbox of a header', '"Doe, John" <j@acme.de>, k@acme.de', ['Doe, John', 'j@acme.de']],
    ['a pair from a client API', { name: 'Anna Berg', address: 'Anna@Acme.de' }, ['Anna Berg', 'Anna@acme.de']],
    ['the first member of a group', 'Team: a@x.com, b@y.com;', ['', 'a@x.com']],
    ['null for an empty group', 'undisclosed-recipients:;', null],
    ['null for garbage', '<<>>', null],
    ['null for a pair without a usable address', { name: 'Anna', address: 'anna' }, null],
    ['null for nothing', null, null],
  ])('returns %s', (_case, value, expected) => {
    const parsed = parseMailbox(value);
    expect(parsed && [parsed.name, parsed.address]).toEqual(expected);
  });
});

describe('addressKey', () => {
  it.each([
    ['info@bücher.de', 'info@xn--bcher-kva.de'],
    ['Info@BÜCHER.DE', 'info@xn--bcher-kva.de'],
    ['INFO@xn--BCHER-kva.de', 'info@xn--bcher-kva.de'],
    [' <John.Doe@Acme.DE> ', 'john.doe@acme.de'],
    ['用户@例子.中国', '用户@xn--fsqu00a.xn--fiqs8s'],
  ])('keys %s as %s', (address, key) => {
    expect(addressKey(address)).toBe(key);
  });

  it('makes a unicode address and its punycode spelling equal', () => {
    const [unicode] = parseAddressList('Info <info@bücher.de>');
    const [ascii] = parseAddressList('info@XN--BCHER-KVA.DE');
    expect(addressKey(unicode!.address)).toBe(addressKey(ascii!.address));
  });
});

describe('decodeEncodedWords', () => {
  it.each([
    ['=?utf-8?B?5byg5LiJ?= Trading', '张三 Trading'],
    ['plain text', 'plain text'],
    ['=?x-bogus?Q?caf=C3=A9?=', 'café'],
  ])('decodes %s to %s', (value, decoded) => {
    expect(decodeEncodedWords(value)).toBe(decoded);
  });
});

describe('formatMailbox', () => {
  it.each<[string, { name: string; address: string }, { unicodeDomain?: boolean }, string]>([
    ['a bare address without a name', { name: '', address: 'j@acme.de' }, {}, 'j@acme.de'],
    ['a plain name unquoted', { name: 'John Doe', address: 'j@acme.de' }, {}, 'John Doe <j@acme.de>'],
    ['a name with a comma quoted', { name: 'Doe, John', address: 'j@acme.de' }, {}, '"Doe, John" <j@acme.de>'],
    ['quotes and backslashes escaped', { name: 'John "JJ" D\\oe', address: 'j@acme.de' }, {}, '"John \\"JJ\\" D\\\\oe" <j@acme.de>'],
    ['a Chinese name as is', { name: '张三', address: 'z@acme.cn' }, {}, '张三 <z@acme.cn>'],
    ['the punycode domain by default', { name: '', address: 'info@xn--bcher-kva.de' }, {}, 'info@xn--bcher-kva.de'],
    ['the unicode domain on request', { name: 'Info', address: 'info@xn--bcher-kva.de' }, { unicodeDomain: true }, 'Info <info@bücher.de>'],
  ])('formats %s', (_case, mailbox, options, shown) => {
    expect(formatMailbox(mailbox, options)).toBe(shown);
  });

  it('round-trips through the parser', () => {
    const mailbox = { name: 'Doe, "JJ" John', address: 'j@acme.de' };
    expect(parseMailbox(formatMailbox(mailbox))).toEqual({ ...mailbox, domain: 'acme.de' });
  });
});
