/**
 * What the portfolio learnt per file, keyed by the file and a stamp (document version when
 * open and edited, else modification time and size): a file whose stamp is unchanged is
 * neither read nor linted again. The cache also survives the session as JSON (persist.ts
 * writes it), so a re-opened portfolio paints at once. No `vscode`: plain tests run it.
 */
export class PlanCache<T> {
  private readonly entries = new Map<string, { stamp: string; value: T | undefined }>();
  /** How many times `produce` ran: what the tests and the log count. */
  produced = 0;

  /** The cached value when `stamp` matches, else the value `produce` makes (undefined: not a plan). */
  async get(key: string, stamp: string, produce: () => Promise<T | undefined>): Promise<T | undefined> {
    const cached = this.entries.get(key);
    if (cached?.stamp === stamp) return cached.value;
    this.produced++;
    const value = await produce();
    this.entries.set(key, { stamp, value });
    return value;
  }

  has(key: string): boolean {
    return this.entries.has(key);
  }

  delete(key: string): void {
    this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
  }

  /** Keeps only the given keys (files that still exist). */
  retain(keys: ReadonlySet<string>): void {
    for (const key of this.entries.keys()) if (!keys.has(key)) this.entries.delete(key);
  }

  values(): T[] {
    return [...this.entries.values()].flatMap((entry) => (entry.value === undefined ? [] : [entry.value]));
  }

  /** Every entry whose stamp `keep` accepts, as JSON can hold it (null: not a plan). */
  snapshot(keep: (stamp: string) => boolean): Array<[key: string, stamp: string, value: T | null]> {
    return [...this.entries].filter(([, entry]) => keep(entry.stamp)).map(([key, entry]) => [key, entry.stamp, entry.value ?? null]);
  }

  /** Entries from an earlier session; what this session already learnt wins. */
  seed(entries: ReadonlyArray<readonly [key: string, stamp: string, value: T | null]>): void {
    for (const [key, stamp, value] of entries) if (!this.entries.has(key)) this.entries.set(key, { stamp, value: value ?? undefined });
  }
}

/** Bump when the shape of a persisted entry changes; a new extension version invalidates it too. */
export const PERSISTED_SCHEMA = 2;

export interface PersistedCache<T, P = unknown> {
  schema: number;
  /** The extension's version: another version may summarise plans otherwise. */
  version: string;
  /** The settings the plans were linted with. */
  settings: string;
  /** Modification stamps of every .innovatierc.json: a changed config invalidates every entry. */
  configs: string;
  entries: Array<[key: string, stamp: string, value: T | null]>;
  /** What was worked out from all entries together (the overlapping pairs), valid while no entry changes. */
  derived?: { threshold: number; pairs: P[] };
}

/** The persisted cache when it was written by this version with these settings, else undefined. */
export function parsePersisted<T, P = unknown>(text: string, expected: { version: string; settings: string }): PersistedCache<T, P> | undefined {
  let data: Partial<PersistedCache<T, P>>;
  try {
    data = JSON.parse(text) as Partial<PersistedCache<T, P>>;
  } catch {
    return undefined;
  }
  if (typeof data !== 'object' || data === null) return undefined;
  if (data.schema !== PERSISTED_SCHEMA || data.version !== expected.version || data.settings !== expected.settings) return undefined;
  if (typeof data.configs !== 'string' || !Array.isArray(data.entries)) return undefined;
  const entries = data.entries.filter((entry) => Array.isArray(entry) && typeof entry[0] === 'string' && typeof entry[1] === 'string');
  const derived = typeof data.derived?.threshold === 'number' && Array.isArray(data.derived.pairs) ? data.derived : undefined;
  return { schema: PERSISTED_SCHEMA, version: data.version, settings: data.settings, configs: data.configs, entries, derived };
}
