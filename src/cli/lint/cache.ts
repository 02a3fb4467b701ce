import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../../core/index.js';
import { hashBytes } from '../files.js';
import type { FileReport } from '../format/types.js';

export const DEFAULT_CACHE_LOCATION = path.join('.innovatie-cache', 'lint.json');

interface Entry {
  hash: string;
  report: Omit<FileReport, 'path' | 'fixed'>;
}

interface CacheData {
  version: 1;
  /** Tool version and build + configuration: when either changes, every entry is stale. */
  fingerprint: string;
  /** By absolute path, so running from another folder still hits. */
  files: Record<string, Entry>;
}

/** Lint results keyed by each file's content hash. */
export class LintCache {
  private constructor(readonly file: string, private data: CacheData) {}

  /** Opens the cache; a missing, corrupt or stale cache file simply starts empty. */
  static open(cwd: string, location: string | undefined, tool: string, config: Config): LintCache {
    const file = cacheFile(cwd, location);
    const fingerprint = hashBytes(JSON.stringify({ tool, config }));
    let data: CacheData = { version: 1, fingerprint, files: {} };
    try {
      const stored = JSON.parse(readFileSync(file, 'utf8')) as CacheData;
      if (stored.version === 1 && stored.fingerprint === fingerprint && stored.files) data = stored;
    } catch {
      // No cache yet, or one we cannot read: lint everything and write a new one.
    }
    return new LintCache(file, data);
  }

  get(file: string): Entry | undefined {
    return this.data.files[file];
  }

  set(file: string, hash: string, report: FileReport): void {
    const { path: _shown, fixed: _fixed, ...kept } = report;
    this.data.files[file] = { hash, report: kept };
  }

  delete(file: string): void {
    delete this.data.files[file];
  }

  /** Writes through a temporary file, so an interrupted run never leaves half a cache. */
  save(): void {
    for (const file of Object.keys(this.data.files)) if (!existsSync(file)) delete this.data.files[file];
    mkdirSync(path.dirname(this.file), { recursive: true });
    const temporary = `${this.file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(this.data));
    renameSync(temporary, this.file);
  }
}

/** `--cache-location` may name a file or a folder (existing, or written with a trailing slash). */
function cacheFile(cwd: string, location: string | undefined): string {
  if (!location) return path.resolve(cwd, DEFAULT_CACHE_LOCATION);
  const resolved = path.resolve(cwd, location);
  const isFolder = /[\\/]$/.test(location) || (existsSync(resolved) && statSync(resolved).isDirectory());
  return isFolder ? path.join(resolved, 'lint.json') : resolved;
}
