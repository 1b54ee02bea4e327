/**
 * Reads the company config file and validates it at start. A bad file stops the server with
 * every wrong key named by its path (`judgement.tierWeights.revenue: expected number`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { TouchpointConfig } from '../core/index.ts';

export const DEFAULT_CONFIG_FILE = 'touchpoint.config.json';
export const EXAMPLE_CONFIG_FILE = 'touchpoint.config.example.json';

export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file} is not a valid Touchpoint config:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Validates a parsed config object. @throws ConfigError naming each bad key. */
export function parseConfig(value: unknown, file = '(config)'): TouchpointConfig {
  const result = TouchpointConfig.safeParse(value);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
  throw new ConfigError(file, problems);
}

/**
 * Loads the config: `path` if given, else `touchpoint.config.json` in `cwd`, else the bundled
 * example (the demo company), so a fresh clone starts with no file to write.
 */
export function loadConfig(path: string | undefined, cwd = process.cwd()): { config: TouchpointConfig; file: string; isExample: boolean } {
  const chosen = path ? resolve(cwd, path) : existsSync(resolve(cwd, DEFAULT_CONFIG_FILE)) ? resolve(cwd, DEFAULT_CONFIG_FILE) : resolve(cwd, EXAMPLE_CONFIG_FILE);
  if (!existsSync(chosen)) throw new ConfigError(chosen, ['file not found']);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(chosen, 'utf8'));
  } catch (error) {
    throw new ConfigError(chosen, [`not valid JSON: ${(error as Error).message}`]);
  }
  return { config: parseConfig(raw, chosen), file: chosen, isExample: chosen.endsWith(EXAMPLE_CONFIG_FILE) };
}
