import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import ignore, { type Ignore } from 'ignore';

const MARKDOWN = '**/*.{md,markdown}';
const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**'];

export interface Expansion {
  files: string[];
  /** Arguments that matched nothing or could not be read. */
  problems: string[];
}

/**
 * Expands files, folders and globs to Markdown files, skipping what `.gitignore`
 * (of the working directory) and the config's `ignore` list exclude. A file named
 * explicitly is always linted.
 */
export async function expandInputs(inputs: string[], cwd: string, ignorePatterns: string[] = []): Promise<Expansion> {
  const filter = ignoreFilter(cwd, ignorePatterns);
  const files = new Set<string>();
  const problems: string[] = [];
  for (const input of inputs) {
    const absolute = path.resolve(cwd, input);
    if (isDynamicPattern(input)) {
      const matches = await glob(input, { cwd, ignore: ALWAYS_IGNORED, absolute: true, dot: false });
      const kept = matches.filter((file) => !filter.ignores(relative(cwd, file)));
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
      matches.filter((file) => !filter.ignores(relative(cwd, file))).forEach((file) => files.add(file));
    } else {
      files.add(absolute);
    }
  }
  return { files: [...files].sort(), problems };
}

function ignoreFilter(cwd: string, patterns: string[]): Ignore {
  const filter = ignore().add(patterns);
  const gitignore = path.join(cwd, '.gitignore');
  if (existsSync(gitignore)) filter.add(readFileSync(gitignore, 'utf8'));
  return filter;
}

/** A path relative to cwd with forward slashes; outside cwd it stays absolute. */
export function relative(cwd: string, file: string): string {
  const result = path.relative(cwd, file);
  return result.startsWith('..') || path.isAbsolute(result) ? file : result.split(path.sep).join('/');
}

export const MAX_FILE_BYTES = 64 * 1024 * 1024;

/** Reads a plan as UTF-8 text, refusing binary and oversized files with a clear reason. */
export function readPlan(file: string): { text: string } | { error: string } {
  let buffer: Buffer;
  try {
    const size = statSync(file).size;
    if (size > MAX_FILE_BYTES) return { error: `file is ${(size / 1048576).toFixed(0)} MB; the limit is ${MAX_FILE_BYTES / 1048576} MB` };
    buffer = readFileSync(file);
  } catch (error) {
    return { error: (error as NodeJS.ErrnoException).code === 'EACCES' ? 'permission denied' : (error as Error).message };
  }
  if (buffer.subarray(0, 8000).includes(0)) return { error: 'binary file, not Markdown' };
  return { text: buffer.toString('utf8').replace(/^\uFEFF/, '') };
}
