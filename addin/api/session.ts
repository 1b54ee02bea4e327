/**
 * Whether the pane is signed in: the token (kept by the Office adapter's token store) as a
 * subscribable value, so the views re-render on sign-in and sign-out.
 */
import type { TokenStore } from '../office/token-store.ts';

export interface Session {
  token(): string | null;
  /** Changes whenever the token does (for `useSyncExternalStore`). */
  version(): number;
  subscribe(listener: () => void): () => void;
  signIn(token: string): Promise<void>;
  /** After a 401 or on request: forgets the token. */
  signOut(): Promise<void>;
}

export function session(tokens: TokenStore): Session {
  const listeners = new Set<() => void>();
  let version = 0;
  let current = tokens.get();
  const changed = () => {
    version++;
    for (const l of [...listeners]) l();
  };
  return {
    token: () => current,
    version: () => version,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async signIn(token) {
      current = token;
      changed();
      await tokens.set(token);
    },
    async signOut() {
      if (current === null) return;
      current = null;
      changed();
      await tokens.clear();
    },
  };
}
