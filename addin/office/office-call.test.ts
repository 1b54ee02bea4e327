import { afterEach, describe, expect, it, vi } from 'vitest';
import { OfficeCallError, officeCall } from './office-call.ts';
import { fail, succeed } from './testing/office-mock.ts';

afterEach(() => vi.useRealTimers());

describe('officeCall', () => {
  it('resolves with the value Office answers', async () => {
    expect(await officeCall<string>('body.getAsync', (cb) => succeed('text')(cb))).toBe('text');
  });

  it('rejects with Office’s error code', async () => {
    const error = await officeCall('body.getAsync', (cb) => fail(9020, 'Internal error')(cb)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OfficeCallError);
    expect(error).toMatchObject({ code: 9020, message: 'body.getAsync: Internal error (Office error 9020)' });
  });

  it('gives up when Office never calls back', async () => {
    vi.useFakeTimers();
    const pending = officeCall('displayReplyFormAsync', () => {}, 1000);
    vi.advanceTimersByTime(1000);
    await expect(pending).rejects.toThrow('displayReplyFormAsync: no answer within 1000 ms');
  });

  it('rejects when the call itself throws (an over-long form)', async () => {
    await expect(officeCall('displayNewMessageFormAsync', () => { throw new Error('too long'); })).rejects.toThrow('displayNewMessageFormAsync: too long');
  });
});
