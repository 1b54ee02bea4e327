import { describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { PNG } from 'pngjs';
import { deployment } from './deployment.ts';
import { MANIFEST_VERSION, outlookJsonManifest, outlookJsonStrings } from './outlook-json.ts';
import { outlookJsonFiles, PACKAGE_ZIP } from './outlook-json-files.ts';
import { validator } from './testing/teams-schema.ts';

const d = deployment({ host: 'https://touchpoint.example.com' });
const manifest = outlookJsonManifest(d);
const validate = validator(MANIFEST_VERSION);
const errorsOf = (value: unknown) => (validate(value) ? [] : validate.errors!.map((e: { instancePath: string; message?: string }) => `${e.instancePath} ${e.message}`));

describe('the unified manifest', () => {
  it(`is valid against the v${MANIFEST_VERSION} schema`, () => {
    expect(errorsOf(manifest)).toEqual([]);
  });

  it('names the schema it was checked against', () => {
    expect(manifest.$schema).toBe(`https://developer.microsoft.com/json-schemas/teams/v${MANIFEST_VERSION}/MicrosoftTeams.schema.json`);
  });

  it.each([
    ['a misspelled pinnable', (m: any) => (m.extensions[0].runtimes[0].actions[0] = { ...m.extensions[0].runtimes[0].actions[0], pinable: true }), /pinable|additional/],
    ['an unknown context', (m: any) => (m.extensions[0].ribbons[0].contexts = ['mailReed']), /allowed values|equal to one of/],
    ['no privacy URL', (m: any) => delete m.developer.privacyUrl, /privacyUrl/],
  ])('would be refused with %s (the schema check can fail)', (_what, breakIt, message) => {
    const broken = structuredClone(manifest);
    breakIt(broken);
    expect(errorsOf(broken).join('\n')).toMatch(message);
  });

  it('opens the pane pinnable from read and compose, and on phones', () => {
    const [extension] = manifest.extensions;
    expect(extension!.runtimes[0]!.code.page).toBe('https://touchpoint.example.com/addin/taskpane.html');
    expect(extension!.runtimes[0]!.actions[0]).toMatchObject({ type: 'openPage', pinnable: true });
    expect(extension!.runtimes[1]).toMatchObject({ requirements: { formFactors: ['mobile'] }, code: { page: extension!.runtimes[0]!.code.page } });
    expect(extension!.ribbons.map((r) => r.contexts)).toEqual([['mailRead'], ['mailCompose'], ['mailRead']]);
    expect(extension!.ribbons[2]).toMatchObject({ requirements: { formFactors: ['mobile'] } });
    expect(manifest.authorization.permissions.resourceSpecific.map((p) => p.name)).toEqual(['MailboxItem.ReadWrite.User', 'Mailbox.SharedFolder']);
  });

  it('carries its Chinese strings in a file the localisation schema accepts', () => {
    const check = validator(MANIFEST_VERSION, 'MicrosoftTeams.Localization.schema.json');
    expect(check(outlookJsonStrings(d)), JSON.stringify(check.errors)).toBe(true);
    expect(outlookJsonStrings(d)['description.short']).toBe('每封外贸邮件旁的客户档案');
  });

  it('is packaged as a zip with the manifest, the Chinese strings and the two icons at their sizes', () => {
    const archive = outlookJsonFiles(d).find((f) => f.path === PACKAGE_ZIP)!.content as Buffer;
    const entries = unzipSync(archive);
    expect(Object.keys(entries)).toEqual(['manifest.json', 'zh-cn.json', 'color.png', 'outline.png']);
    expect(JSON.parse(Buffer.from(entries['manifest.json']!).toString('utf8'))).toEqual(manifest);
    const size = (png: Uint8Array) => PNG.sync.read(Buffer.from(png));
    expect(size(entries['color.png']!)).toMatchObject({ width: 192, height: 192 });
    expect(size(entries['outline.png']!)).toMatchObject({ width: 32, height: 32 });
    // The same deployment packs to the same bytes.
    expect(outlookJsonFiles(d).find((f) => f.path === PACKAGE_ZIP)!.content).toEqual(archive);
  });
});
