import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { customerWebUrl, type AddonCall } from '../gmail-addon/addon-call.ts';
import { SCOPES } from '../gmail-addon/scopes.ts';
import { gmailDeployment } from './gmail-deployment.ts';

const Https = z.url({ protocol: /^https$/ });
/** `projects.deployments` as far as we write it; unknown keys refused so a typo fails here, not in gcloud. */
const Deployment = z
  .object({
    oauthScopes: z.array(z.url()).min(1),
    addOns: z
      .object({
        common: z
          .object({
            name: z.string().min(1),
            logoUrl: Https,
            layoutProperties: z.object({ primaryColor: z.string(), secondaryColor: z.string() }).strict(),
            useLocaleFromApp: z.boolean(),
            homepageTrigger: z.object({ runFunction: Https, enabled: z.boolean() }).strict(),
            universalActions: z.array(z.object({ label: z.string(), openLink: Https }).strict()).optional(),
            openLinkUrlPrefixes: z.array(Https),
          })
          .strict(),
        gmail: z
          .object({
            contextualTriggers: z.array(z.object({ unconditional: z.object({}).strict(), onTriggerFunction: Https }).strict()).length(1),
            composeTrigger: z
              .object({ actions: z.array(z.object({ runFunction: Https, label: z.string(), logoUrl: Https }).strict()).min(1), draftAccess: z.enum(['NONE', 'METADATA']) })
              .strict(),
          })
          .strict(),
        httpOptions: z.object({ authorizationHeader: z.enum(['SYSTEM_ID_TOKEN', 'USER_ID_TOKEN', 'NONE']), granularOauthPermissionSupport: z.enum(['OPT_IN', 'OPT_OUT']) }).strict(),
      })
      .strict(),
  })
  .strict();

describe('gmailDeployment', () => {
  const deployment = gmailDeployment('https://tp.example.com/');

  it('has the shape gcloud takes', () => {
    expect(Deployment.safeParse(deployment).error).toBeUndefined();
  });

  it('asks for the fewest scopes: the current message, compose actions, the user’s e-mail and locale', () => {
    expect([...deployment.oauthScopes].sort()).toEqual(
      [SCOPES.execute, SCOPES.metadata, SCOPES.readonly, SCOPES.compose, SCOPES.email, SCOPES.locale].sort(),
    );
    expect(deployment.oauthScopes.join()).not.toMatch(/gmail\.(readonly|modify|compose)\b|mail\.google\.com/);
  });

  it('points every trigger at the endpoint the server verifies the token audience of', () => {
    expect(deployment.addOns.common.homepageTrigger.runFunction).toBe('https://tp.example.com/gmail/home');
    expect(deployment.addOns.gmail.contextualTriggers[0]!.onTriggerFunction).toBe('https://tp.example.com/gmail/message');
    expect(deployment.addOns.gmail.composeTrigger.actions[0]!.runFunction).toBe('https://tp.example.com/gmail/compose');
  });

  it('lets the cards open a customer’s page on the host (Gmail opens only links under the prefixes)', () => {
    const link = customerWebUrl({ deps: { publicUrl: 'https://tp.example.com' } } as Pick<AddonCall, 'deps'>, 'cus_0001');
    expect(link).toBe('https://tp.example.com/customers/cus_0001');
    expect(deployment.addOns.common.openLinkUrlPrefixes.some((prefix) => link.startsWith(prefix))).toBe(true);
  });

  it('refuses a host Google would not call', () => {
    expect(() => gmailDeployment('http://tp.example.com')).toThrow(/HTTPS/);
  });
});
