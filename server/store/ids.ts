/** Identifiers and timestamps the store assigns. */
import { v7 as uuidv7 } from 'uuid';

/**
 * A new record id: a UUIDv7, time-ordered and monotonic within the process, so ordering by id
 * is creation order (the audit trail relies on it when two entries share a timestamp).
 */
export function newId(): string {
  return uuidv7();
}

/** Now as ISO-8601 UTC; the clock is injected so tests can fix it. */
export type Clock = () => Date;
export const systemClock: Clock = () => new Date();
export function isoNow(clock: Clock): string {
  return clock().toISOString();
}
