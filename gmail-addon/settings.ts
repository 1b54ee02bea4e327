/**
 * What the add-on needs to know about its own Google deployment, from the environment: the
 * deployment's service account and OAuth client (both from `gcloud workspace-add-ons
 * get-authorization`), the URL Google calls, and the key that signs chart image links.
 * Deployment facts, not company settings: a staging and a production deployment of one
 * company differ in each, so they live beside `PUBLIC_URL`, not in `touchpoint.config.json`.
 */
import { randomBytes } from 'node:crypto';
import { z } from 'zod';

const HttpsUrl = z
  .url({ protocol: /^https?$/ })
  .transform((u) => u.replace(/\/+$/, ''))
  .refine((u) => u.startsWith('https://') || /^http:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?(\/|$)/.test(u), {
    message: 'Google calls add-ons over HTTPS only; http:// is allowed for a loopback address in tests',
  });

export const GmailAddonSettings = z.object({
  /** `service-<project number>@gcp-sa-gsuiteaddons.iam.gserviceaccount.com`: the `email` of every request's system ID token. */
  serviceAccountEmail: z.email().transform((e) => e.toLowerCase()),
  /** The add-on's OAuth client id: the audience of the user ID token. */
  oauthClientId: z.string().trim().min(1).regex(/^\S+$/, 'an OAuth client id has no spaces'),
  /**
   * Where Google calls the add-on, exactly as in the deployment descriptor (e.g.
   * `https://touchpoint.example.com/gmail`): each request's token audience is this plus the path.
   */
  endpointUrl: HttpsUrl,
  /** Secret for the HMAC that signs chart image links (32 characters or more). */
  imageKey: z.string().min(32, 'the image key needs 32 characters or more'),
});
export type GmailAddonSettings = z.infer<typeof GmailAddonSettings>;

/** The environment variables, and the field of the settings each one fills. */
export const GMAIL_ENV = {
  serviceAccountEmail: 'GMAIL_ADDON_SERVICE_ACCOUNT',
  oauthClientId: 'GMAIL_ADDON_CLIENT_ID',
  endpointUrl: 'GMAIL_ADDON_URL',
  imageKey: 'GMAIL_ADDON_IMAGE_KEY',
} as const;

export class GmailSettingsError extends Error {}

/**
 * The add-on's settings from the environment, or null when neither the service account nor the
 * client id is set (the add-on is then not mounted). `GMAIL_ADDON_URL` defaults to
 * `<publicUrl>/gmail`; without `GMAIL_ADDON_IMAGE_KEY` a random key is made, which serves one
 * instance only (`warning` says so).
 * @throws GmailSettingsError naming each bad variable.
 */
export function gmailSettingsFromEnv(
  env: Record<string, string | undefined>,
  publicUrl: string,
): { settings: GmailAddonSettings; warning: string | null } | null {
  const account = env[GMAIL_ENV.serviceAccountEmail]?.trim();
  const client = env[GMAIL_ENV.oauthClientId]?.trim();
  if (!account && !client) return null;
  const key = env[GMAIL_ENV.imageKey]?.trim();
  const parsed = GmailAddonSettings.safeParse({
    serviceAccountEmail: account ?? '',
    oauthClientId: client ?? '',
    endpointUrl: env[GMAIL_ENV.endpointUrl]?.trim() || `${publicUrl.replace(/\/+$/, '')}/gmail`,
    imageKey: key || randomBytes(32).toString('base64url'),
  });
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `${GMAIL_ENV[issue.path[0] as keyof typeof GMAIL_ENV] ?? issue.path.join('.')}: ${issue.message}`);
    throw new GmailSettingsError(`the Gmail add-on settings are not valid:\n${lines.map((l) => `  - ${l}`).join('\n')}`);
  }
  const warning = key ? null : `${GMAIL_ENV.imageKey} is not set: chart links are signed with a key of this process only (set one shared key when several servers run)`;
  return { settings: parsed.data, warning };
}
