/**
 * Does a mail speak of changed bank details or a new account to pay into? In English and
 * Chinese: "we have changed our bank account", "please remit to our new account", "due to a
 * tax audit our account is under review, pay to …", "账户变更", "请把货款汇到以下新账户".
 *
 * Bank words alone never count: a proforma invoice lists bank details, a buyer asks whether
 * the payment arrived, someone mentions bank charges. A change word must sit next to the bank
 * words, in one sentence, and a sentence that denies the change ("our bank details have not
 * changed", "we will never change our account by e-mail") does not count.
 */

/** The sentence that spoke of a change, for the warning. */
export interface BankChangeMention {
  /** The sentence, whitespace collapsed, cut to about 80 characters. */
  phrase: string;
  language: 'en' | 'zh';
}

// ENGLISH

/** Words naming where money goes. Bare "account" is too broad (a portal login, an account manager) and has its own rules. */
const BANK_NOUN = String.raw`(?:bank(?:ing)?\s+(?:account|details?|info(?:rmation)?|data|particulars|coordinates|instructions)|beneficiary(?:\s+(?:account|bank|details|information|name))?|receiving\s+(?:bank|account)|remittance\s+(?:details|information|instructions)|(?:payment|wire)\s+(?:details|instructions)|account\s+(?:details|number|no|information|info)|iban|swift(?:\s+code)?)`;
/** Words that may stand between a change word and the bank words ("our new company bank account"). */
const FILLER = String.raw`(?:(?:our|the|my|company|company's|corporate|usd|eur|rmb|dollar|euro|business|official|following|below|receiving)\s+){0,3}`;
const CHANGED = String.raw`(?:new|updated|changed|different|alternative|another|latest|revised|corrected)`;
const PAY = String.raw`(?:remit|pay|payment|transfer|wire|send|deposit|settle)\w*`;
/** Bare "account" as a place money goes, not an account manager or a portal login. */
const ACCOUNT = String.raw`account(?!\s+(?:manager|executive|holder|team|rep|representative|login|password|page|portal))`;
/** "Bank" alone after a change word ("we changed our bank"), not a bank holiday or bank charges. */
const BANK_ALONE = String.raw`bank\b(?!\s+(?:holidays?|charges?|fees?|costs?|commissions?))`;
const ALARM = String.raw`(?:audit\w*|under\s+(?:review|investigation)|frozen|freeze|suspended|restricted|blocked|being\s+(?:reviewed|audited))`;

const EN_CHANGE: readonly RegExp[] = [
  // "new beneficiary account", "updated banking details", "our new company bank account"
  new RegExp(String.raw`\b${CHANGED}\s+${FILLER}${BANK_NOUN}\b`),
  // "we have changed our bank account", "we updated the bank details", "we changed our bank"
  new RegExp(String.raw`\b(?:chang|updat|replac|modif|switch)\w*\s+${FILLER}(?:${BANK_NOUN}|${BANK_ALONE})`),
  // "change of bank details", "bank account change"
  new RegExp(String.raw`\bchange\s+(?:of|in|to)\s+${FILLER}(?:${BANK_NOUN}|${BANK_ALONE})|\b${BANK_NOUN}\s+change\b`),
  // "our bank details have been changed", "the beneficiary account is now different", "bank details updated"
  new RegExp(String.raw`\b${BANK_NOUN}\b[^.;]{0,40}?\b(?:(?:has|have|had)\s+(?:been\s+)?(?:changed|updated|replaced|modified|moved|closed|switched)|(?:is|are)\s+(?:now\s+)?(?:changed|updated|different|no longer\s+(?:valid|in use|active|used)))`),
  new RegExp(String.raw`\b${BANK_NOUN}\s+(?:updated|changed)\b`),
  // "please remit to our new account", "payment to the other account below"
  new RegExp(String.raw`\b${PAY}\b[^.;]{0,60}?\b(?:new|different|another|alternative|other|updated|changed)\s+(?:(?:bank|beneficiary|receiving|company|usd|eur)\s+)?${ACCOUNT}\b`),
  // "please pay into our Hong Kong account instead"
  new RegExp(String.raw`\b${PAY}\b[^.;]{0,60}?\b${ACCOUNT}\b[^.;]{0,30}?\binstead\b`),
  // "our new account for payments"
  new RegExp(String.raw`\bnew\s+(?:bank\s+)?account\s+(?:for|to receive|receiving)\s+(?:\w+\s+){0,2}?(?:payments?|remittances?|funds|transfers?)\b`),
  // "do not pay to the old account", "our previous account can no longer receive"
  new RegExp(String.raw`\b(?:do not|don't|dont|stop|no longer)\s+(?:\w+\s+){0,3}?(?:pay|remit|send|transfer|wire|use)\w*\s+(?:\w+\s+){0,3}?(?:old|previous|former|usual|existing)\s+(?:bank\s+)?account`),
  new RegExp(String.raw`\b(?:old|previous|former)\s+(?:bank\s+)?account\b[^.;]{0,30}?\b(?:no longer|not|closed|invalid|suspended|frozen)`),
];
/** "Our account is under review / frozen, pay to …": the alarm beside "account", money moving in the same breath. */
const EN_ALARM = new RegExp(String.raw`(?:\b${ACCOUNT}\b[^.;]{0,40}?\b${ALARM}|\b${ALARM}\b[^.;]{0,40}?\b${ACCOUNT}\b)`);
const EN_PAY = new RegExp(String.raw`\b${PAY}\b`);
const EN_DENIAL = /(?:\b(?:not|never|no|without)\b|n't)[^.;]{0,25}\b(?:change|changed|changing|new|update|updated)\b|\bunchanged\b|\bremains?\s+(?:the\s+)?same\b|\bsame\s+(?:bank\s+)?account\b/;

// CHINESE

const ZH_ACCOUNT = '(?:账户|帐户|账号|帐号|户口)';
const ZH_NOUN = `(?:(?:银行|收款|汇款|付款|公司)?${ZH_ACCOUNT}|银行(?:信息|资料|资讯)|收款(?:信息|资料|人)|汇款(?:信息|资料))`;
const ZH_CHANGE: readonly RegExp[] = [
  // 账户变更, 银行信息已更新, 收款账户已经更换
  new RegExp(`${ZH_NOUN}\\s*(?:已经|已|有|将|现已)?\\s*(?:变更|更改|更换|改变|更新|调整|换了|改为|改成)`),
  // 变更了我司的收款账户, 更换银行信息
  new RegExp(`(?:变更|更改|更换|更新|换了|换成|启用|改用)了?(?:我们|我司|公司|我方)?的?(?:新的?)?${ZH_NOUN}`),
  // 不要再汇到原账户
  new RegExp(`(?:不要|请勿|勿|停止)再?(?:汇|付|转)款?(?:到|至|入)?(?:原|旧|以前的|之前的)${ZH_ACCOUNT}`),
];
/** 新账户, 新的收款账户: a new account to receive money, or a new account beside words of paying. */
const ZH_NEW_ACCOUNT = new RegExp(`新的?(?:银行|收款|公司)?${ZH_ACCOUNT}`);
const ZH_PAY = /汇|付|款|转账|银行/;
const ZH_ALARM = new RegExp(`(?:审计|审查|冻结|调查|税务检查|暂停)[^。；]{0,20}${ZH_ACCOUNT}|${ZH_ACCOUNT}[^。；]{0,20}(?:审计|审查|冻结|调查|税务检查|暂停)`);
const ZH_DENIAL = /没有(?:变|更)|未(?:变|更)|不变|没变|不会(?:变|更)|无变更|保持不变|并未/;

/** Where an earlier message starts inside a reply (Outlook's separators, English and Chinese). */
const QUOTED_TAIL = /^\s*-{2,}\s*(?:original message|原始邮件|原邮件)\s*-{2,}/im;

/**
 * The first sentence of `text` that speaks of changed bank details or a new account to pay
 * into, or null. Quoted lines (`> …`) and anything after an "Original Message" separator are
 * skipped: a warning is about what this mail says.
 *
 * @example bankChangeMention('Dear Sir, please remit to our new account below.')?.phrase // 'please remit to our new account below'
 */
export function bankChangeMention(text: string | null | undefined): BankChangeMention | null {
  if (!text) return null;
  const own = text.normalize('NFKC').split(QUOTED_TAIL)[0]!;
  const lines = own.split(/\r?\n/).filter((line) => !/^\s*>/.test(line));
  const sentences = lines
    .join('\n')
    .replace(/[’‘`]/g, "'")
    // NFKC made the full-width ！？； plain: those end a sentence even without a space (Chinese has none).
    .split(/(?<=\.)\s+|[\n。!?;]+/)
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter((s) => s !== '');
  for (let i = 0; i < sentences.length; i++) {
    const sentence = sentences[i]!;
    const lower = sentence.toLowerCase();
    const next = (sentences[i + 1] ?? '').toLowerCase();
    if (!EN_DENIAL.test(lower)) {
      if (EN_CHANGE.some((re) => re.test(lower))) return mention(sentence, 'en');
      if (EN_ALARM.test(lower) && (EN_PAY.test(lower) || EN_PAY.test(next))) return mention(sentence, 'en');
    }
    if (!ZH_DENIAL.test(sentence)) {
      if (ZH_CHANGE.some((re) => re.test(sentence))) return mention(sentence, 'zh');
      const account = ZH_NEW_ACCOUNT.exec(sentence)?.[0];
      if (account && (/收款|银行/.test(account) || ZH_PAY.test(sentence.replace(account, '')))) return mention(sentence, 'zh');
      if (ZH_ALARM.test(sentence) && (ZH_PAY.test(sentence) || ZH_PAY.test(next))) return mention(sentence, 'zh');
    }
  }
  return null;
}

function mention(sentence: string, language: BankChangeMention['language']): BankChangeMention {
  const phrase = sentence.replace(/[.!?。！？;；,，:：]+$/, '');
  return { phrase: phrase.length > 80 ? `${phrase.slice(0, 79)}…` : phrase, language };
}
