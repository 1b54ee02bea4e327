import { describe, expect, it, vi } from 'vitest';
import type { DialogOutcome } from '../office/dialog.ts';
import type { PairClaim, PairStart } from './client.ts';
import { pairSignIn } from './pair-sign-in.ts';

const start: PairStart = {
  pairId: 'p1',
  pollSecret: 's1',
  code: 'K7QM-2F',
  signInUrl: 'https://tp.example/pair/sign-in?pair=p1',
  codeUrl: 'https://tp.example/pair/code',
  expiresAt: new Date(Date.now() + 60_000).toISOString(),
};

function fakes(dialog: DialogOutcome, claims: PairClaim[]) {
  const client = { pairStart: vi.fn(async () => start), pairClaim: vi.fn(async () => claims.shift() ?? { state: 'pending' as const }) };
  const openDialog = vi.fn(async () => dialog);
  const showCode = vi.fn();
  return { client, openDialog, showCode };
}

describe('pairSignIn', () => {
  it('claims the token once the dialog says paired', async () => {
    const f = fakes({ kind: 'message', message: JSON.stringify({ type: 'paired', pairId: 'p1' }) }, [{ state: 'paired', token: 'tp_new', user: {} as never }]);
    expect(await pairSignIn({ ...f, label: 'Outlook rep@x' })).toEqual({ state: 'signed_in', token: 'tp_new' });
    expect(f.client.pairStart).toHaveBeenCalledWith('Outlook rep@x');
    expect(f.openDialog).toHaveBeenCalledWith(start.signInUrl);
    expect(f.client.pairClaim).toHaveBeenCalledWith('p1', 's1');
    expect(f.showCode).not.toHaveBeenCalled();
  });

  it('shows the code and polls when the dialog cannot open', async () => {
    const f = fakes({ kind: 'failed', code: 12009, reason: 'declined' }, [{ state: 'pending' }, { state: 'pending' }, { state: 'paired', token: 'tp_code', user: {} as never }]);
    expect(await pairSignIn({ ...f, label: 'x', pollMs: 1 })).toEqual({ state: 'signed_in', token: 'tp_code' });
    expect(f.showCode).toHaveBeenCalledWith(start);
    expect(f.client.pairClaim).toHaveBeenCalledTimes(3);
  });

  it('ignores a message for another pairing and falls back to the code', async () => {
    const f = fakes({ kind: 'message', message: JSON.stringify({ type: 'paired', pairId: 'other' }) }, [{ state: 'expired' }]);
    expect(await pairSignIn({ ...f, label: 'x', pollMs: 1 })).toEqual({ state: 'expired' });
    expect(f.showCode).toHaveBeenCalled();
  });

  it('stops polling when cancelled', async () => {
    const f = fakes({ kind: 'closed', code: 12006 }, []);
    const controller = new AbortController();
    const pending = pairSignIn({ ...f, label: 'x', pollMs: 5, signal: controller.signal });
    await new Promise((r) => setTimeout(r, 20));
    controller.abort();
    expect(await pending).toEqual({ state: 'cancelled' });
  });
});
