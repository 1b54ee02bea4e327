/**
 * What the pane is looking at: which kind of item, and a key that changes when the item does.
 * The key is the query key of the item's context, so switching items swaps the cached answer.
 */
import type { ComposeItem, MailItem, ReadItem } from './office-types.ts';

/**
 * - `none`: nothing selected (or several messages, or the reading pane off).
 * - `read`: a message being read (received, or sent by the rep).
 * - `compose`: a message being written.
 * - `meeting`: a meeting request, cancellation or response: not a mail to look up.
 * - `appointment`: a calendar item.
 */
export type ItemKind = 'none' | 'read' | 'compose' | 'meeting' | 'appointment';

export interface ItemSnapshot {
  kind: ItemKind;
  /** Stable while the same item stays open; `none` when nothing is. */
  key: string;
}

export const NO_ITEM: ItemSnapshot = { kind: 'none', key: 'none' };

/** Compose fields are objects with `getAsync`; read fields are plain values. */
export function isCompose(item: MailItem): item is ComposeItem {
  const subject = (item as { subject?: unknown }).subject;
  return typeof subject === 'object' && subject !== null && typeof (subject as { getAsync?: unknown }).getAsync === 'function';
}

export function isRead(item: MailItem): item is ReadItem {
  return !isCompose(item);
}

// Items without an id of their own (a new draft, a message not yet synced) get one per object:
// Office hands over a new item object on every change, so object identity is item identity.
const localKeys = new WeakMap<object, string>();
let nextLocalKey = 1;
function localKey(item: object): string {
  let key = localKeys.get(item);
  if (!key) localKeys.set(item, (key = `local-${nextLocalKey++}`));
  return key;
}

export function describeItem(item: MailItem | null | undefined): ItemSnapshot {
  if (!item) return NO_ITEM;
  if (item.itemType === 'appointment') return { kind: 'appointment', key: `appointment:${(item as ReadItem).itemId ?? localKey(item)}` };
  if (isCompose(item)) return { kind: 'compose', key: `compose:${localKey(item)}` };
  if (item.itemClass?.startsWith('IPM.Schedule.Meeting')) return { kind: 'meeting', key: `meeting:${item.itemId ?? localKey(item)}` };
  return { kind: 'read', key: `read:${item.internetMessageId || item.itemId || localKey(item)}` };
}
