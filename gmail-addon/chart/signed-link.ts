/**
 * Links Google can fetch without our bearer token: Gmail loads card images through its own
 * proxy, so an image URL carries its own proof instead. The query holds what the image shows
 * (the 24 monthly amounts, whole units of the base currency) and an expiry; an HMAC-SHA256 over
 * both with the server's key makes it unforgeable. Nothing is looked up when it is fetched.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

/** How long a chart link stays valid: long enough for a card left open all day. */
export const CHART_LINK_TTL_MS = 24 * 3_600_000;

export interface ChartData {
  /** Whole units of the base currency per month, oldest first. */
  amounts: number[];
}

function signature(key: string, payload: string): string {
  return createHmac('sha256', key).update(payload).digest('base64url');
}

function payloadOf(values: string, expires: number): string {
  return `chart\n${values}\n${expires}`;
}

/** The chart's URL under `baseUrl` (the add-on's public endpoint), signed, valid until `now + ttl`. */
export function signChartLink(baseUrl: string, key: string, data: ChartData, now: number, ttlMs = CHART_LINK_TTL_MS): string {
  const values = data.amounts.map((a) => Math.max(0, Math.round(a)).toString(36)).join('.');
  const expires = Math.floor((now + ttlMs) / 1000);
  const query = new URLSearchParams({ m: values, e: String(expires), s: signature(key, payloadOf(values, expires)) });
  return `${baseUrl}/chart.png?${query}`;
}

/** The data of a chart link, or null when the link is forged, altered, malformed or expired. */
export function readChartLink(query: URLSearchParams, key: string, now: number): ChartData | null {
  const values = query.get('m') ?? '';
  const expires = Number(query.get('e'));
  const given = Buffer.from(query.get('s') ?? '', 'base64url');
  if (!/^[0-9a-z]{1,12}(\.[0-9a-z]{1,12}){0,47}$/.test(values) || !Number.isInteger(expires)) return null;
  const expected = Buffer.from(signature(key, payloadOf(values, expires)), 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  if (expires * 1000 < now) return null;
  return { amounts: values.split('.').map((v) => parseInt(v, 36)) };
}
