/**
 * Everything the views may ask of the mail client, in one object: the open item, reading it,
 * putting drafts into Outlook, the sign-in dialog and the token. The views see only this
 * interface; `officeHost` implements it over Office.js (or over the stand-in host, which
 * provides the same `Office` global).
 */
import type { MailMessage } from '../../core/message.ts';
import { insertDraft, newMessageWith, replyWith, type DraftText } from './compose-actions.ts';
import { openDialog, type DialogOutcome } from './dialog.ts';
import type { ItemSnapshot } from './item-snapshot.ts';
import { trackItem, type ItemTracker } from './item-tracker.ts';
import type { OfficeApi } from './office-types.ts';
import { readMessage, type ReadOptions } from './read-message.ts';
import { tokenStore, type KeyValueStorage, type TokenStore } from './token-store.ts';

export interface PaneHost {
  /** `Office.context.displayLanguage` (`en-US`, `zh-CN`…). */
  displayLanguage: string;
  /** The signed-in mailbox's address: whose roaming settings hold the token. Empty outside Outlook. */
  mailboxAddress: string;
  /** Names this pane in the server's list of sign-ins (`Outlook · rep@…`). */
  signInLabel: string;
  /** Whether drafts can go into a mail form; false in a plain browser, where the pane shows them to copy. */
  canCompose: boolean;
  items: ItemTracker;
  /** Reads the open item; rejects when it changed away from `expected` meanwhile. */
  readMessage(expected: ItemSnapshot, options: ReadOptions): Promise<MailMessage>;
  replyWith(draft: DraftText): Promise<void>;
  newMessageWith(draft: DraftText): Promise<void>;
  insertDraft(draft: DraftText): Promise<void>;
  openDialog(url: string): Promise<DialogOutcome>;
  tokens: TokenStore;
}

export class ItemChangedError extends Error {
  constructor() {
    super('the open item changed while it was being read');
    this.name = 'ItemChangedError';
  }
}

export function officeHost(office: OfficeApi, storage: KeyValueStorage | null, events?: Document): PaneHost {
  const items = trackItem(office, events ? { events } : {});
  const mailboxAddress = office.context.mailbox.userProfile.emailAddress;
  return {
    displayLanguage: office.context.displayLanguage || 'en-US',
    mailboxAddress,
    signInLabel: `Outlook · ${mailboxAddress}`,
    canCompose: true,
    items,
    async readMessage(expected, options) {
      items.check();
      if (items.getSnapshot().key !== expected.key) throw new ItemChangedError();
      return readMessage(office, options);
    },
    replyWith: (draft) => replyWith(office, draft),
    newMessageWith: (draft) => newMessageWith(office, draft),
    insertDraft: (draft) => insertDraft(office, draft),
    openDialog: (url) => openDialog(office, url),
    tokens: tokenStore(office, storage),
  };
}
