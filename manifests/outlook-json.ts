/**
 * The unified manifest for Microsoft 365 (JSON, "Teams app manifest"): the same add-in as the
 * XML manifest, for Outlook on the web, new Outlook and classic Outlook on Windows with a
 * Microsoft 365 account. Outlook on Mac and older Office need the XML manifest. It is packaged
 * as a zip with its two icons (`color.png` 192 px, `outline.png` 32 px); everything else is
 * fetched from the server.
 */
import { iconUrl, paneUrl, type Deployment } from './deployment.ts';
import { COMMAND_ICON_SIZES, MOBILE_ICON_SIZES, OVERRIDES_MIN_MAILBOX } from './outlook-xml.ts';

/** Schema version of the generated manifest; its schema ships in `@microsoft/app-manifest` (checked offline). */
export const MANIFEST_VERSION = '1.22';
export const SCHEMA_URL = `https://developer.microsoft.com/json-schemas/teams/v${MANIFEST_VERSION}/MicrosoftTeams.schema.json`;
/** The icons inside the package. */
export const COLOR_ICON = 'color.png';
export const OUTLINE_ICON = 'outline.png';
/** The Chinese strings file inside the package. */
export const ZH_STRINGS = 'zh-cn.json';

const ACTION_ID = 'OpenTaskpane';
/** Phones open the same page; they cannot pin it. */
const MOBILE_ACTION_ID = 'OpenTaskpaneMobile';

const icons = (d: Deployment, sizes: readonly number[]) => sizes.map((size) => ({ size, url: iconUrl(d, size) }));

function button(d: Deployment, id: string) {
  const { en } = d.names;
  return {
    id,
    type: 'button',
    label: en.button,
    icons: icons(d, COMMAND_ICON_SIZES),
    supertip: { title: en.button, description: en.buttonTip },
    actionId: ACTION_ID,
  };
}

/** The unified manifest for `deployment`, as a JSON value. */
export function outlookJsonManifest(d: Deployment) {
  const { en } = d.names;
  return {
    $schema: SCHEMA_URL,
    manifestVersion: MANIFEST_VERSION,
    version: d.version,
    id: d.id,
    name: { short: en.name, full: `${en.name}: ${en.description}` },
    description: { short: en.description, full: `${en.description}. ${en.buttonTip}` },
    developer: { name: en.name, websiteUrl: `${d.host}/addin/`, privacyUrl: `${d.host}/addin/`, termsOfUseUrl: `${d.host}/addin/` },
    icons: { color: COLOR_ICON, outline: OUTLINE_ICON },
    accentColor: '#0B6E99',
    localizationInfo: { defaultLanguageTag: 'en-us', additionalLanguages: [{ languageTag: 'zh-cn', file: ZH_STRINGS }] },
    validDomains: [new URL(d.origin).host],
    authorization: {
      permissions: {
        resourceSpecific: [
          // ReadWriteItem in the XML manifest: read the open message, insert drafts into one being written.
          { name: 'MailboxItem.ReadWrite.User', type: 'Delegated' },
          // SupportsSharedFolders: shared and delegate mailboxes.
          { name: 'Mailbox.SharedFolder', type: 'Delegated' },
        ],
      },
    },
    extensions: [
      {
        requirements: { scopes: ['mail'], capabilities: [{ name: 'Mailbox', minVersion: OVERRIDES_MIN_MAILBOX }] },
        runtimes: [
          {
            requirements: { formFactors: ['desktop'] },
            id: 'TaskpaneRuntime',
            type: 'general',
            code: { page: paneUrl(d) },
            lifetime: 'short',
            actions: [{ id: ACTION_ID, type: 'openPage', view: 'dashboard', pinnable: true }],
          },
          {
            requirements: { formFactors: ['mobile'] },
            id: 'TaskpaneRuntimeMobile',
            type: 'general',
            code: { page: paneUrl(d) },
            lifetime: 'short',
            actions: [{ id: MOBILE_ACTION_ID, type: 'openPage', view: 'dashboard', pinnable: false }],
          },
        ],
        ribbons: [
          {
            requirements: { formFactors: ['desktop'] },
            contexts: ['mailRead'],
            tabs: [{ builtInTabId: 'TabDefault', groups: [{ id: 'touchpointRead', label: en.name, icons: icons(d, COMMAND_ICON_SIZES), controls: [button(d, 'touchpointReadOpen')] }] }],
          },
          {
            requirements: { formFactors: ['desktop'] },
            contexts: ['mailCompose'],
            tabs: [{ builtInTabId: 'TabDefault', groups: [{ id: 'touchpointCompose', label: en.name, icons: icons(d, COMMAND_ICON_SIZES), controls: [button(d, 'touchpointComposeOpen')] }] }],
          },
          {
            requirements: { formFactors: ['mobile'] },
            contexts: ['mailRead'],
            tabs: [
              {
                // Phones show only the default tab's mobile groups (message read).
                builtInTabId: 'TabDefault',
                customMobileRibbonGroups: [
                  {
                    id: 'touchpointMobile',
                    label: en.name,
                    controls: [
                      {
                        id: 'touchpointMobileOpen',
                        type: 'mobileButton',
                        label: en.button,
                        icons: MOBILE_ICON_SIZES.flatMap((size) => [1, 2, 3].map((scale) => ({ size, url: iconUrl(d, size * scale), scale }))),
                        actionId: MOBILE_ACTION_ID,
                      },
                    ],
                  },
                ],
              },
            ],
          },
        ],
        alternates: [{ alternateIcons: { icon: { size: 64, url: iconUrl(d, 64) }, highResolutionIcon: { size: 64, url: iconUrl(d, 128) } } }],
      },
    ],
  };
}

/** The Chinese strings of the package (`zh-cn.json`, schema `MicrosoftTeams.Localization.schema.json`). */
export function outlookJsonStrings(d: Deployment) {
  const { zh } = d.names;
  return {
    $schema: `https://developer.microsoft.com/json-schemas/teams/v${MANIFEST_VERSION}/MicrosoftTeams.Localization.schema.json`,
    'name.short': zh.name,
    'name.full': `${zh.name}：${zh.description}`,
    'description.short': zh.description,
    'description.full': `${zh.description}。${zh.buttonTip}`,
  };
}
