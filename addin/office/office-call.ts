/**
 * Office.js callbacks as promises, with a time limit: some Outlook builds silently never call
 * back after an item change, and a pane waiting forever looks broken.
 */
import type { OfficeCallback } from './office-types.ts';

/** Default wait for an Office.js callback, in milliseconds. */
export const OFFICE_CALL_TIMEOUT_MS = 5000;

/** An Office.js call that failed, with Office's error code (e.g. 9020, 12009). */
export class OfficeCallError extends Error {
  constructor(
    readonly what: string,
    readonly code: number | null,
    message: string,
  ) {
    super(`${what}: ${message}${code === null ? '' : ` (Office error ${code})`}`);
    this.name = 'OfficeCallError';
  }
}

/**
 * Runs an Office.js async method and resolves with its value.
 * @param what names the call in errors (`body.getAsync`).
 * @throws OfficeCallError when Office reports a failure, the call throws, or no answer comes in `timeoutMs`.
 * @example const text = await officeCall('body.getAsync', (cb) => item.body.getAsync('text', cb));
 */
export function officeCall<T>(what: string, invoke: (callback: OfficeCallback<T>) => void, timeoutMs = OFFICE_CALL_TIMEOUT_MS): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new OfficeCallError(what, null, `no answer within ${timeoutMs} ms`)), timeoutMs);
    try {
      invoke((result) => {
        clearTimeout(timer);
        if (result.status === 'succeeded') resolve(result.value);
        else reject(new OfficeCallError(what, result.error?.code ?? null, result.error?.message ?? 'failed'));
      });
    } catch (error) {
      clearTimeout(timer);
      reject(new OfficeCallError(what, null, error instanceof Error ? error.message : String(error)));
    }
  });
}
