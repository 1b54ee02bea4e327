/** The unified manifest's app package: `manifest.json`, its icons and Chinese strings, and the zip of them. */
import { zipSync } from 'fflate';
import { colourIcon, outlineIcon } from '../addin/build/icons.ts';
import type { Deployment } from './deployment.ts';
import type { ManifestFile } from './generators.ts';
import { COLOR_ICON, OUTLINE_ICON, outlookJsonManifest, outlookJsonStrings, ZH_STRINGS } from './outlook-json.ts';

export const PACKAGE_DIR = 'outlook/unified';
export const PACKAGE_ZIP = 'outlook/touchpoint-outlook.zip';
const PACKAGE_DATE = new Date('1980-01-01T00:00:00');

export function outlookJsonFiles(d: Deployment): ManifestFile[] {
  const parts = [
    { name: 'manifest.json', content: Buffer.from(`${JSON.stringify(outlookJsonManifest(d), null, 2)}\n`) },
    { name: ZH_STRINGS, content: Buffer.from(`${JSON.stringify(outlookJsonStrings(d), null, 2)}\n`) },
    { name: COLOR_ICON, content: colourIcon(192) },
    { name: OUTLINE_ICON, content: outlineIcon(32) },
  ];
  // Stored, with a fixed date: the same deployment gives the same bytes.
  const archive = zipSync(Object.fromEntries(parts.map((p) => [p.name, p.content])), { level: 0, mtime: PACKAGE_DATE });
  return [...parts.map((p) => ({ path: `${PACKAGE_DIR}/${p.name}`, content: p.content })), { path: PACKAGE_ZIP, content: Buffer.from(archive) }];
}
