/**
 * Office objects for the adapter's unit tests, built with office-addin-mock: plain data in,
 * an object with Office's shape out. Async methods answer through `succeed` / `fail`.
 */
import { OfficeMockObject } from 'office-addin-mock';
import type { OfficeApi, OfficeCallback } from '../office-types.ts';

/** An Office.js async method that answers `value`. */
export function succeed<T>(value: T) {
  return (...args: unknown[]) => {
    const callback = args.findLast((a) => typeof a === 'function') as OfficeCallback<T> | undefined;
    callback?.({ status: 'succeeded', value });
  };
}

/** An Office.js async method that fails with `code`. */
export function fail(code: number, message = 'failed') {
  return (...args: unknown[]) => {
    const callback = args.findLast((a) => typeof a === 'function') as OfficeCallback<unknown> | undefined;
    callback?.({ status: 'failed', value: undefined, error: { code, message, name: 'Error' } });
  };
}

export interface MockOptions {
  /** The open item's data (read fields as values, compose fields as `{ getAsync }`); null for none. */
  item: Record<string, unknown> | null;
  /** Requirement sets supported: `Mailbox` up to this version. Default 1.8. */
  mailboxVersion?: string;
  userAddress?: string;
  partitionKey?: string;
  roaming?: Record<string, unknown>;
}

const newer = (a: string, b: string) => {
  const [am, an] = a.split('.').map(Number);
  const [bm, bn] = b.split('.').map(Number);
  return am! > bm! || (am === bm && an! >= bn!);
};

export function mockOffice(options: MockOptions) {
  const handlers = new Map<string, Array<(event?: unknown) => void>>();
  const roaming = new Map(Object.entries(options.roaming ?? {}));
  const saved: Array<Record<string, unknown>> = [];
  const mock = new OfficeMockObject({
    host: 'outlook',
    context: {
      displayLanguage: 'en-US',
      mailbox: {
        userProfile: { emailAddress: options.userAddress ?? 'rep@lumen-home.example', displayName: 'Rep' },
        addHandlerAsync: (type: string, handler: (event?: unknown) => void, callback?: OfficeCallback<void>) => {
          handlers.set(type, [...(handlers.get(type) ?? []), handler]);
          callback?.({ status: 'succeeded', value: undefined });
        },
        displayNewMessageForm: () => {},
      },
      roamingSettings: {
        get: (name: string) => roaming.get(name),
        set: (name: string, value: unknown) => roaming.set(name, value),
        remove: (name: string) => roaming.delete(name),
        saveAsync: (callback?: OfficeCallback<void>) => {
          saved.push(Object.fromEntries(roaming));
          callback?.({ status: 'succeeded', value: undefined });
        },
      },
      requirements: { isSetSupported: (name: string, version = '1.1') => name === 'Mailbox' && newer(options.mailboxVersion ?? '1.8', version) },
      ui: { displayDialogAsync: () => {} },
    },
  });
  // office-addin-mock cannot take null in its data: set after construction.
  mock.context.mailbox.item = options.item === null ? null : new OfficeMockObject({ host: 'outlook', ...options.item });
  if (options.partitionKey) mock.context.partitionKey = options.partitionKey;
  const office = mock as unknown as OfficeApi;
  return {
    office,
    mock,
    roaming,
    saved,
    /** Swaps the open item and fires Outlook's ItemChanged handlers, as Outlook does. */
    changeItem(item: Record<string, unknown> | null) {
      mock.context.mailbox.item = item === null ? null : new OfficeMockObject({ host: 'outlook', ...item });
      for (const h of handlers.get('olkItemSelectedChanged') ?? []) h();
    },
    handlers,
  };
}
