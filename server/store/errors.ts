/**
 * Expected failures of a store operation, as data the HTTP layer turns into a status.
 * Anything else thrown from the store is a bug and answers 500.
 */
export type StoreErrorCode = 'not_found' | 'conflict' | 'forbidden' | 'invalid';

export class StoreError extends Error {
  constructor(
    readonly code: StoreErrorCode,
    message: string,
    /** The input field at fault, dotted (`lines.0.quantity`). */
    readonly field?: string,
  ) {
    super(message);
    this.name = 'StoreError';
  }
}

export const notFound = (what: string) => new StoreError('not_found', `${what} not found`);
