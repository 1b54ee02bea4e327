/**
 * The XML and JSON manifests describe the same add-in: Microsoft's converter
 * (`office-addin-manifest-converter`, offline) turns our XML into a unified manifest, which must
 * pass the schema and agree with the JSON manifest we generate on everything that matters.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { convert } from 'office-addin-manifest-converter';
import { beforeAll, describe, expect, it } from 'vitest';
import { deployment } from './deployment.ts';
import { outlookJsonManifest } from './outlook-json.ts';
import { outlookXmlManifest } from './outlook-xml.ts';
import { validator } from './testing/teams-schema.ts';

const d = deployment({ host: 'https://touchpoint.example.com' });
const ours = outlookJsonManifest(d);
let converted: any;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tp-convert-'));
  writeFileSync(join(dir, 'manifest.xml'), outlookXmlManifest(d));
  // No image download: the converter stays offline.
  await convert(join(dir, 'manifest.xml'), join(dir, 'out'), false);
  const file = readdirSync(join(dir, 'out')).find((f) => f.endsWith('.json') && f.includes('manifest'));
  converted = JSON.parse(readFileSync(join(dir, 'out', file!), 'utf8'));
});

const contexts = (m: any) => m.extensions[0].ribbons.flatMap((r: any) => r.contexts).sort();

describe('the XML manifest converted by Microsoft’s converter', () => {
  it('is a valid unified manifest', () => {
    const validate = validator(converted.manifestVersion);
    expect(validate(converted), JSON.stringify(validate.errors)).toBe(true);
  });

  it('agrees with our JSON manifest on identity, pages, surfaces and permissions', () => {
    expect(converted.id).toBe(ours.id);
    expect(converted.version).toBe(ours.version);
    expect(converted.name.short).toBe(ours.name.short);
    // The converter copies AppDomains with their scheme; the manifest reference lists host names.
    expect(converted.validDomains.map((v: string) => v.replace(/^https:\/\//, ''))).toEqual(ours.validDomains);
    expect(new Set(converted.extensions[0].runtimes.map((r: any) => r.code.page))).toEqual(new Set([ours.extensions[0]!.runtimes[0]!.code.page]));
    // Commands need Mailbox 1.5 (pinning): the converter says so per ribbon, ours for the whole extension.
    const ribbonMailbox = converted.extensions[0].ribbons.flatMap((r: any) => r.requirements?.capabilities ?? []).map((c: any) => c.minVersion);
    expect(new Set(ribbonMailbox)).toEqual(new Set(ours.extensions[0]!.requirements.capabilities.map((c) => c.minVersion)));
    // The converter files the phone button under the `default` context.
    expect(contexts(converted).filter((c: string) => c !== 'default')).toEqual(['mailCompose', 'mailRead']);
    expect(contexts(ours)).toEqual(['mailCompose', 'mailRead', 'mailRead']);
    // Pinnable on desktop, not on phones (they cannot pin), in both.
    const pinning = (m: any) => m.extensions[0].runtimes.map((r: any) => [r.requirements.formFactors.join(), r.actions.map((a: any) => a.pinnable)]);
    expect(pinning(converted)).toEqual([['desktop', [true, true]], ['mobile', [false]]]);
    expect(pinning(ours)).toEqual([['desktop', [true]], ['mobile', [false]]]);
    const permissions = (m: any) => m.authorization.permissions.resourceSpecific.map((p: any) => p.name);
    expect(permissions(converted)).toContain('MailboxItem.ReadWrite.User');
    // Shared folders: the converter writes Mailbox.AccessSharedFolders.User, the manifest reference says
    // Mailbox.SharedFolder (docs/outlook.md); both name the same grant.
    expect(permissions(converted).some((p: string) => /SharedFolder/.test(p))).toBe(true);
  });

  it('uses the same icons for the buttons, phones included', () => {
    const controls = (m: any) =>
      m.extensions[0].ribbons.flatMap((r: any) => r.tabs.flatMap((t: any) => [...(t.groups ?? []), ...(t.customMobileRibbonGroups ?? [])].flatMap((g: any) => g.controls)));
    // The converter adds a placeholder menu to the phone tab: only real buttons count.
    const iconUrls = (m: any) => new Set<string>(controls(m).filter((c: any) => c.id).flatMap((c: any) => c.icons.map((i: any) => i.url)));
    expect(iconUrls(converted)).toEqual(iconUrls(ours));
  });
});
