import { describe, expect, it, vi } from 'vitest';
import { openDialog } from './dialog.ts';
import { fail, mockOffice } from './testing/office-mock.ts';

function withDialog() {
  const handlers = new Map<string, (arg: { message?: string; error?: number }) => void>();
  const dialog = { addEventHandler: (type: string, h: (arg: { message?: string; error?: number }) => void) => void handlers.set(type, h), close: vi.fn() };
  const host = mockOffice({ item: null });
  const displayDialogAsync = vi.fn((_url: string, _options: unknown, callback: (r: unknown) => void) => callback({ status: 'succeeded', value: dialog }));
  host.mock.context.ui.displayDialogAsync = displayDialogAsync;
  return { office: host.office, handlers, dialog, displayDialogAsync };
}

describe('openDialog', () => {
  it('resolves with the first message and closes the dialog', async () => {
    const { office, handlers, dialog, displayDialogAsync } = withDialog();
    const outcome = openDialog(office, 'https://tp.example/pair/sign-in?id=1');
    handlers.get('dialogMessageReceived')!({ message: '{"type":"paired","pairId":"p1"}' });
    expect(await outcome).toEqual({ kind: 'message', message: '{"type":"paired","pairId":"p1"}' });
    expect(dialog.close).toHaveBeenCalled();
    expect(displayDialogAsync).toHaveBeenCalledWith('https://tp.example/pair/sign-in?id=1', { height: 60, width: 30 }, expect.any(Function));
  });

  it('says when the user closed it', async () => {
    const { office, handlers } = withDialog();
    const outcome = openDialog(office, 'https://tp.example/x');
    handlers.get('dialogEventReceived')!({ error: 12006 });
    expect(await outcome).toEqual({ kind: 'closed', code: 12006 });
  });

  it('says why it did not open (the user ignored the prompt: 12009)', async () => {
    const host = mockOffice({ item: null });
    host.mock.context.ui.displayDialogAsync = fail(12009, 'declined');
    expect(await openDialog(host.office, 'https://tp.example/x')).toEqual({ kind: 'failed', code: 12009, reason: 'declined' });
  });
});
