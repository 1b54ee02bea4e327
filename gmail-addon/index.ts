/**
 * @module
 * The Gmail add-on on Google's HTTP runtime: `gmailAddon(options)` is the Hono app the server
 * mounts under `/gmail`; `gmailSettingsFromEnv` reads its deployment settings.
 */
export { gmailAddon, GMAIL_TIMEOUT_MS } from './gmail-addon.ts';
export type { GmailAddonOptions } from './addon-call.ts';
export { gmailSettingsFromEnv, GmailAddonSettings, GmailSettingsError, GMAIL_ENV } from './settings.ts';
export { googleIdTokenVerifier, type CertificatesSource, type IdTokenVerifier } from './auth/id-token-verifier.ts';
export { DEPLOYMENT_SCOPES, SCOPES } from './scopes.ts';
