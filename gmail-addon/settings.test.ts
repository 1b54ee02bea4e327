import { describe, expect, it } from 'vitest';
import { gmailSettingsFromEnv, GmailSettingsError } from './settings.ts';
import { missingScopes, SCOPES } from './scopes.ts';

const ENV = {
  GMAIL_ADDON_SERVICE_ACCOUNT: 'Service-1@gcp-sa-gsuiteaddons.iam.gserviceaccount.com',
  GMAIL_ADDON_CLIENT_ID: '1234-abc.apps.googleusercontent.com',
  GMAIL_ADDON_IMAGE_KEY: 'k'.repeat(40),
};

describe('gmailSettingsFromEnv', () => {
  it('is null when the add-on is not configured', () => {
    expect(gmailSettingsFromEnv({}, 'https://tp.example.com')).toBeNull();
  });

  it('reads the deployment and puts the endpoint under PUBLIC_URL by default', () => {
    const result = gmailSettingsFromEnv(ENV, 'https://tp.example.com/');
    expect(result).toEqual({
      settings: {
        serviceAccountEmail: 'service-1@gcp-sa-gsuiteaddons.iam.gserviceaccount.com',
        oauthClientId: '1234-abc.apps.googleusercontent.com',
        endpointUrl: 'https://tp.example.com/gmail',
        imageKey: 'k'.repeat(40),
      },
      warning: null,
    });
  });

  it('makes a random image key and says it serves one instance only', () => {
    const { GMAIL_ADDON_IMAGE_KEY: _, ...env } = ENV;
    const result = gmailSettingsFromEnv(env, 'https://tp.example.com');
    expect(result!.settings.imageKey.length).toBeGreaterThanOrEqual(32);
    expect(result!.warning).toMatch(/GMAIL_ADDON_IMAGE_KEY/);
  });

  it('names each bad variable', () => {
    expect(() => gmailSettingsFromEnv({ ...ENV, GMAIL_ADDON_SERVICE_ACCOUNT: 'nope', GMAIL_ADDON_URL: 'http://tp.example.com/gmail' }, 'x')).toThrow(GmailSettingsError);
    try {
      gmailSettingsFromEnv({ ...ENV, GMAIL_ADDON_SERVICE_ACCOUNT: 'nope', GMAIL_ADDON_URL: 'http://tp.example.com/gmail', GMAIL_ADDON_IMAGE_KEY: 'short' }, 'x');
    } catch (error) {
      expect((error as Error).message).toMatch(/GMAIL_ADDON_SERVICE_ACCOUNT/);
      expect((error as Error).message).toMatch(/GMAIL_ADDON_URL: Google calls add-ons over HTTPS only/);
      expect((error as Error).message).toMatch(/GMAIL_ADDON_IMAGE_KEY: the image key needs 32/);
    }
  });
});

describe('missingScopes', () => {
  it('lists the needed scopes the user did not grant', () => {
    expect(missingScopes([SCOPES.execute, SCOPES.metadata], [SCOPES.metadata, SCOPES.readonly])).toEqual([SCOPES.readonly]);
  });

  it('takes an event without authorizedScopes to hold every scope', () => {
    expect(missingScopes(undefined, [SCOPES.compose])).toEqual([]);
  });
});
