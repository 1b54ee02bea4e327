/** The open item, re-rendering when Outlook switches to another one. */
import { useSyncExternalStore } from 'preact/compat';
import type { ItemSnapshot } from '../office/item-snapshot.ts';
import { usePane } from './pane-context.tsx';

export function useItem(): ItemSnapshot {
  const { host } = usePane();
  return useSyncExternalStore(host.items.subscribe, host.items.getSnapshot);
}
