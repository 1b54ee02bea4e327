/**
 * Where the pane keeps its Touchpoint token: Office's roaming settings (per mailbox, stored in
 * Exchange, so it follows the rep to every Outlook) with a localStorage copy, because roaming
 * settings are sometimes lost after a refresh. The token is opaque and revocable on the server;
 * nothing else is stored.
 */
import type { OfficeApi } from './office-types.ts';

export const TOKEN_SETTING = 'touchpoint.token';

export interface TokenStore {
  get(): string | null;
  set(token: string): Promise<void>;
  clear(): Promise<void>;
}

/** The bits of `Storage` the store uses (tests pass a Map-backed one). */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

function save(office: OfficeApi): Promise<void> {
  return new Promise((resolve) => {
    try {
      // A failed save (error 9019 and friends) leaves the local copy: not worth failing sign-in over.
      office.context.roamingSettings.saveAsync(() => resolve());
    } catch {
      resolve();
    }
  });
}

/**
 * @param storage localStorage, or null where it is unavailable. Keys are prefixed with
 *   `Office.context.partitionKey` where the browser partitions storage, as Office asks.
 */
export function tokenStore(office: OfficeApi, storage: KeyValueStorage | null): TokenStore {
  const partition = office.context.partitionKey;
  const localKey = partition ? `${partition}:${TOKEN_SETTING}` : TOKEN_SETTING;
  const local = {
    get: () => {
      try {
        return storage?.getItem(localKey) ?? null;
      } catch {
        return null;
      }
    },
    set: (value: string | null) => {
      try {
        if (value === null) storage?.removeItem(localKey);
        else storage?.setItem(localKey, value);
      } catch {
        // Storage can be switched off (private windows, strict tracking protection): roaming settings remain.
      }
    },
  };
  return {
    get() {
      const roaming = office.context.roamingSettings.get(TOKEN_SETTING);
      if (typeof roaming === 'string' && roaming) return roaming;
      return local.get();
    },
    async set(token) {
      local.set(token);
      office.context.roamingSettings.set(TOKEN_SETTING, token);
      await save(office);
    },
    async clear() {
      local.set(null);
      office.context.roamingSettings.remove(TOKEN_SETTING);
      await save(office);
    },
  };
}
