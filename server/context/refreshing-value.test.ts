import { describe, expect, it } from 'vitest';
import { RefreshingValue } from './refreshing-value.ts';

function counter(options: { maxAgeMs: number; waitForFresh?: boolean }) {
  let clock = 0;
  let builds = 0;
  let fail = false;
  const errors: unknown[] = [];
  const value = new RefreshingValue(
    async () => {
      if (fail) throw new Error('store down');
      return ++builds;
    },
    { ...options, now: () => clock, onError: (e) => errors.push(e) },
  );
  return {
    value,
    tick: (ms: number) => (clock += ms),
    fail: (on: boolean) => (fail = on),
    builds: () => builds,
    errors,
  };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('RefreshingValue', () => {
  it('builds once on first use and serves the same value while fresh', async () => {
    const c = counter({ maxAgeMs: 1000 });
    const [a, b] = await Promise.all([c.value.get(), c.value.get()]);
    expect([a, b]).toEqual([1, 1]);
    c.tick(999);
    expect(await c.value.get()).toBe(1);
    expect(c.builds()).toBe(1);
  });

  it('answers stale after max age while rebuilding in the background', async () => {
    const c = counter({ maxAgeMs: 1000 });
    await c.value.get();
    c.tick(1000);
    expect(await c.value.get()).toBe(1);
    await settle();
    expect(await c.value.get()).toBe(2);
  });

  it('rebuilds after invalidate, and waits for it when asked to', async () => {
    const c = counter({ maxAgeMs: 60_000, waitForFresh: true });
    expect(await c.value.get()).toBe(1);
    c.value.invalidate();
    expect(await c.value.get()).toBe(2);
    expect(await c.value.get()).toBe(2);
  });

  it('keeps serving the old value when a background rebuild fails, and retries next time', async () => {
    const c = counter({ maxAgeMs: 10 });
    await c.value.get();
    c.tick(10);
    c.fail(true);
    expect(await c.value.get()).toBe(1);
    await settle();
    expect(c.errors).toHaveLength(1);
    c.fail(false);
    expect(await c.value.get()).toBe(1);
    await settle();
    expect(await c.value.get()).toBe(2);
  });

  it('rejects the first get when the first build fails', async () => {
    const c = counter({ maxAgeMs: 10 });
    c.fail(true);
    await expect(c.value.get()).rejects.toThrow('store down');
    c.fail(false);
    expect(await c.value.get()).toBe(1);
  });
});
