import { parseConfig, type Config } from './config.js';

export const CONFIG_FILE = '.innovatierc.json';

/**
 * How the resolver walks folders and reads files: the CLI passes node:fs and paths, the
 * extension vscode.workspace.fs and URIs, so the core stays free of both.
 */
export interface ConfigHost<P> {
  /** The folder above `dir`, or undefined at the top. */
  parent(dir: P): P | undefined;
  join(dir: P, name: string): P;
  /** Whether two folders are the same (where the walk stops). */
  same(a: P, b: P): boolean;
  /** How a file is named in messages. */
  label(file: P): string;
}

export interface ResolvedConfig<P> {
  config: Config;
  /** The file it came from; absent: no file, the defaults. */
  file?: P;
}

/** Where `.innovatierc.json` may be, nearest first: `dir` and each folder above it up to `stop` (or the top). */
export function configCandidates<P>(dir: P, host: ConfigHost<P>, stop?: P): P[] {
  const candidates: P[] = [];
  for (let folder: P | undefined = dir; folder !== undefined; folder = host.parent(folder)) {
    candidates.push(host.join(folder, CONFIG_FILE));
    if (stop !== undefined && host.same(folder, stop)) break;
  }
  return candidates;
}

/** The nearest config file's settings; `read` gives a file's text or undefined when there is none. Throws ConfigError when invalid. */
export function resolveConfigSync<P>(dir: P, host: ConfigHost<P>, read: (file: P) => string | undefined, stop?: P): ResolvedConfig<P> {
  for (const file of configCandidates(dir, host, stop)) {
    const text = read(file);
    if (text !== undefined) return { config: parseConfig(text, host.label(file)), file };
  }
  return { config: {} };
}

/** The same, for hosts that read asynchronously (the editor). */
export async function resolveConfig<P>(dir: P, host: ConfigHost<P>, read: (file: P) => Promise<string | undefined>, stop?: P): Promise<ResolvedConfig<P>> {
  for (const file of configCandidates(dir, host, stop)) {
    const text = await read(file);
    if (text !== undefined) return { config: parseConfig(text, host.label(file)), file };
  }
  return { config: {} };
}
