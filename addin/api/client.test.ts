import { describe, expect, it, vi } from 'vitest';
import { ApiError } from './api-error.ts';
import { apiClient } from './client.ts';

function fakeFetch(answer: (url: string, init: RequestInit) => Response | Promise<Response>) {
  return vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => answer(String(input), init ?? {}));
}
const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('apiClient', () => {
  it('posts the message and the interface language with the bearer token', async () => {
    const fetch = fakeFetch(() => json(200, { kind: 'internal', warnings: [] }));
    const client = apiClient({ baseUrl: 'https://tp.example/', token: () => 'tp_abc', fetch });
    const message = { from: 'a@b.de', attachmentNames: [] };
    expect(await client.context(message, 'zh-CN')).toEqual({ kind: 'internal', warnings: [] });
    const [url, init] = fetch.mock.calls[0]!;
    expect(url).toBe('https://tp.example/api/context');
    expect(init).toMatchObject({ method: 'POST', headers: { authorization: 'Bearer tp_abc', 'content-type': 'application/json' } });
    expect(JSON.parse(String(init!.body))).toEqual({ message, locale: 'zh-CN' });
  });

  it.each([
    [401, 'signed_out'],
    [403, 'forbidden'],
    [404, 'not_found'],
    [409, 'conflict'],
    [422, 'invalid'],
    [500, 'server'],
    [502, 'server'],
  ] as const)('turns %d into the %s state with the server’s message', async (status, state) => {
    const client = apiClient({ baseUrl: 'https://tp.example', token: () => 't', fetch: fakeFetch(() => json(status, { error: 'why', field: 'message.from' })) });
    await expect(client.today()).rejects.toMatchObject({ state, status, message: 'why', field: 'message.from' });
  });

  it('says unreachable when no answer comes', async () => {
    const client = apiClient({ baseUrl: 'https://tp.example', token: () => 't', fetch: fakeFetch(() => Promise.reject(new TypeError('Failed to fetch'))) });
    const error = await client.today().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ state: 'unreachable', status: null, message: 'Failed to fetch' });
  });

  it('passes a cancellation through untouched', async () => {
    const controller = new AbortController();
    const client = apiClient({
      baseUrl: 'https://tp.example',
      token: () => 't',
      fetch: fakeFetch((_url, init) => new Promise((_resolve, reject) => init.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))))),
    });
    const pending = client.context({ from: 'a@b.de', attachmentNames: [] }, 'en', controller.signal);
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('does not call the server without a token', async () => {
    const fetch = fakeFetch(() => json(200, {}));
    const client = apiClient({ baseUrl: 'https://tp.example', token: () => null, fetch });
    await expect(client.today()).rejects.toMatchObject({ state: 'signed_out' });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('reads a pairing claim: pending, paired, expired', async () => {
    const answers = [new Response(null, { status: 202 }), json(200, { token: 'tp_new', user: { id: 'u1' } }), json(410, { error: 'expired' })];
    const fetch = fakeFetch(() => answers.shift()!);
    const client = apiClient({ baseUrl: 'https://tp.example', token: () => null, fetch });
    expect(await client.pairClaim('p1', 's1')).toEqual({ state: 'pending' });
    expect(await client.pairClaim('p1', 's1')).toEqual({ state: 'paired', token: 'tp_new', user: { id: 'u1' } });
    expect(await client.pairClaim('p1', 's1')).toEqual({ state: 'expired' });
    expect(fetch.mock.calls[0]![1]!.headers).not.toHaveProperty('authorization');
  });

  it('logs an e-mail with the channel set', async () => {
    const fetch = fakeFetch(() => json(201, { created: true }));
    const client = apiClient({ baseUrl: 'https://tp.example', token: () => 't', fetch });
    await client.logEmail({ customerId: 'c1', message: { from: 'a@b.de' }, source: 'outlook', note: 'called too' });
    expect(JSON.parse(String(fetch.mock.calls[0]![1]!.body))).toEqual({ customerId: 'c1', message: { from: 'a@b.de' }, source: 'outlook', note: 'called too', channel: 'email' });
  });
});
