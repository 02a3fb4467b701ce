import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseConfig, type Config } from '../core/index.js';

export const CONFIG_FILE = '.innovatierc.json';

/** Finds `.innovatierc.json` in cwd or a parent folder. Throws ConfigError on invalid content. */
export function loadConfig(cwd: string, explicit?: string): { config: Config; file?: string } {
  const file = explicit ? path.resolve(cwd, explicit) : findUp(cwd);
  if (!file) return { config: {} };
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`${file}: cannot read configuration: ${(error as Error).message}`);
  }
  return { config: parseConfig(text, file), file };
}

function findUp(start: string): string | undefined {
  for (let dir = path.resolve(start); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, CONFIG_FILE);
    if (existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) return undefined;
  }
}
