/**
 * The Gmail add-on's deployment descriptor (`deployment.json` for `gcloud workspace-add-ons
 * deployments create`), built for the host the server is reached at: the fewest scopes that do
 * the job, the three triggers and their endpoints under `<host>/gmail`, links allowed back to the
 * host. `npm run manifest -- --host https://…` writes it as `gmail/deployment.json`.
 *
 * @see https://developers.google.com/workspace/add-ons/reference/rest/v1/projects.deployments
 */
import { DEPLOYMENT_SCOPES } from '../gmail-addon/scopes.ts';

export interface GmailDeploymentOptions {
  /** The add-on's name in Gmail. Default `Touchpoint`. */
  name?: string;
  /** The compose button's label. Default `Insert a greeting`. */
  composeLabel?: string;
}

/** The descriptor for a server reached at `host` (`https://…`, no trailing slash needed). */
export function gmailDeployment(host: string, options: GmailDeploymentOptions = {}) {
  const url = new URL(host);
  if (url.protocol !== 'https:') throw new Error(`Google calls add-ons over HTTPS only: ${host}`);
  const base = url.href.replace(/\/+$/, '');
  const endpoint = (name: string) => `${base}/gmail/${name}`;
  // The pane's build writes the icons; Gmail shows the 48 px one beside the add-on's name.
  const logoUrl = `${base}/addin/assets/icon-48.png`;
  return {
    oauthScopes: [...DEPLOYMENT_SCOPES],
    addOns: {
      common: {
        name: options.name ?? 'Touchpoint',
        logoUrl,
        layoutProperties: { primaryColor: '#0b6e99', secondaryColor: '#0b6e99' },
        // The user's language and time zone in every event (with the script.locale scope).
        useLocaleFromApp: true,
        homepageTrigger: { runFunction: endpoint('home'), enabled: true },
        openLinkUrlPrefixes: [`${base}/`],
      },
      gmail: {
        contextualTriggers: [{ unconditional: {}, onTriggerFunction: endpoint('message') }],
        composeTrigger: {
          actions: [{ runFunction: endpoint('compose'), label: options.composeLabel ?? 'Insert a greeting', logoUrl }],
          draftAccess: 'METADATA',
        },
      },
      httpOptions: { authorizationHeader: 'SYSTEM_ID_TOKEN', granularOauthPermissionSupport: 'OPT_IN' },
    },
  };
}

export type GmailDeployment = ReturnType<typeof gmailDeployment>;
