/**
 * The Outlook task pane in Debian's chromium, against the real server and a demo book: what a
 * rep sees for each kind of mail, logging once for the whole team, drafting into Outlook,
 * following ItemChanged, the Chinese interface, and the states that say what to do.
 * Screenshots of every view land in test/output/screenshots.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enterPairingCode, screenshot, setItem, startPaneHarness, type PaneHarness } from './pane-harness.ts';

let h: PaneHarness;

beforeAll(async () => {
  h = await startPaneHarness();
}, 120_000);
afterAll(() => h?.close());

const view = (page: Page, name: string) => page.waitForSelector(`[data-testid=view-${name}]`, { timeout: 10_000 });
const texts = (page: Page, selector: string) => page.$$eval(selector, (els) => els.map((e) => (e as HTMLElement).innerText.trim()));
const name = (m: { from: { address: string } } | null) => m!.from.address;

async function loggedCount(messageId: string): Promise<number> {
  const id = messageId.startsWith('<') ? messageId : `<${messageId}>`;
  const rows = await h.database.db.selectFrom('interactions').select('id').where('message_id', '=', id).execute();
  return rows.length;
}

describe('a known customer writes', () => {
  it('shows tier, reasons, orders and touchpoints', async () => {
    const page = await h.open({ item: h.samples.customer });
    await view(page, 'customer');
    expect(await page.textContent('[data-testid=tier-badge]')).toMatch(/^[ABCD]$/);
    expect((await texts(page, '[data-testid=tier-reasons] li')).length).toBeGreaterThan(0);
    expect((await texts(page, '[data-testid=order]')).length).toBeGreaterThan(0);
    expect(await page.$('[data-testid=order-chart] svg rect')).not.toBeNull();
    expect(await page.textContent('[data-testid=persona] [data-key=buyerType] dt')).toBe('Buyer type');
    expect((await texts(page, '[data-testid=touchpoint]')).length).toBeGreaterThan(0);
    expect(await page.textContent('[data-testid=local-time]')).toMatch(/there \(UTC[+-]\d\d:\d\d\)/);
    // The body goes with the one context request: every received mail is checked for bank-detail changes.
    expect(await page.evaluate(() => window.__officeStandIn!.calls.bodyReads)).toBe(1);
    expect(await page.$('[data-testid=warnings]')).toBeNull();
    await screenshot(page, 'customer-en');
    await page.close();
  });

  it('warns first when the customer’s own address asks to pay into a new account', async () => {
    const item = { ...h.samples.customer!, internetMessageId: '<bank-change-0001@pane.test>', body: 'Dear partner,\n\nplease note our bank details have changed. Kindly remit the open balance to our new account below.\n\nBest regards' };
    const page = await h.open({ item });
    await view(page, 'customer');
    const warnings = await texts(page, '[data-testid=warnings] [role=alert]');
    expect(warnings[0]).toMatch(/Bank details change/);
    expect(warnings[0]).toMatch(/check by phone/);
    await screenshot(page, 'customer-bank-change-en');
    await page.close();
  });

  it('logs the mail once: a second click, from another pane, stores nothing and says who logged it', async () => {
    const item = h.samples.customer!;
    expect(await loggedCount(item.internetMessageId!)).toBe(0);
    // Two panes on the same mail (two devices, or two colleagues), both before either logs.
    const first = await h.open({ item });
    const second = await h.open({ item });
    await Promise.all([first.waitForSelector('[data-testid=log-button]'), second.waitForSelector('[data-testid=log-button]')]);

    await first.click('[data-testid=log-button]');
    await first.waitForSelector('[data-testid=log-done]');
    expect(await loggedCount(item.internetMessageId!)).toBe(1);

    await second.click('[data-testid=log-button]');
    const already = await second.waitForSelector('[data-testid=log-already]');
    expect(await already.textContent()).toMatch(/^Already logged by .+ on \d{1,2} \w{3}/);
    expect(await loggedCount(item.internetMessageId!)).toBe(1);
    await screenshot(second, 'customer-logged-en');

    // Opened afresh, the mail says it is logged, with no button to log it again.
    const third = await h.open({ item });
    await third.waitForSelector('[data-testid=log-already]');
    expect(await third.$('[data-testid=log-button]')).toBeNull();
    await Promise.all([first.close(), second.close(), third.close()]);
  });

  it('drafts a follow-up or greeting from a touchpoint as a reply to the open mail', async () => {
    const page = await h.open({ item: h.samples.customer });
    await view(page, 'customer');
    const draftButton = await page.$('[data-testid=touchpoint] [data-action=draft]');
    expect(draftButton, 'the demo customer has a touchpoint to draft').not.toBeNull();
    await draftButton!.click();
    await page.waitForFunction(() => window.__officeStandIn!.calls.replyForms.length === 1);
    const form = (await page.evaluate(() => window.__officeStandIn!.calls.replyForms[0])) as { htmlBody: string };
    expect(form.htmlBody).toMatch(/^<p>.+<\/p>$/s);
    expect(await page.textContent('.ok-text')).toBe('Reply opened with the draft.');
    await page.close();
  });

  it('adds a reminder from the pane, and it is listed', async () => {
    const page = await h.open({ item: h.samples.customer });
    await view(page, 'customer');
    const before = (await texts(page, '[data-testid=reminder]')).length;
    await page.click('[data-testid=reminders] .link');
    await page.fill('[data-testid=reminder-form] input[type=text]', 'Ask about the spring order');
    await page.click('[data-testid=reminder-form] button[type=submit]');
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid=reminder]').length === n + 1, before);
    expect((await texts(page, '[data-testid=reminder]')).join('\n')).toContain('Ask about the spring order');
    await page.close();
  });
});

describe('following the open item', () => {
  it('switches to the next customer on ItemChanged, cancelling the request for the previous one', async () => {
    const page = await h.open({ item: null });
    await view(page, 'today');
    // Record which context requests the pane gave up on.
    await page.evaluate(() => {
      const w = window as unknown as { __aborted: string[] };
      w.__aborted = [];
      const original = window.fetch.bind(window);
      window.fetch = (input, init) =>
        original(input, init).catch((error: Error) => {
          if (error.name === 'AbortError') w.__aborted.push(String(init?.body ?? ''));
          throw error;
        });
    });
    // Hold the first mail's answer back, as a slow network would.
    let held = true;
    let firstAsked: () => void = () => {};
    const asked = new Promise<void>((resolve) => (firstAsked = resolve));
    await page.route('**/api/context', async (route) => {
      const body = route.request().postData() ?? '';
      if (held && body.includes(name(h.samples.customer))) {
        held = false;
        firstAsked();
        await new Promise((r) => setTimeout(r, 1500));
        await route.continue().catch(() => {});
        return;
      }
      await route.continue();
    });
    await setItem(page, h.samples.customer);
    await asked;
    await setItem(page, h.secondCustomer);
    await view(page, 'customer');
    const second = await page.textContent('.customer__name');
    await page.waitForTimeout(1800);
    // Still the second customer after the first answer would have come.
    expect(await page.textContent('.customer__name')).toBe(second);
    const aborted = await page.evaluate(() => (window as unknown as { __aborted: string[] }).__aborted);
    expect(aborted.length).toBe(1);
    expect(aborted[0]).toContain(name(h.samples.customer));

    await setItem(page, null);
    await view(page, 'today');
    await page.close();
  });

  it('follows a message being written, and inserts a draft at the cursor', async () => {
    const page = await h.open({ item: h.samples.compose });
    await view(page, 'customer');
    expect(await page.textContent('.log')).toBe('Log this mail once it is sent, from Sent Items.');
    await screenshot(page, 'compose-en');
    const draftButton = await page.$('[data-testid=touchpoint] [data-action=draft]');
    if (draftButton) {
      await draftButton.click();
      await page.waitForFunction(() => window.__officeStandIn!.calls.inserted.length === 1);
      expect(await page.evaluate(() => window.__officeStandIn!.calls.inserted[0]!.coercionType)).toBe('html');
      expect(await page.textContent('.ok-text')).toBe('Inserted into the draft.');
    }
    await page.close();
  });

  it('says a meeting invite is not a mail, and shows Today with nothing open', async () => {
    const page = await h.open({ item: h.samples.meeting });
    await page.waitForSelector('[data-testid=state-not-a-mail]');
    await screenshot(page, 'meeting-en');
    await setItem(page, null);
    await page.waitForSelector('[data-testid=view-today] [data-testid=touchpoint]');
    expect((await texts(page, '[data-testid=touchpoint] .touchpoint__customer')).length).toBeGreaterThan(0);
    await screenshot(page, 'today-en');
    await page.close();
  });
});

describe('an unknown sender', () => {
  it('reads the inquiry from the body and shows similar customers and questions', async () => {
    const page = await h.open({ item: h.samples.inquiry });
    await view(page, 'inquiry');
    await page.waitForSelector('[data-testid=inquiry-signals] dl');
    expect(await page.evaluate(() => window.__officeStandIn!.calls.bodyReads)).toBeGreaterThanOrEqual(1);
    expect((await texts(page, '[data-testid=similar]')).length).toBeGreaterThan(0);
    expect((await texts(page, '[data-testid=inquiry-questions] li')).length).toBeGreaterThan(0);
    expect(await page.textContent('[data-testid=inquiry-signals]')).toContain('electric kettle');
    await screenshot(page, 'inquiry-en');
    await page.close();
  });

  it('warns first about a look-alike sender', async () => {
    const page = await h.open({ item: h.samples.lookalike });
    const warning = await page.waitForSelector('[data-testid=warnings] [data-code=lookalike_domain]');
    expect(await warning.textContent()).toMatch(/Look-alike domain/);
    // With the body read, the talk of new bank details is flagged too.
    await page.waitForSelector('[data-testid=warnings] [data-code=bank_change]');
    await screenshot(page, 'lookalike-en');
    await page.close();
  });

  it('names only the owner of a colleague’s customer', async () => {
    const page = await h.open({ item: h.samples.owned_elsewhere });
    await view(page, 'owned-elsewhere');
    expect(await page.textContent('[data-testid=view-owned-elsewhere]')).toMatch(/owns this customer\. Talk to them before you quote\./);
    expect(await page.$('[data-testid=tier-badge]')).toBeNull();
    expect(await page.$('[data-testid=orders]')).toBeNull();
    await screenshot(page, 'owned-elsewhere-en');
    await page.close();
  });

  it('says when every party is a colleague', async () => {
    const page = await h.open({ item: h.samples.internal });
    await view(page, 'internal');
    await screenshot(page, 'internal-en');
    await page.close();
  });
});

describe('the Chinese interface', () => {
  const views: Array<[string, keyof PaneHarness['samples'], string]> = [
    ['customer', 'customer', 'customer'],
    ['inquiry', 'inquiry', 'inquiry'],
    ['lookalike', 'lookalike', 'inquiry'],
    ['owned-elsewhere', 'owned_elsewhere', 'owned-elsewhere'],
    ['internal', 'internal', 'internal'],
    ['compose', 'compose', 'customer'],
  ];

  it.each(views)('renders the %s view in Chinese when Outlook speaks Chinese', async (shot, sample, testId) => {
    const page = await h.open({ item: h.samples[sample], displayLanguage: 'zh-CN' });
    await view(page, testId);
    if (sample === 'inquiry' || sample === 'lookalike') await page.waitForSelector('[data-testid=inquiry-signals] dl, [data-testid=inquiry-signals] .empty');
    expect(await page.getAttribute('.pane', 'lang')).toBe('zh-CN');
    expect(await page.textContent('.pane__body')).toMatch(/[\u4e00-\u9fff]/);
    await screenshot(page, `${shot}-zh`);
    await page.close();
  });

  it('words the customer view in Chinese, and switches to English and back', async () => {
    const page = await h.open({ item: h.samples.customer, displayLanguage: 'zh-CN' });
    await view(page, 'customer');
    expect(await page.textContent('[data-testid=touchpoints] .section__title')).toContain('下一步跟进');
    await page.click('[data-testid=lang-en]');
    await page.waitForFunction(() => document.querySelector('[data-testid=touchpoints] .section__title')?.textContent?.includes('Next touchpoints'));
    await page.click('[data-testid=lang-zh]');
    await page.waitForFunction(() => document.querySelector('[data-testid=touchpoints] .section__title')?.textContent?.includes('下一步跟进'));
    await page.close();
  });

  it('shows Today and the not-a-mail state in Chinese', async () => {
    const page = await h.open({ item: null, displayLanguage: 'zh-CN' });
    await page.waitForSelector('[data-testid=view-today] [data-testid=touchpoint]');
    await screenshot(page, 'today-zh');
    await setItem(page, h.samples.meeting);
    await page.waitForSelector('[data-testid=state-not-a-mail]');
    expect(await page.textContent('[data-testid=state-not-a-mail]')).toContain('这不是一封邮件');
    await screenshot(page, 'meeting-zh');
    await page.close();
  });
});

describe('signing in without a Microsoft account', () => {
  async function signInAt(url: string) {
    const page = await h.context.newPage();
    await page.goto(url);
    await page.fill('#email', h.rep.email);
    await page.fill('#password', h.seeded.password);
    await Promise.all([page.waitForNavigation(), page.press('#password', 'Enter')]);
    expect(await page.textContent('body')).toMatch(/connected as/);
    return page;
  }

  it('signs in through the Office dialog: the sign-in page tells the pane, which claims its token', async () => {
    const pane = await h.open({ item: h.samples.customer, token: null, dialog: 'open' });
    await view(pane, 'sign-in');
    await pane.click('[data-testid=sign-in-button]');
    await pane.waitForFunction(() => window.__officeStandIn!.calls.dialogs.length === 1);
    const url = await pane.evaluate(() => window.__officeStandIn!.calls.dialogs[0]!);
    expect(url.startsWith(`${h.base}/pair/`)).toBe(true);
    const dialog = await signInAt(url);
    // What the sign-in page's messageParent hands Outlook, Outlook hands the pane.
    const pairId = new URL(url).pathname.split('/').at(-1);
    await pane.evaluate((id) => window.__officeStandIn!.dialogMessage(JSON.stringify({ type: 'paired', pairId: id })), pairId);
    await view(pane, 'customer');
    const token = await pane.evaluate(() => window.__officeStandIn!.roaming.get('touchpoint.token'));
    expect(token).toMatch(/^tp_/);
    await Promise.all([dialog.close(), pane.close()]);
  });

  it('offers a code when the dialog cannot open, and signs in once the code is entered elsewhere', async () => {
    const pane = await h.open({ item: h.samples.customer, token: null, dialog: 'fail' });
    await pane.click('[data-testid=sign-in-button]');
    const code = (await (await pane.waitForSelector('[data-testid=sign-in-code] .code__value')).textContent())!;
    expect(code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{2,}$/);
    await screenshot(pane, 'sign-in-code-en');
    const codeUrl = await pane.getAttribute('[data-testid=sign-in-code] a', 'href');
    const browser = await enterPairingCode(h, codeUrl!, code);
    // The pane asks every two seconds.
    await pane.waitForSelector('[data-testid=view-customer]', { timeout: 15_000 });
    await Promise.all([browser.close(), pane.close()]);
  });
});

describe('states that say what to do', () => {
  it('asks to sign in without a token, and after a 401', async () => {
    const page = await h.open({ item: h.samples.customer, token: null });
    await view(page, 'sign-in');
    await screenshot(page, 'sign-in-en');
    await page.close();

    const revoked = await h.open({ item: h.samples.customer, token: 'tp_revoked-or-never-issued' });
    await view(revoked, 'sign-in');
    expect(await revoked.evaluate(() => window.__officeStandIn!.roaming.has('touchpoint.token'))).toBe(false);
    await revoked.close();
  });

  it('says the server does not answer, with a retry that works once it does', async () => {
    const page = await h.open({ item: null });
    let down = true;
    await page.route('**/api/**', (route) => (down ? route.abort('connectionrefused') : route.continue()));
    await setItem(page, h.samples.customer);
    const state = await page.waitForSelector('[data-testid=state-unreachable]', { timeout: 10_000 });
    expect(await state.textContent()).toContain(`The Touchpoint server at ${h.base} does not answer.`);
    await screenshot(page, 'unreachable-en');
    down = false;
    await page.click('[data-testid=state-unreachable] button');
    await view(page, 'customer');
    await page.close();
  });

  it('keeps the last answer on screen while a refresh runs', async () => {
    const page = await h.open({ item: h.samples.customer });
    await view(page, 'customer');
    await page.route('**/api/context', async (route) => {
      await new Promise((r) => setTimeout(r, 800));
      await route.continue();
    });
    await page.click('[data-testid=refresh]');
    await page.waitForSelector('[data-testid=refreshing]');
    expect(await page.$('[data-testid=view-customer]')).not.toBeNull();
    await page.waitForSelector('[data-testid=refreshing]', { state: 'detached' });
    await page.close();
  });
});

// Last: the new customer's contact would make later inquiries from the same name look suspicious.
describe('creating a customer from an inquiry', () => {
  it('creates the customer from the prefill, and the pane then knows the sender', async () => {
    // Another sender of the same inquiry: the other tests keep theirs unknown.
    const inquiry = h.samples.inquiry!;
    const item = { ...inquiry, from: { ...inquiry.from, address: 'jonas.weber@kuechenwelt-shop.de' }, internetMessageId: '<create-customer-test@kuechenwelt-shop.de>' };
    const page = await h.open({ item });
    await view(page, 'inquiry');
    await page.waitForSelector('[data-testid=inquiry-signals] dl');
    await page.click('[data-testid=create-customer]');
    const form = await page.waitForSelector('[data-testid=create-customer-form]');
    expect(await page.inputValue('[data-testid=create-customer-form] input >> nth=0')).toBe('Küchenwelt Handel GmbH');
    expect(await page.inputValue('[data-testid=create-customer-form] input >> nth=1')).toBe('DE');
    await screenshot(page, 'create-customer-en');
    await (await form.$('button[type=submit]'))!.click();
    await view(page, 'customer');
    expect(await page.textContent('.customer__name')).toBe('Küchenwelt Handel GmbH');
    await page.close();
  });
});
