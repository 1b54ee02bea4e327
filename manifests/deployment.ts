/**
 * What every manifest is generated from: where the server is reached, the add-in's identity and
 * version, and its names in English and Chinese (from the interface catalogue).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { translate } from '../core/i18n/messages.ts';

/**
 * The add-in's identity in Microsoft 365. Fixed, so that a new manifest for the same deployment
 * updates the installed add-in instead of adding a second one; give each separate deployment
 * (a staging server beside production) its own with `--id`.
 */
export const DEFAULT_ADDIN_ID = '0b7b6f1e-4c1d-4b7e-9d52-6f3a2c8e5a17';

export interface Deployment {
  /** Where mail clients reach the server, HTTPS, no trailing slash (`https://tp.example.com`, or with a path prefix). */
  host: string;
  /** `scheme://host[:port]` of {@link host}: the AppDomain / valid domain. */
  origin: string;
  id: string;
  /** `major.minor.patch`. */
  version: string;
  names: { en: LocalisedText; zh: LocalisedText };
}

export interface LocalisedText {
  name: string;
  description: string;
  button: string;
  buttonTip: string;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function texts(locale: 'en' | 'zh'): LocalisedText {
  return {
    name: translate(locale, 'app.name'),
    description: translate(locale, 'app.tagline'),
    button: translate(locale, 'manifest.button'),
    buttonTip: translate(locale, 'manifest.button_tip'),
  };
}

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

/**
 * Checks and completes what a manifest needs.
 * @throws naming the bad value: a host that is not an https URL (Outlook loads add-ins over HTTPS
 *   only), an id that is not a GUID, a version that is not `n.n.n`.
 */
export function deployment(input: { host: string; id?: string; version?: string }): Deployment {
  let url: URL;
  try {
    url = new URL(input.host);
  } catch {
    throw new Error(`--host: "${input.host}" is not a URL; give the server's address, e.g. https://touchpoint.example.com`);
  }
  if (url.protocol !== 'https:') throw new Error(`--host: Outlook loads add-ins over HTTPS only, and "${input.host}" is not https (try npm start with HTTPS=1)`);
  if (url.search || url.hash || url.username) throw new Error(`--host: "${input.host}" must be a plain address, without query, fragment or credentials`);
  const id = input.id ?? DEFAULT_ADDIN_ID;
  if (!GUID.test(id)) throw new Error(`--id: "${id}" is not a GUID`);
  const version = input.version ?? packageVersion();
  if (!/^\d{1,5}\.\d{1,5}\.\d{1,5}$/.test(version)) throw new Error(`version: "${version}" is not major.minor.patch`);
  return { host: `${url.origin}${url.pathname.replace(/\/+$/, '')}`, origin: url.origin, id: id.toLowerCase(), version, names: { en: texts('en'), zh: texts('zh') } };
}

/** The pane page and the icons, as every manifest refers to them. */
export const paneUrl = (d: Deployment) => `${d.host}/addin/taskpane.html`;
export const iconUrl = (d: Deployment, size: number) => `${d.host}/addin/assets/icon-${size}.png`;
