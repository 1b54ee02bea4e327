import { describe, expect, it, vi } from 'vitest';
import { describeItem, NO_ITEM } from './item-snapshot.ts';
import { trackItem } from './item-tracker.ts';
import { mockOffice, succeed } from './testing/office-mock.ts';

const message = (id: string, extra: Record<string, unknown> = {}) => ({
  itemType: 'message',
  itemClass: 'IPM.Note',
  internetMessageId: id,
  from: { emailAddress: 'a@b.de', displayName: 'A' },
  subject: 'Hello',
  body: { getAsync: succeed('') },
  ...extra,
});

describe('describeItem', () => {
  it('tells a read message by its Message-ID', () => {
    const { office } = mockOffice({ item: message('<m1@b.de>') });
    expect(describeItem(office.context.mailbox.item)).toEqual({ kind: 'read', key: 'read:<m1@b.de>' });
  });

  it('says a meeting request is a meeting, not a mail', () => {
    const { office } = mockOffice({ item: message('<m2@b.de>', { itemClass: 'IPM.Schedule.Meeting.Request', itemId: 'AAMk1' }) });
    expect(describeItem(office.context.mailbox.item)).toEqual({ kind: 'meeting', key: 'meeting:AAMk1' });
  });

  it('says an appointment is an appointment', () => {
    const { office } = mockOffice({ item: { itemType: 'appointment', itemId: 'AAMk2', subject: 'Visit' } });
    expect(describeItem(office.context.mailbox.item).kind).toBe('appointment');
  });

  it('tells a message being written by its getAsync fields, one key per draft', () => {
    const compose = () => ({ itemType: 'message', subject: { getAsync: succeed('') }, to: { getAsync: succeed([]) }, cc: { getAsync: succeed([]) } });
    const first = mockOffice({ item: compose() });
    const second = mockOffice({ item: compose() });
    const a = describeItem(first.office.context.mailbox.item);
    expect(a.kind).toBe('compose');
    expect(describeItem(first.office.context.mailbox.item)).toEqual(a);
    expect(describeItem(second.office.context.mailbox.item).key).not.toBe(a.key);
  });

  it('says none for no item', () => {
    expect(describeItem(null)).toBe(NO_ITEM);
    expect(describeItem(undefined)).toBe(NO_ITEM);
  });
});

describe('trackItem', () => {
  it('follows ItemChanged to the next message and to no message', () => {
    const host = mockOffice({ item: message('<m1@b.de>') });
    const tracker = trackItem(host.office);
    const seen: string[] = [];
    tracker.subscribe(() => seen.push(tracker.getSnapshot().key));
    expect(tracker.getSnapshot().key).toBe('read:<m1@b.de>');

    host.changeItem(message('<m2@b.de>'));
    host.changeItem(null);
    expect(seen).toEqual(['read:<m2@b.de>', 'none']);
  });

  it('keeps the same snapshot object while the item stays, as useSyncExternalStore needs', () => {
    const host = mockOffice({ item: message('<m1@b.de>') });
    const tracker = trackItem(host.office);
    const listener = vi.fn();
    tracker.subscribe(listener);
    const before = tracker.getSnapshot();
    tracker.check();
    expect(tracker.getSnapshot()).toBe(before);
    expect(listener).not.toHaveBeenCalled();
  });

  it('notices a missed ItemChanged when the pane becomes visible again', () => {
    const host = mockOffice({ item: message('<m1@b.de>') });
    let onVisible: () => void = () => {};
    const events = { visibilityState: 'visible', addEventListener: (_: string, handler: () => void) => (onVisible = handler) };
    const tracker = trackItem(host.office, { events: events as never });
    // Outlook swapped the item without telling the pane.
    host.mock.context.mailbox.item = mockOffice({ item: message('<m3@b.de>') }).office.context.mailbox.item;
    onVisible();
    expect(tracker.getSnapshot().key).toBe('read:<m3@b.de>');
  });

  it('asks again when the recipients of a message being written change', () => {
    let recipientsChanged: () => void = () => {};
    const host = mockOffice({
      item: {
        itemType: 'message',
        subject: { getAsync: succeed('') },
        to: { getAsync: succeed([]) },
        cc: { getAsync: succeed([]) },
        addHandlerAsync: (type: string, handler: () => void) => {
          if (type === 'olkRecipientsChanged') recipientsChanged = handler;
        },
      },
    });
    const tracker = trackItem(host.office);
    const first = tracker.getSnapshot();
    recipientsChanged();
    expect(tracker.getSnapshot()).toEqual({ kind: 'compose', key: `${first.key}#1` });
    // The same draft stays the same draft for check().
    tracker.check();
    expect(tracker.getSnapshot().key).toBe(`${first.key}#1`);
  });

  it('stops telling a listener that unsubscribed', () => {
    const host = mockOffice({ item: message('<m1@b.de>') });
    const tracker = trackItem(host.office);
    const listener = vi.fn();
    const unsubscribe = tracker.subscribe(listener);
    unsubscribe();
    host.changeItem(message('<m2@b.de>'));
    expect(listener).not.toHaveBeenCalled();
  });
});
