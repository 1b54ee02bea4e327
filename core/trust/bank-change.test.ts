import { describe, expect, it } from 'vitest';
import { bankChangeMention } from './bank-change.ts';

describe('bankChangeMention', () => {
  it.each([
    ['we have changed our bank account', 'Dear Sir, we have changed our bank account. Please update your records.'],
    ['please remit to our new account', 'Please remit to our new account as below:\nBank: …'],
    ['updated banking details', 'Kindly find our updated banking details attached.'],
    ['a tax audit, pay elsewhere', 'Due to tax audit our account is under review, pay to the account below.'],
    ['an audit, then where to pay', 'Our account is frozen because of an annual audit.\nPlease transfer the balance to our sister company.'],
    ['a new beneficiary account', 'Please send the balance to our new beneficiary account.'],
    ['bank details changed', 'Our bank details have been changed with effect from today.'],
    ['bank details updated', 'Bank details updated on the attached PI.'],
    ['the old account no longer in use', 'Please do not pay to the old account any more.'],
    ['a different account for payments', 'Kindly wire the deposit to a different account this time.'],
    ['账户变更', '关于账户变更的通知'],
    ['新的收款账户', '这是我们新的收款账户，请查收。'],
    ['请把货款汇到以下新账户', '请把货款汇到以下新账户：'],
    ['银行信息已更新', '我司银行信息已更新，请注意。'],
    ['更换了收款账户', '由于税务原因，我们更换了收款账户。'],
    ['账户被冻结, 汇到别处', '我司账户因审计被冻结。请将款项汇至以下账户。'],
    ['another account instead', 'Kindly pay the balance into our Hong Kong account instead of the China one.'],
    ['the subject line alone', 'Subject: Change of bank details\nSee attached.'],
  ])('hears %s', (_case, text) => {
    expect(bankChangeMention(text)).not.toBeNull();
  });

  it.each([
    ['a proforma invoice listing bank details', 'Please find attached proforma invoice PI-2026-118.\nBeneficiary: Lumen Home Co., Ltd.\nBank: Bank of China\nAccount No.: 6222 0000 1234\nSWIFT: BKCHCNBJ'],
    ['a request to confirm payment', 'Please confirm you received our payment.'],
    ['bank charges', 'Our bank charges are for your account.'],
    ['a denial', 'Please note that our bank details have not changed.'],
    ['a warning footer', 'We will never change our bank details by e-mail.'],
    ['an account manager', 'Your new account manager is Lisa.'],
    ['a changed shipping address', 'We have changed our shipping address.'],
    ['a new price list beside bank details', 'New price list attached; our bank details are on page 2.'],
    ['a quoted line', '> we have changed our bank account\nThanks, noted.'],
    ['a quoted earlier message', 'Noted, thanks.\n-----Original Message-----\nWe have changed our bank account.'],
    ['paying the account on the invoice', 'Please confirm the payment to the account in our proforma invoice.'],
    ['a portal account', 'We opened a new account for you on our portal.'],
    ['a bank holiday', 'We have updated our bank holiday opening hours.'],
    ['bank charges changed', 'We changed the bank charges split to SHA.'],
    ['确认收款', '请确认是否收到我们的付款。'],
    ['发票上的银行信息', '形式发票上有我们的银行信息。'],
    ['银行手续费', '银行手续费由贵方承担。'],
    ['新账号登录', '请用新账号登录我们的网站。'],
    ['账户没有变更', '我们的收款账户没有变更。'],
    ['nothing', ''],
  ])('stays quiet for %s', (_case, text) => {
    expect(bankChangeMention(text)).toBeNull();
  });

  it('quotes the sentence that spoke of the change, and its language', () => {
    expect(bankChangeMention('Hello Anna.\nThank you for the order. We have changed our bank account, details below.')).toEqual({
      phrase: 'We have changed our bank account, details below',
      language: 'en',
    });
    expect(bankChangeMention('您好！请把货款汇到以下新账户。')).toEqual({ phrase: '请把货款汇到以下新账户', language: 'zh' });
  });

  it('cuts a long sentence', () => {
    const phrase = bankChangeMention(`We have changed our bank account ${'and many other things '.repeat(10)}`)?.phrase;
    expect(phrase?.length).toBe(80);
    expect(phrase?.endsWith('…')).toBe(true);
  });
});
