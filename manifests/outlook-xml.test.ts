import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OfficeAddinManifest } from 'office-addin-manifest';
import { describe, expect, it } from 'vitest';
import { deployment } from './deployment.ts';
import { outlookXmlManifest, xmlIconSizes } from './outlook-xml.ts';
import { child, descendants, parseXml, type XmlNode } from './testing/xml-tree.ts';

const d = deployment({ host: 'https://touchpoint.example.com' });
const xml = outlookXmlManifest(d);
const root = parseXml(xml);
const names = (node: XmlNode) => node.children.map((c) => c.name);
const type = (node: XmlNode) => node.attributes['xsi:type'];

describe('the XML manifest', () => {
  it('reads with office-addin-manifest as a mail add-in for this host', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'tp-xml-')), 'manifest.xml');
    writeFileSync(file, xml);
    const info = await OfficeAddinManifest.readManifestFile(file);
    expect(info).toMatchObject({
      id: d.id,
      version: '0.1.0.0',
      providerName: 'Touchpoint',
      defaultLocale: 'en-US',
      displayName: 'Touchpoint',
      description: 'Customer context beside every trade e-mail',
      officeAppType: 'MailApp',
      permissions: 'ReadWriteItem',
      hosts: ['Mailbox'],
      appDomains: ['https://touchpoint.example.com'],
      iconUrl: 'https://touchpoint.example.com/addin/assets/icon-64.png',
      highResolutionIconUrl: 'https://touchpoint.example.com/addin/assets/icon-128.png',
      supportUrl: 'https://touchpoint.example.com/addin/',
    });
  });

  it('has the required top-level elements in the order the schema demands', () => {
    expect(root.name).toBe('OfficeApp');
    expect(type(root)).toBe('MailApp');
    expect(names(root)).toEqual([
      'Id',
      'Version',
      'ProviderName',
      'DefaultLocale',
      'DisplayName',
      'Description',
      'IconUrl',
      'HighResolutionIconUrl',
      'SupportUrl',
      'AppDomains',
      'Hosts',
      'Requirements',
      'FormSettings',
      'Permissions',
      'Rule',
      'DisableEntityHighlighting',
      'VersionOverrides',
    ]);
    expect(names(child(root, 'FormSettings')).length).toBe(2);
    expect(child(root, 'FormSettings').children.map(type)).toEqual(['ItemRead', 'ItemEdit']);
    expect(child(root, 'Rule').children.map((r) => r.attributes.FormType)).toEqual(['Read', 'Edit']);
  });

  it('puts everything in VersionOverrides 1.1 inside 1.0, in order', () => {
    const outer = child(root, 'VersionOverrides');
    expect(type(outer)).toBe('VersionOverridesV1_0');
    expect(names(outer)).toEqual(['VersionOverrides']);
    const inner = child(outer, 'VersionOverrides');
    expect(type(inner)).toBe('VersionOverridesV1_1');
    expect(inner.attributes.xmlns).toBe('http://schemas.microsoft.com/office/mailappversionoverrides/1.1');
    expect(names(inner)).toEqual(['Requirements', 'Hosts', 'Resources']);
    expect(child(child(inner, 'Requirements'), 'bt:Sets').attributes.DefaultMinVersion).toBe('1.5');
    const host = child(child(inner, 'Hosts'), 'Host');
    expect(type(host)).toBe('MailHost');
    expect(names(host)).toEqual(['DesktopFormFactor', 'MobileFormFactor']);
    expect(names(child(inner, 'Resources'))).toEqual(['bt:Images', 'bt:Urls', 'bt:ShortStrings', 'bt:LongStrings']);
  });

  it('offers a pinnable pane in read and compose mode, and in shared folders', () => {
    const desktop = child(child(child(child(child(root, 'VersionOverrides'), 'VersionOverrides'), 'Hosts'), 'Host'), 'DesktopFormFactor');
    expect(names(desktop)).toEqual(['SupportsSharedFolders', 'ExtensionPoint', 'ExtensionPoint']);
    expect(child(desktop, 'SupportsSharedFolders').text).toBe('true');
    const points = desktop.children.filter((c) => c.name === 'ExtensionPoint');
    expect(points.map(type)).toEqual(['MessageReadCommandSurface', 'MessageComposeCommandSurface']);
    for (const point of points) {
      const control = child(child(child(point, 'OfficeTab'), 'Group'), 'Control');
      expect(names(control)).toEqual(['Label', 'Supertip', 'Icon', 'Action']);
      const action = child(control, 'Action');
      expect(type(action)).toBe('ShowTaskpane');
      expect(names(action)).toEqual(['SourceLocation', 'SupportsPinning']);
      expect(child(action, 'SupportsPinning').text).toBe('true');
    }
  });

  it('has a button for phones (message read), with the nine mobile icons', () => {
    const mobile = child(child(child(child(child(root, 'VersionOverrides'), 'VersionOverrides'), 'Hosts'), 'Host'), 'MobileFormFactor');
    const point = child(mobile, 'ExtensionPoint');
    expect(type(point)).toBe('MobileMessageReadCommandSurface');
    const control = child(child(point, 'Group'), 'Control');
    expect(type(control)).toBe('MobileButton');
    expect(names(control)).toEqual(['Label', 'Icon', 'Action']);
    expect(child(control, 'Icon').children.map((i) => `${i.attributes.size}@${i.attributes.scale}`)).toEqual(['25@1', '25@2', '25@3', '32@1', '32@2', '32@3', '48@1', '48@2', '48@3']);
  });

  it('defines every resource it refers to, once, and every id is unique', () => {
    const nodes = descendants(root);
    const defined = nodes.filter((n) => /^bt:(Image|Url|String)$/.test(n.name) && n.attributes.id).map((n) => n.attributes.id!);
    expect(new Set(defined).size).toBe(defined.length);
    const used = new Set(nodes.flatMap((n) => (n.attributes.resid ? [n.attributes.resid] : [])));
    expect([...used].filter((r) => !defined.includes(r))).toEqual([]);
    expect(defined.filter((r) => !used.has(r))).toEqual([]);
    const ids = nodes.filter((n) => (n.name === 'Group' || n.name === 'Control') && n.attributes.id).map((n) => n.attributes.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(xmlIconSizes()).toEqual([16, 25, 32, 48, 50, 64, 75, 80, 96, 144]);
  });

  it('points every URL at the host over HTTPS, and says its names in Chinese too', () => {
    const urls = [...xml.matchAll(/(?:DefaultValue|Value)="(https?:[^"]+)"|<AppDomain>([^<]+)</g)].map((m) => m[1] ?? m[2]);
    expect(urls.length).toBeGreaterThan(10);
    expect(urls.filter((u) => !u!.startsWith('https://touchpoint.example.com'))).toEqual([]);
    const overrides = descendants(root).filter((n) => n.name === 'Override' || n.name === 'bt:Override');
    expect(overrides.map((o) => o.attributes.Locale)).toEqual(['zh-CN', 'zh-CN', 'zh-CN', 'zh-CN', 'zh-CN']);
    expect(overrides.map((o) => o.attributes.Value)).toContain('客户档案');
  });

  it('escapes what it writes into attributes', () => {
    const withPath = outlookXmlManifest(deployment({ host: 'https://example.com/a&b' }));
    expect(() => parseXml(withPath)).not.toThrow();
    expect(withPath).toContain('https://example.com/a&amp;b/addin/taskpane.html');
  });
});
