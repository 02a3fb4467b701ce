import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import ignore from 'ignore';

const MARKDOWN = '**/*.{md,markdown}';
const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**'];

export interface Expansion {
  files: string[];
  /** Arguments that matched nothing or could not be read. */
  problems: string[];
}

/**
 * Expands files, folders and globs to Markdown files, skipping what `.gitignore`
 * files and the config's `ignore` list exclude. A file named explicitly is linted
 * even when git ignores it, but not when the config's `ignore` list names it, so
 * a pre-commit hook that passes every staged file still skips team templates.
 */
export async function expandInputs(inputs: string[], cwd: string, ignorePatterns: string[] = [], ignoreBase = cwd): Promise<Expansion> {
  const configured = layer(ignoreBase, ignorePatterns);
  const git = await gitignoreLayers(cwd);
  const skip = (file: string) => configured.ignores(file) || git.some((layer) => layer.ignores(file));
  const files = new Set<string>();
  const problems: string[] = [];
  for (const input of inputs) {
    const absolute = path.resolve(cwd, input);
    if (isDynamicPattern(input)) {
      const matches = await glob(input, { cwd, ignore: ALWAYS_IGNORED, absolute: true, dot: false });
      const kept = matches.filter((file) => !skip(file));
      if (kept.length === 0) problems.push(`${input}: no files match`);
      kept.forEach((file) => files.add(file));
      continue;
    }
    let stats;
    try {
      stats = statSync(absolute);
    } catch {
      problems.push(`${input}: no such file or folder`);
      continue;
    }
    if (stats.isDirectory()) {
      const matches = await glob(MARKDOWN, { cwd: absolute, ignore: ALWAYS_IGNORED, absolute: true });
      matches.filter((file) => !skip(file)).forEach((file) => files.add(file));
    } else if (!configured.ignores(absolute)) {
      files.add(absolute);
    }
  }
  return { files: [...files].sort(), problems };
}

interface Layer {
  ignores(file: string): boolean;
}

/**
 * One layer per `.gitignore`: those in cwd's parent folders up to the repository
 * root, and those below cwd. Each matches paths relative to its own folder, as git does.
 */
async function gitignoreLayers(cwd: string): Promise<Layer[]> {
  const found: string[] = [];
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    if (dir !== path.resolve(cwd) && existsSync(path.join(dir, '.gitignore'))) found.push(path.join(dir, '.gitignore'));
    if (existsSync(path.join(dir, '.git')) || path.dirname(dir) === dir) break;
  }
  found.push(...(await glob('**/.gitignore', { cwd, ignore: ALWAYS_IGNORED, absolute: true, dot: true })));
  return found.map((file) => layer(path.dirname(file), readFileSync(file, 'utf8')));
}

/** Patterns that match paths relative to `base`; files outside it are never matched. */
function layer(base: string, patterns: string | string[]): Layer {
  const matcher = ignore().add(patterns);
  return {
    ignores: (target: string) => {
      const rel = path.relative(base, target);
      return !rel.startsWith('..') && !path.isAbsolute(rel) && rel !== '' && matcher.ignores(rel.split(path.sep).join('/'));
    },
  };
}

/** A path relative to cwd with forward slashes; outside cwd it stays absolute. */
export function relative(cwd: string, file: string): string {
  const result = path.relative(cwd, file);
  return result.startsWith('..') || path.isAbsolute(result) ? file : result.split(path.sep).join('/');
}

export const MAX_FILE_BYTES = 64 * 1024 * 1024;

export interface PlanText {
  text: string;
  /** The file started with a byte order mark (stripped from text, restored when fixing). */
  bom: boolean;
  /** sha1 of the raw bytes: the cache key. */
  hash: string;
}

/** Reads a plan as UTF-8 text, refusing binary and oversized files with a clear reason. */
export function readPlan(file: string): PlanText | { error: string } {
  let buffer: Buffer;
  try {
    const size = statSync(file).size;
    if (size > MAX_FILE_BYTES) return { error: `file is ${(size / 1048576).toFixed(0)} MB; the limit is ${MAX_FILE_BYTES / 1048576} MB` };
    buffer = readFileSync(file);
  } catch (error) {
    return { error: (error as NodeJS.ErrnoException).code === 'EACCES' ? 'permission denied' : (error as Error).message };
  }
  if (buffer.subarray(0, 8000).includes(0)) return { error: 'binary file, not Markdown' };
  const text = buffer.toString('utf8');
  const bom = text.startsWith('\uFEFF');
  return { text: bom ? text.slice(1) : text, bom, hash: hashBytes(buffer) };
}

/** sha1 is plenty for change detection and is the fastest hash node:crypto offers here. */
export function hashBytes(data: Buffer | string): string {
  return createHash('sha1').update(data).digest('hex');
}
