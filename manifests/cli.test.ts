import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runManifestCli } from './cli.ts';
import { GENERATORS } from './generators.ts';

const out = () => mkdtempSync(join(tmpdir(), 'tp-manifests-'));

describe('npm run manifest', () => {
  it('writes the XML manifest, the unified package and the Gmail descriptor for the host', () => {
    const dir = out();
    const { written, report } = runManifestCli(['--host', 'https://touchpoint.example.com/', '--out', dir], {});
    expect(written.map((p) => p.slice(dir.length + 1)).sort()).toEqual([
      'gmail/deployment.json',
      'outlook/manifest.xml',
      'outlook/touchpoint-outlook.zip',
      'outlook/unified/color.png',
      'outlook/unified/manifest.json',
      'outlook/unified/outline.png',
      'outlook/unified/zh-cn.json',
    ]);
    expect(readFileSync(join(dir, 'outlook/manifest.xml'), 'utf8')).toContain('<SourceLocation DefaultValue="https://touchpoint.example.com/addin/taskpane.html"/>');
    const gmail = JSON.parse(readFileSync(join(dir, 'gmail/deployment.json'), 'utf8'));
    expect(gmail.addOns.gmail.contextualTriggers[0].onTriggerFunction).toBe('https://touchpoint.example.com/gmail/message');
    expect(report).toMatch(/^manifests for https:\/\/touchpoint\.example\.com \(id [0-9a-f-]{36}, version \d+\.\d+\.\d+\)/);
  });

  it('takes the host from PUBLIC_URL, and writes only what --only names', () => {
    const dir = out();
    runManifestCli(['--out', dir, '--only', 'outlook-xml', '--id', 'A1B2C3D4-0000-4000-8000-000000000001'], { PUBLIC_URL: 'https://tp.internal.example' });
    expect(existsSync(join(dir, 'outlook/unified'))).toBe(false);
    expect(readFileSync(join(dir, 'outlook/manifest.xml'), 'utf8')).toContain('<Id>a1b2c3d4-0000-4000-8000-000000000001</Id>');
  });

  it.each([
    [[], /--host: say where mail clients reach the server/],
    [['--host', 'http://localhost:8787'], /Outlook loads add-ins over HTTPS only/],
    [['--host', 'touchpoint'], /is not a URL/],
    [['--host', 'https://x.example', '--id', 'nope'], /--id: "nope" is not a GUID/],
    [['--host', 'https://x.example', '--only', 'gmail-sheets'], /--only: no manifest called gmail-sheets \(there are outlook-xml, outlook-json/],
  ])('refuses %j with a message naming the fix', (args, message) => {
    expect(() => runManifestCli([...args, '--out', out()], {})).toThrow(message);
  });

  it('names each generator once', () => {
    const names = GENERATORS.map((g) => g.name);
    expect(new Set(names).size).toBe(names.length);
  });
});
