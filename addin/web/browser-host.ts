/**
 * The pane's host in a plain browser, outside Office: the customer's page opened from a link
 * (the Gmail cards' "Open in Touchpoint"). No mail is open, so nothing is read, replied to or
 * inserted; drafts are shown to copy (`canCompose: false`); there is no Office dialog, so
 * sign-in goes straight to the short code typed on the server's page; the token stays in this
 * origin's localStorage, under the key the pane uses in Outlook.
 */
import { noItemTracker } from '../office/item-tracker.ts';
import type { PaneHost } from '../office/pane-host.ts';
import { TOKEN_SETTING, type KeyValueStorage, type TokenStore } from '../office/token-store.ts';

const noMail = () => Promise.reject(new Error('no mail client here: copy the draft instead'));

function localTokens(storage: KeyValueStorage | null): TokenStore {
  // Storage can be switched off (private windows, strict tracking protection): the token then lasts as long as the page.
  const attempt = <T>(f: () => T, fallback: T): T => {
    try {
      return f();
    } catch {
      return fallback;
    }
  };
  return {
    get: () => attempt(() => storage?.getItem(TOKEN_SETTING) ?? null, null),
    set: async (token) => attempt(() => storage?.setItem(TOKEN_SETTING, token), undefined),
    clear: async () => attempt(() => storage?.removeItem(TOKEN_SETTING), undefined),
  };
}

/**
 * @param storage localStorage, or null where it is unavailable.
 * @param language the browser's language (`navigator.language`).
 */
export function browserHost(storage: KeyValueStorage | null, language: string): PaneHost {
  return {
    displayLanguage: language || 'en-US',
    mailboxAddress: '',
    signInLabel: 'Web browser',
    canCompose: false,
    items: noItemTracker,
    readMessage: () => Promise.reject(new Error('no mail is open in a browser')),
    replyWith: noMail,
    newMessageWith: noMail,
    insertDraft: noMail,
    openDialog: async () => ({ kind: 'failed', code: null, reason: 'no Office dialog outside Office' }),
    tokens: localTokens(storage),
  };
}
