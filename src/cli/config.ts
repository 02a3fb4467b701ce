import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseConfig, type Config } from '../core/index.js';
import { CONFIG_FILE, resolveConfigSync, type ConfigHost } from '../core/config/resolve.js';

export { CONFIG_FILE };

/** Paths on this machine, for the core's resolver (the extension passes URIs). */
const FILES: ConfigHost<string> = {
  parent: (dir) => (path.dirname(dir) === dir ? undefined : path.dirname(dir)),
  join: (dir, name) => path.join(dir, name),
  same: (a, b) => path.resolve(a) === path.resolve(b),
  label: (file) => file,
};

/** A config file's text, undefined when there is no such file; a file we cannot read is an error. */
function readIfFile(file: string): string | undefined {
  try {
    if (!statSync(file).isFile()) return undefined;
  } catch {
    return undefined;
  }
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`${file}: cannot read configuration: ${(error as Error).message}`);
  }
}

/** Finds `.innovatierc.json` in `dir` or a folder above it, as the extension does for a plan. Throws ConfigError on invalid content. */
export function resolveFrom(dir: string): { config: Config; file?: string } {
  return resolveConfigSync(path.resolve(dir), FILES, readIfFile);
}

/** The config of a run: an explicit file, else the nearest one from cwd up. Throws ConfigError on invalid content. */
export function loadConfig(cwd: string, explicit?: string): { config: Config; file?: string } {
  if (!explicit) return resolveFrom(cwd);
  const file = path.resolve(cwd, explicit);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`${file}: cannot read configuration: ${(error as Error).message}`);
  }
  return { config: parseConfig(text, file), file };
}

/**
 * The config of each plan, as the extension finds it: the nearest `.innovatierc.json` from the
 * plan's folder up (or the one named with --config for every plan). Resolved once per folder.
 */
export class PlanConfigs {
  private readonly byFolder = new Map<string, { config: Config; file?: string }>();
  private readonly explicit?: { config: Config; file?: string };

  constructor(cwd: string, explicit?: string) {
    if (explicit) this.explicit = loadConfig(cwd, explicit);
  }

  forFile(file: string): { config: Config; file?: string } {
    if (this.explicit) return this.explicit;
    const folder = path.dirname(path.resolve(file));
    let resolved = this.byFolder.get(folder);
    if (!resolved) this.byFolder.set(folder, (resolved = resolveFrom(folder)));
    return resolved;
  }
}

/**
 * `innovatie lint --print-config [PLAN]`: the config that applies to PLAN (a file or folder;
 * default the working folder), found from its folder up as the extension finds it, and the
 * file it came from (null: none, the defaults).
 */
export function printConfig(cwd: string, plan: string | undefined, explicit?: string): string {
  const target = path.resolve(cwd, plan ?? '.');
  let dir = target;
  try {
    if (!statSync(target).isDirectory()) dir = path.dirname(target);
  } catch {
    throw new Error(`${plan}: no such file or folder`);
  }
  const { config, file } = explicit ? loadConfig(cwd, explicit) : resolveFrom(dir);
  return JSON.stringify({ file: file ?? null, config }, null, 2) + '\n';
}
