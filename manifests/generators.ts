/**
 * Every manifest `npm run manifest` writes, one generator per mail client's descriptor. A
 * generator turns the deployment into files (paths relative to the output folder).
 */
import type { Deployment } from './deployment.ts';
import { gmailDeployment } from './gmail-deployment.ts';
import { outlookJsonFiles } from './outlook-json-files.ts';
import { outlookXmlManifest } from './outlook-xml.ts';

export interface ManifestFile {
  path: string;
  content: string | Buffer;
}

export interface ManifestGenerator {
  /** Selects it with `--only`. */
  name: string;
  /** One line for the CLI's report. */
  describe: string;
  files(deployment: Deployment): ManifestFile[];
}

export const GENERATORS: readonly ManifestGenerator[] = [
  {
    name: 'outlook-xml',
    describe: 'Outlook add-in manifest (XML): web, new and classic Outlook, Mac, iOS and Android',
    files: (d) => [{ path: 'outlook/manifest.xml', content: outlookXmlManifest(d) }],
  },
  {
    name: 'outlook-json',
    describe: 'Outlook unified manifest for Microsoft 365 (JSON, zipped with its icons): web, new Outlook, classic Outlook on Windows',
    files: outlookJsonFiles,
  },
  {
    name: 'gmail',
    describe: 'Gmail add-on deployment descriptor (for gcloud workspace-add-ons deployments create)',
    files: (d) => [{ path: 'gmail/deployment.json', content: `${JSON.stringify(gmailDeployment(d.host), null, 2)}\n` }],
  },
];
