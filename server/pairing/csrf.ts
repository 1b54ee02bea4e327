/**
 * CSRF protection for the sign-in forms, stateless across server instances: a random token in
 * an HttpOnly cookie scoped to `/pair` and the same token in a hidden form field; a POST must
 * carry both, equal (double submit). Another site can make a browser send the cookie, but it
 * cannot read it to fill the field.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';

export const CSRF_COOKIE = 'tp_pair_csrf';
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

function secureRequest(c: Context): boolean {
  return new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto') === 'https';
}

/** The token for the form on this page: the browser's current one, else a new one set as a cookie. */
export function csrfToken(c: Context): string {
  const current = getCookie(c, CSRF_COOKIE);
  const token = current && TOKEN.test(current) ? current : randomBytes(32).toString('base64url');
  setCookie(c, CSRF_COOKIE, token, { path: '/pair', httpOnly: true, sameSite: 'Lax', secure: secureRequest(c), maxAge: 60 * 60 });
  return token;
}

/** True when the form's token matches the cookie's. */
export function csrfValid(c: Context, formToken: unknown): boolean {
  const cookie = getCookie(c, CSRF_COOKIE);
  if (typeof formToken !== 'string' || !cookie || !TOKEN.test(cookie) || !TOKEN.test(formToken)) return false;
  return timingSafeEqual(Buffer.from(cookie), Buffer.from(formToken));
}
