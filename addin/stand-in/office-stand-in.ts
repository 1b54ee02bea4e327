/**
 * A stand-in for office.js: the `Office` global with a mailbox whose open item the page sets
 * (`window.__officeStandIn.setItem(message)`), firing ItemChanged as Outlook does. The preview
 * page loads it instead of office.js; the browser tests serve it in office.js's place. It
 * records what the pane asked Outlook to do (reply forms, new messages, inserts, dialogs).
 *
 * Configure before loading with `window.__officeStandInConfig` (see {@link StandInConfig}).
 */
import type { OfficeApi, OfficeCallback, OfficeDialog } from '../office/office-types.ts';
import type { StandInMessage } from './stand-in-message.ts';

export interface StandInConfig {
  user?: { name: string; address: string };
  displayLanguage?: string;
  item?: StandInMessage | null;
  /** Roaming settings to start with (e.g. a token). */
  roaming?: Record<string, unknown>;
  /** What `displayDialogAsync` does: fail as when the user ignores Outlook's prompt (default), or open a window. */
  dialog?: 'fail' | 'window';
  /** Supported Mailbox requirement set. Default 1.13. */
  mailboxVersion?: string;
}

export interface StandInCalls {
  replyForms: unknown[];
  newMessages: unknown[];
  inserted: Array<{ data: string; coercionType: string }>;
  subjects: string[];
  dialogs: string[];
  bodyReads: number;
}

export interface StandInControl {
  setItem(message: StandInMessage | null): void;
  /** Recipients changed while writing (fires RecipientsChanged). */
  setRecipients(to: StandInMessage['to']): void;
  calls: StandInCalls;
  roaming: Map<string, unknown>;
  /** Sends a message to the pane from the open dialog (`messageParent`). */
  dialogMessage(message: string): void;
}

declare global {
  interface Window {
    __officeStandInConfig?: StandInConfig;
    __officeStandIn?: StandInControl;
  }
}

const ok = <T>(callback: OfficeCallback<T> | undefined, value: T) => setTimeout(() => callback?.({ status: 'succeeded', value }), 0);
const details = (a: { name: string; address: string }) => ({ displayName: a.name, emailAddress: a.address });

function atLeast(version: string, wanted = '1.1'): boolean {
  const [a, b] = version.split('.').map(Number);
  const [c, d] = wanted.split('.').map(Number);
  return a! > c! || (a === c && b! >= d!);
}

function install(config: StandInConfig): StandInControl {
  const user = config.user ?? { name: 'Preview Rep', address: 'rep@lumen-home.example' };
  const roaming = new Map(Object.entries(config.roaming ?? {}));
  const handlers = new Map<string, Array<() => void>>();
  const itemHandlers = new Map<string, Array<() => void>>();
  const calls: StandInCalls = { replyForms: [], newMessages: [], inserted: [], subjects: [], dialogs: [], bodyReads: 0 };
  let dialogListener: ((arg: { message?: string; error?: number }) => void) | null = null;
  let current: StandInMessage | null = null;

  const mailbox: OfficeApi['context']['mailbox'] = {
    item: null,
    userProfile: { emailAddress: user.address, displayName: user.name },
    diagnostics: { hostName: 'OutlookWebApp' },
    addHandlerAsync(type, handler, callback) {
      handlers.set(type, [...(handlers.get(type) ?? []), handler as () => void]);
      ok(callback, undefined);
    },
    displayNewMessageForm(form) {
      calls.newMessages.push(form);
    },
    displayNewMessageFormAsync(form, callback) {
      calls.newMessages.push(form);
      ok(callback, undefined);
    },
  };

  function readItem(m: StandInMessage) {
    return {
      itemType: m.itemType ?? 'message',
      itemClass: m.itemClass ?? 'IPM.Note',
      itemId: `stand-in-${m.internetMessageId ?? m.subject}`,
      from: details(m.from),
      sender: details(m.sender ?? m.from),
      to: m.to.map(details),
      cc: (m.cc ?? []).map(details),
      subject: m.subject,
      internetMessageId: m.internetMessageId ?? '',
      conversationId: m.conversationId ?? null,
      dateTimeCreated: m.receivedAt ? new Date(m.receivedAt) : new Date(),
      attachments: (m.attachments ?? []).map((name) => ({ name, isInline: false })),
      body: {
        getAsync(_type: 'text', callback: OfficeCallback<string>) {
          calls.bodyReads++;
          ok(callback, m.body ?? '');
        },
      },
      getAllInternetHeadersAsync: (callback: OfficeCallback<string>) => ok(callback, m.headers ?? ''),
      getSharedPropertiesAsync: (callback: OfficeCallback<never>) =>
        setTimeout(() => callback({ status: 'failed', value: undefined as never, error: { code: 9041, message: 'not a shared item' } }), 0),
      displayReplyForm: (form: unknown) => void calls.replyForms.push(form),
      displayReplyFormAsync: (form: unknown, callback?: OfficeCallback<void>) => {
        calls.replyForms.push(form);
        ok(callback, undefined);
      },
    };
  }

  function composeItem(m: StandInMessage) {
    let to = m.to;
    let subject = m.subject;
    const field = <T>(get: () => T) => ({ getAsync: (callback: OfficeCallback<T>) => ok(callback, get()) });
    return {
      itemType: 'message',
      conversationId: m.conversationId ?? null,
      from: field(() => details(m.from)),
      to: { ...field(() => to.map(details)), set: (next: StandInMessage['to']) => (to = next) },
      cc: field(() => (m.cc ?? []).map(details)),
      subject: {
        ...field(() => subject),
        setAsync(next: string, callback?: OfficeCallback<void>) {
          subject = next;
          calls.subjects.push(next);
          ok(callback, undefined);
        },
      },
      body: {
        getAsync(_type: 'text', callback: OfficeCallback<string>) {
          calls.bodyReads++;
          ok(callback, m.body ?? '');
        },
        getTypeAsync: (callback: OfficeCallback<string>) => ok(callback, 'html'),
        setSelectedDataAsync(data: string, options: { coercionType: string }, callback?: OfficeCallback<void>) {
          calls.inserted.push({ data, coercionType: options.coercionType });
          ok(callback, undefined);
        },
      },
      getAttachmentsAsync: (callback: OfficeCallback<unknown[]>) => ok(callback, (m.attachments ?? []).map((name) => ({ name, isInline: false }))),
      addHandlerAsync(type: string, handler: () => void, callback?: OfficeCallback<void>) {
        itemHandlers.set(type, [...(itemHandlers.get(type) ?? []), handler]);
        ok(callback, undefined);
      },
    };
  }

  const office: OfficeApi = {
    onReady: () => Promise.resolve({ host: 'Outlook', platform: 'OfficeOnline' }),
    context: {
      mailbox,
      displayLanguage: config.displayLanguage ?? 'en-US',
      roamingSettings: {
        get: (name) => roaming.get(name),
        set: (name, value) => void roaming.set(name, value),
        remove: (name) => void roaming.delete(name),
        saveAsync: (callback) => ok(callback, undefined),
      },
      requirements: { isSetSupported: (name, version) => name === 'Mailbox' && atLeast(config.mailboxVersion ?? '1.13', version) },
      ui: {
        displayDialogAsync(url, _options, callback) {
          calls.dialogs.push(url);
          if ((config.dialog ?? 'fail') === 'fail') {
            setTimeout(() => callback?.({ status: 'failed', value: undefined as never, error: { code: 12009, message: 'The user chose to ignore the dialog box.' } }), 0);
            return;
          }
          window.open(url, 'touchpoint-sign-in', 'width=480,height=640');
          const dialog: OfficeDialog = {
            addEventHandler(type, handler) {
              if (type === 'dialogMessageReceived') dialogListener = handler;
            },
            close: () => {},
          };
          ok(callback, dialog);
        },
      },
    },
  };

  const setItem = (message: StandInMessage | null) => {
    current = message;
    itemHandlers.clear();
    mailbox.item = message === null ? null : ((message.mode === 'compose' ? composeItem(message) : readItem(message)) as never);
    // Outlook swaps the item first, then tells the pane.
    for (const h of handlers.get('olkItemSelectedChanged') ?? []) h();
  };
  if (config.item) {
    current = config.item;
    mailbox.item = (config.item.mode === 'compose' ? composeItem(config.item) : readItem(config.item)) as never;
  }

  (window as unknown as { Office: OfficeApi }).Office = office;
  return {
    setItem,
    setRecipients(to) {
      const item = mailbox.item as unknown as { to?: { set?: (next: StandInMessage['to']) => void } } | null;
      if (!current || current.mode !== 'compose' || !item?.to?.set) return;
      item.to.set(to);
      for (const h of itemHandlers.get('olkRecipientsChanged') ?? []) h();
    },
    calls,
    roaming,
    dialogMessage: (message) => dialogListener?.({ message }),
  };
}

window.__officeStandIn = install(window.__officeStandInConfig ?? {});
