/**
 * `npm run manifest -- --host https://touchpoint.example.com [--out dist/manifests] [--id GUID] [--only outlook-xml]`
 *
 * Writes every mail client's manifest for a server reached at `--host` (default: PUBLIC_URL).
 * docs/outlook.md says how to sideload what it writes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { deployment } from './deployment.ts';
import { GENERATORS } from './generators.ts';

export function runManifestCli(argv: string[], env: NodeJS.ProcessEnv = process.env): { written: string[]; report: string } {
  const { values } = parseArgs({
    args: argv,
    options: {
      host: { type: 'string' },
      out: { type: 'string' },
      id: { type: 'string' },
      only: { type: 'string', multiple: true },
    },
    strict: true,
  });
  const host = values.host ?? env.PUBLIC_URL;
  if (!host) throw new Error('--host: say where mail clients reach the server, e.g. npm run manifest -- --host https://touchpoint.example.com');
  const d = deployment({ host, ...(values.id ? { id: values.id } : {}) });
  const unknown = (values.only ?? []).filter((name) => !GENERATORS.some((g) => g.name === name));
  if (unknown.length) throw new Error(`--only: no manifest called ${unknown.join(', ')} (there are ${GENERATORS.map((g) => g.name).join(', ')})`);
  const chosen = GENERATORS.filter((g) => !values.only || values.only.includes(g.name));
  const out = resolve(values.out ?? join(import.meta.dirname, '..', 'dist', 'manifests'));
  const written: string[] = [];
  const lines = [`manifests for ${d.host} (id ${d.id}, version ${d.version}) → ${out}`];
  for (const generator of chosen) {
    lines.push(`  ${generator.describe}`);
    for (const file of generator.files(d)) {
      const path = join(out, file.path);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, file.content);
      written.push(path);
      lines.push(`    ${path.startsWith(process.cwd()) ? relative(process.cwd(), path) : path}`);
    }
  }
  lines.push('  Outlook: sideload manifest.xml (docs/outlook.md; Outlook on the web: https://aka.ms/olksideload → My add-ins → Add a custom add-in → Add from file).');
  lines.push('  Gmail: gcloud workspace-add-ons deployments create touchpoint --deployment-file=gmail/deployment.json (docs/gmail.md).');
  return { written, report: lines.join('\n') };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    console.log(runManifestCli(process.argv.slice(2)).report);
  } catch (error) {
    console.error(`npm run manifest: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
