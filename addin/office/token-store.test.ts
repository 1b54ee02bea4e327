import { describe, expect, it } from 'vitest';
import { TOKEN_SETTING, tokenStore } from './token-store.ts';
import { mockOffice } from './testing/office-mock.ts';

function memoryStorage() {
  const map = new Map<string, string>();
  return { map, getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v), removeItem: (k: string) => void map.delete(k) };
}

describe('tokenStore', () => {
  it('keeps the token in roaming settings, saved, and a copy under the partition key', async () => {
    const host = mockOffice({ item: null, partitionKey: 'p-123' });
    const storage = memoryStorage();
    await tokenStore(host.office, storage).set('tp_abc');
    expect(host.saved.at(-1)).toEqual({ [TOKEN_SETTING]: 'tp_abc' });
    expect([...storage.map]).toEqual([[`p-123:${TOKEN_SETTING}`, 'tp_abc']]);
  });

  it('reads roaming settings first and the local copy when they were lost', () => {
    const storage = memoryStorage();
    storage.setItem(TOKEN_SETTING, 'tp_local');
    expect(tokenStore(mockOffice({ item: null, roaming: { [TOKEN_SETTING]: 'tp_roaming' } }).office, storage).get()).toBe('tp_roaming');
    expect(tokenStore(mockOffice({ item: null }).office, storage).get()).toBe('tp_local');
  });

  it('forgets both on sign-out', async () => {
    const host = mockOffice({ item: null, roaming: { [TOKEN_SETTING]: 'tp_x' } });
    const storage = memoryStorage();
    storage.setItem(TOKEN_SETTING, 'tp_x');
    const store = tokenStore(host.office, storage);
    await store.clear();
    expect(store.get()).toBeNull();
    expect(host.saved.at(-1)).toEqual({});
  });

  it('works without localStorage, and when it throws', async () => {
    const host = mockOffice({ item: null });
    const throwing = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('denied'); }, removeItem: () => {} };
    const store = tokenStore(host.office, throwing);
    await store.set('tp_y');
    expect(store.get()).toBe('tp_y');
    expect(tokenStore(host.office, null).get()).toBe('tp_y');
  });
});
