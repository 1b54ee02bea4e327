/**
 * A stand-in for the Gmail API on 127.0.0.1: serves `users.messages.get` (metadata and full) and
 * `users.drafts.create` from canned messages shaped as the API answers, records every request
 * (path, query, headers, body) so tests can check what the add-on asked and with which tokens,
 * and can be told to answer slowly or with an error.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { gmail_v1 } from 'googleapis/build/src/apis/gmail/index.js';

export interface SeenRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface FakeGmail {
  rootUrl: string;
  requests: SeenRequest[];
  /** Message JSON by id, as `format: 'full'` returns it. */
  messages: Map<string, gmail_v1.Schema$Message>;
  /** Milliseconds to wait before answering (a slow Gmail). */
  delayMs: number;
  /** Answer every request with this status instead (a failing Gmail). */
  failWith: number | null;
  close(): Promise<void>;
}

/** What `format: 'metadata'` returns: the headers asked for, no body or parts. */
function metadataOf(message: gmail_v1.Schema$Message, wanted: string[]): gmail_v1.Schema$Message {
  const names = new Set(wanted.map((w) => w.toLowerCase()));
  const { payload, ...rest } = message;
  return {
    ...rest,
    payload: { mimeType: payload?.mimeType ?? null, headers: (payload?.headers ?? []).filter((h) => names.has(h.name!.toLowerCase())) },
  };
}

export async function startFakeGmail(): Promise<FakeGmail> {
  const fake = { requests: [] as SeenRequest[], messages: new Map<string, gmail_v1.Schema$Message>(), delayMs: 0, failWith: null as number | null };
  let drafts = 0;
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      fake.requests.push({ method: req.method ?? 'GET', path: url.pathname, query: url.searchParams, headers: req.headers, body });
      const answer = (status: number, json: unknown) => {
        if (res.destroyed) return;
        res.writeHead(status, { 'content-type': 'application/json; charset=UTF-8' });
        res.end(JSON.stringify(json));
      };
      setTimeout(() => {
        if (fake.failWith) return answer(fake.failWith, { error: { code: fake.failWith, message: 'Request had insufficient authentication scopes.', status: 'PERMISSION_DENIED' } });
        const get = /^\/gmail\/v1\/users\/me\/messages\/([^/]+)$/.exec(url.pathname);
        if (req.method === 'GET' && get) {
          const message = fake.messages.get(decodeURIComponent(get[1]!));
          if (!message) return answer(404, { error: { code: 404, message: 'Requested entity was not found.', status: 'NOT_FOUND' } });
          const format = url.searchParams.get('format') ?? 'full';
          return answer(200, format === 'metadata' ? metadataOf(message, url.searchParams.getAll('metadataHeaders')) : message);
        }
        if (req.method === 'POST' && url.pathname === '/gmail/v1/users/me/drafts') {
          const sent = JSON.parse(body) as gmail_v1.Schema$Draft;
          drafts += 1;
          return answer(200, { id: `r-${drafts}`, message: { id: `draft-msg-${drafts}`, threadId: sent.message?.threadId ?? `thread-new-${drafts}`, labelIds: ['DRAFT'] } });
        }
        answer(404, { error: { code: 404, message: `no fake for ${req.method} ${url.pathname}` } });
      }, fake.delayMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(fake, {
    rootUrl: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}
