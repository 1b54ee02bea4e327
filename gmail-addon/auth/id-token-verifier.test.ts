import { describe, expect, it } from 'vitest';
import { makeGoogleKeys, signIdToken, SERVICE_ACCOUNT } from '../../test/gmail/google-keys.ts';
import { googleIdTokenVerifier, TokenRejected } from './id-token-verifier.ts';
import { audienceFor } from './verify-request.ts';

const keys = makeGoogleKeys();
const other = makeGoogleKeys('test-key-1');
const verifier = googleIdTokenVerifier(keys.certificates);
const AUD = 'https://tp.example.com/gmail/message';

async function problem(token: string, audience = AUD) {
  try {
    await verifier.verify(token, audience);
    return 'accepted';
  } catch (error) {
    expect(error).toBeInstanceOf(TokenRejected);
    // The library's message quotes the token; ours must not.
    expect((error as Error).message).not.toContain(token.split('.')[1]);
    return (error as TokenRejected).problem;
  }
}

describe('googleIdTokenVerifier', () => {
  it('accepts a token Google would send and returns its claims', async () => {
    const payload = await verifier.verify(await signIdToken(keys, { aud: AUD, email: SERVICE_ACCOUNT, email_verified: true }), AUD);
    expect(payload.email).toBe(SERVICE_ACCOUNT);
    expect(payload.iss).toBe('https://accounts.google.com');
  });

  it('accepts the issuer written without the scheme', async () => {
    expect(await problem(await signIdToken(keys, { aud: AUD, iss: 'accounts.google.com' }))).toBe('accepted');
  });

  it.each([
    ['a token signed with another key of the same id', async () => signIdToken(other, { aud: AUD }), 'bad_signature'],
    ['a key id Google does not publish', async () => signIdToken({ ...keys, kid: 'unknown' }, { aud: AUD }), 'unknown_key'],
    ['an expired token', async () => signIdToken(keys, { aud: AUD, issuedIn: -7200, expiresIn: -3600 }), 'expired'],
    ['a token from the future', async () => signIdToken(keys, { aud: AUD, issuedIn: 3600, expiresIn: 7200 }), 'not_yet_valid'],
    ['another audience', async () => signIdToken(keys, { aud: 'https://tp.example.com/gmail/home' }), 'wrong_audience'],
    ['another issuer', async () => signIdToken(keys, { aud: AUD, iss: 'https://evil.example' }), 'wrong_issuer'],
    ['not a JWT', async () => 'ya29.not-a-jwt', 'malformed'],
  ])('refuses %s', async (_, make, expected) => {
    expect(await problem(await make())).toBe(expected);
  });
});

describe('audienceFor', () => {
  it('is the endpoint URL Google was given, path and query included', () => {
    expect(audienceFor('https://tp.example.com/gmail', '/message', '')).toBe('https://tp.example.com/gmail/message');
    expect(audienceFor('https://tp.example.com/gmail', '/action', '?x=1')).toBe('https://tp.example.com/gmail/action?x=1');
  });

  it('keeps the public host even when the request arrived through a proxy on another host', () => {
    expect(audienceFor('https://public.example.com/tp/gmail', '/home', '')).toBe('https://public.example.com/tp/gmail/home');
  });
});
