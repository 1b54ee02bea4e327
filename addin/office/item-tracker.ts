/**
 * Follows the open item of a (pinned) pane: `ItemChanged` from Outlook, recipient changes
 * while writing, and a re-check whenever the pane becomes visible again, since some Outlook
 * builds miss an `ItemChanged` and leave a pane on the previous mail.
 */
import { describeItem, NO_ITEM, type ItemSnapshot } from './item-snapshot.ts';
import type { ComposeItem, OfficeApi } from './office-types.ts';

/** `Office.EventType.ItemChanged`. */
export const ITEM_CHANGED = 'olkItemSelectedChanged';
/** `Office.EventType.RecipientsChanged` (compose, Mailbox 1.7). */
export const RECIPIENTS_CHANGED = 'olkRecipientsChanged';

export interface ItemTracker {
  /** The item now open; the same object until something changes (for `useSyncExternalStore`). */
  getSnapshot(): ItemSnapshot;
  subscribe(listener: () => void): () => void;
  /** Re-reads `mailbox.item` and notifies when it differs (a "refresh" button, a focus). */
  check(): void;
}

export interface TrackerOptions {
  /** Where to listen for visibility changes; `document` in the pane. */
  events?: Pick<Document, 'addEventListener'> & { visibilityState?: string };
}

export function trackItem(office: OfficeApi, options: TrackerOptions = {}): ItemTracker {
  const box = office.context.mailbox;
  const listeners = new Set<() => void>();
  let snapshot = describeItem(box.item);
  let recipients = 0;

  const notify = () => {
    for (const listener of [...listeners]) listener();
  };

  const watchRecipients = () => {
    const item = box.item as ComposeItem | null | undefined;
    if (snapshot.kind !== 'compose' || !item?.addHandlerAsync) return;
    const compose = snapshot.key;
    item.addHandlerAsync(RECIPIENTS_CHANGED, () => {
      // A new recipient can be another customer: ask again, under a new key.
      if (!snapshot.key.startsWith(compose)) return;
      snapshot = { kind: 'compose', key: `${compose}#${++recipients}` };
      notify();
    });
  };

  const check = () => {
    const next = describeItem(box.item);
    if (next.key === snapshot.key.split('#')[0] && next.kind === snapshot.kind) return;
    snapshot = next;
    watchRecipients();
    notify();
  };

  // When the handler runs, Outlook has already swapped `mailbox.item` (it may be null).
  box.addHandlerAsync(ITEM_CHANGED, check);
  watchRecipients();
  options.events?.addEventListener('visibilitychange', () => {
    if (options.events?.visibilityState !== 'hidden') check();
  });

  return {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    check,
  };
}

/** A pane that follows no item: the customer's page, in Outlook or in a plain browser. */
export const noItemTracker: ItemTracker = {
  getSnapshot: () => NO_ITEM,
  subscribe: () => () => {},
  check: () => {},
};
