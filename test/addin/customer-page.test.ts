/**
 * A customer's page (`/customers/:id`, the Gmail cards' "Open in Touchpoint") in Debian's
 * chromium, as a plain browser opens it: the real office.js finds no Office, and the pane shows
 * the customer from one request, with nothing that needs an open mail; drafts come as text to
 * copy; a colleague's customer is not found; a signed-out browser signs in with the short code.
 * Screenshots land in test/output/screenshots.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CustomerContext } from '../../core/customer-context.ts';
import { enterPairingCode, screenshot, startPaneHarness, type PaneHarness } from './pane-harness.ts';

let h: PaneHarness;
/** What the sidebar says about the demo rep's customer writing in: the page must show the same. */
let sidebar: CustomerContext;
let colleaguesCustomerId: string;

async function customerOf(address: string): Promise<string> {
  const row = await h.database.db.selectFrom('contact_emails').select('customer_id').where('email', '=', address.toLowerCase()).executeTakeFirstOrThrow();
  return row.customer_id;
}

beforeAll(async () => {
  h = await startPaneHarness();
  const message = h.samples.customer!;
  const res = await fetch(`${h.base}/api/context`, {
    method: 'POST',
    headers: { authorization: `Bearer ${h.rep.token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ message: { from: message.from.address, subject: message.subject }, locale: 'en' }),
  });
  sidebar = (await res.json()) as CustomerContext;
  if (sidebar.kind !== 'customer') throw new Error(`the sample customer's mail answered ${sidebar.kind}`);
  colleaguesCustomerId = await customerOf(h.samples.owned_elsewhere!.from.address);
}, 120_000);
afterAll(() => h?.close());

const view = (page: Page, name: string) => page.waitForSelector(`[data-testid=view-${name}]`, { timeout: 10_000 });
const texts = (page: Page, selector: string) => page.$$eval(selector, (els) => els.map((e) => (e as HTMLElement).innerText.trim()));

describe('a customer’s page, signed in', () => {
  it('shows the customer’s name, tier and orders, as the sidebar does, with nothing that needs a mail', async () => {
    const page = await h.openCustomerPage(sidebar.customer.id);
    await view(page, 'customer');
    expect(new URL(page.url()).pathname).toBe('/addin/taskpane.html');
    // The real office.js, not the stand-in: it loaded, found no Office, and the pane went on without it.
    expect(await page.evaluate(() => typeof (window as { Office?: unknown }).Office === 'object' && window.__officeStandIn === undefined)).toBe(true);
    expect(await page.textContent('.customer__name')).toBe(sidebar.customer.name);
    expect(await page.title()).toBe(`${sidebar.customer.name} · Touchpoint`);
    expect(await page.textContent('[data-testid=tier-badge]')).toBe(sidebar.customer.tier!.tier);
    expect(await texts(page, '[data-testid=tier-reasons] li')).toEqual(sidebar.customer.tier!.reasons);
    expect((await texts(page, '[data-testid=order]')).length).toBe(sidebar.orders.recent.length);
    expect(sidebar.orders.recent.length).toBeGreaterThan(0);
    expect(await page.$('[data-testid=order-chart] svg rect')).not.toBeNull();
    expect((await texts(page, '[data-testid=touchpoint]')).length).toBe(sidebar.touchpoints.length);
    expect(await page.$('[data-testid=reminders]')).not.toBeNull();
    // Nothing to log, nothing to reply to: no mail is open.
    expect(await page.$('[data-testid=log]')).toBeNull();
    expect(await page.$('[data-testid=log-button]')).toBeNull();
    expect(await page.$('[data-action=log], [data-action=reply]')).toBeNull();
    await screenshot(page, 'customer-page-en');
    await page.close();
  });

  it('shows a drafted greeting or follow-up as text to copy, there being no mail client to put it in', async () => {
    await h.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: h.base });
    const page = await h.openCustomerPage(sidebar.customer.id);
    await view(page, 'customer');
    const draftButton = await page.$('[data-testid=touchpoint] [data-action=draft]');
    expect(draftButton, 'the demo customer has a touchpoint to draft').not.toBeNull();
    await draftButton!.click();
    await page.waitForSelector('[data-testid=draft-to-copy]');
    const subject = await page.inputValue('[data-testid=draft-subject]');
    const body = await page.inputValue('[data-testid=draft-body]');
    expect(subject.length).toBeGreaterThan(0);
    expect(body.split('\n').length).toBeGreaterThan(2);
    await page.click('[data-testid=copy-body]');
    expect(await page.textContent('[data-testid=draft-copied]')).toBe('Copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(body);
    await screenshot(page, 'customer-page-draft-en');
    await page.close();
  });

  it('switches to Chinese in place', async () => {
    const page = await h.openCustomerPage(sidebar.customer.id);
    await view(page, 'customer');
    await page.click('[data-testid=lang-zh]');
    await page.waitForFunction(() => document.querySelector('[data-testid=touchpoints] .section__title')?.textContent?.includes('下一步跟进'));
    await page.waitForFunction(() => /\p{Script=Han}/u.test(document.querySelector('[data-testid=tier-reasons] li')?.textContent ?? ''));
    expect(await page.getAttribute('.pane', 'lang')).toBe('zh-CN');
    await screenshot(page, 'customer-page-zh');
    await page.close();
  });

  it('works when office.js cannot be loaded at all', async () => {
    const page = await h.openCustomerPage(sidebar.customer.id, { officeJs: 'unreachable' });
    await view(page, 'customer');
    expect(await page.evaluate(() => typeof (window as { Office?: unknown }).Office)).toBe('undefined');
    expect(await page.textContent('.customer__name')).toBe(sidebar.customer.name);
    await page.close();
  });

  it('says a colleague’s customer is not found, and shows nothing of it', async () => {
    const page = await h.openCustomerPage(colleaguesCustomerId);
    const state = await page.waitForSelector('[data-testid=state-customer-not-found]', { timeout: 10_000 });
    expect(await state.textContent()).toBe('This customer does not exist, or it is not yours to see. Ask your manager if you need it.');
    expect(await page.$('[data-testid=view-customer]')).toBeNull();
    expect(await page.$('[data-testid=tier-badge]')).toBeNull();
    await screenshot(page, 'customer-page-not-found-en');
    // The same for an id that does not exist: the page does not tell the two apart.
    const missing = await h.openCustomerPage('cus_no_such_customer');
    expect(await (await missing.waitForSelector('[data-testid=state-customer-not-found]')).textContent()).toBe(await state.textContent());
    await Promise.all([page.close(), missing.close()]);
  });
});

describe('a customer’s page, signed out', () => {
  it('signs in with the short code typed on the server’s page, then shows the customer', async () => {
    const page = await h.openCustomerPage(sidebar.customer.id, { token: null });
    await view(page, 'sign-in');
    await page.click('[data-testid=sign-in-button]');
    // No Office dialog in a browser: the code comes at once.
    const code = (await (await page.waitForSelector('[data-testid=sign-in-code] .code__value')).textContent())!;
    expect(code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{2,}$/);
    await screenshot(page, 'customer-page-sign-in-en');
    const codeUrl = await page.getAttribute('[data-testid=sign-in-code] a', 'href');
    const other = await enterPairingCode(h, codeUrl!, code, async (signIn) => {
      expect(await signIn.textContent('body')).toContain('Web browser');
    });
    // The page asks every two seconds.
    await page.waitForSelector('[data-testid=view-customer]', { timeout: 15_000 });
    expect(await page.textContent('.customer__name')).toBe(sidebar.customer.name);
    expect(await page.evaluate(() => localStorage.getItem('touchpoint.token'))).toMatch(/^tp_/);
    await Promise.all([other.close(), page.close()]);
  });
});
