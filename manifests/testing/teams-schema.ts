/**
 * Microsoft's app manifest schemas, as shipped in `@microsoft/app-manifest`, compiled with ajv
 * (draft-04): the unified manifest is checked offline.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';

/** The schemas Microsoft publishes, as shipped in @microsoft/app-manifest: validation needs no network. */
export function teamsSchema(version: string, file = 'MicrosoftTeams.schema.json') {
  const root = dirname(createRequire(import.meta.url).resolve('@microsoft/app-manifest/package.json'));
  // The schema texts hold `\a`/`\v` escapes JSON does not allow; the package strips them the same way.
  return JSON.parse(readFileSync(join(root, 'build', 'json-schemas', 'teams', `v${version}`, file), 'utf8').replace(/\\[av]/g, ''));
}

export function validator(version: string, file?: string) {
  // Some patterns are not valid with the `u` flag ajv uses by default.
  // Both are CommonJS with `exports.default`: under NodeNext the default import is the module.
  const ajv = new AjvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false });
  ajvFormats.default(ajv);
  return ajv.compile(teamsSchema(version, file));
}
