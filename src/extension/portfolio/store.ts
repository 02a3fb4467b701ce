/**
 * Every plan of the workspace as the portfolio shows it, kept per file (planCache.ts): a scan
 * or a change re-reads and re-lints only files whose stamp moved; overlaps are recomputed
 * from the cached per-plan documents and only when a plan changed. The cache is kept in the
 * extension's workspace storage between sessions, so re-opening paints before any file is read.
 */
import * as vscode from 'vscode';
import { findOverlaps } from '../../core/index.js';
import type { PortfolioOverlap, PortfolioPlan } from '../../shared/portfolio/types.js';
import { CONFIG_FILE, type ConfigStore } from '../configStore.js';
import { lintMode, SKIP_ABOVE_BYTES } from '../logic/limits.js';
import { detectOptionsFor, effectiveConfig, readSettings, workspaceRelativePath } from '../settings.js';
import { EXCLUDE_GLOB, MARKDOWN_GLOB } from '../workspacePlans.js';
import { parsePersisted, PERSISTED_SCHEMA, PlanCache, type PersistedCache } from './planCache.js';
import { summarizePlan, type PlanEntry } from './summary.js';

/** Files read at once during a scan. */
const SCAN_BATCH = 16;
const FIRST_BATCH = 4;
/** Linting gives the extension host back its event loop at least this often. */
const SLICE_MS = 25;
const CACHE_FILE = 'portfolio-cache.json';

/** Where the cache is kept between sessions; none without a workspace. */
export interface PortfolioStorage {
  dir: vscode.Uri | undefined;
  version: string;
}

/** Where the time of the last scan went, for the log. */
export interface ScanTimings {
  findMs: number;
  statMs: number;
  readMs: number;
  lintMs: number;
  linted: number;
}

export class PortfolioStore {
  readonly cache = new PlanCache<PlanEntry>();
  private overlapsFor?: { generation: number; threshold: number; pairs: PortfolioOverlap[] };
  /** Moves on whenever a plan is added, changed or removed. */
  private generation = 0;
  /** The config stamps the restored entries were made with, until a scan has checked them. */
  private restoredConfigs?: string;
  private configsKey = '';
  private saved = -1;
  timings: ScanTimings = { findMs: 0, statMs: 0, readMs: 0, lintMs: 0, linted: 0 };

  constructor(private readonly configs: ConfigStore, private readonly storage?: PortfolioStorage) {}

  private restoring?: Promise<boolean>;

  /** Whether the last session's cache is read or being read. */
  get restoreStarted(): boolean {
    return this.restoring !== undefined;
  }

  /** Fills the cache from the last session (once per store); true when it held anything to show. */
  restore(): Promise<boolean> {
    this.restoring ??= this.restoreOnce();
    return this.restoring;
  }

  private async restoreOnce(): Promise<boolean> {
    const file = this.cacheFile();
    if (!file) return false;
    const bytes = await Promise.resolve(vscode.workspace.fs.readFile(file)).catch(() => undefined);
    const persisted = bytes && parsePersisted<PlanEntry, PortfolioOverlap>(new TextDecoder().decode(bytes), { version: this.storage!.version, settings: settingsKey() });
    if (!persisted) return false;
    const fresh = this.cache.values().length === 0;
    this.cache.seed(persisted.entries);
    this.restoredConfigs = persisted.configs;
    this.generation++;
    // The pairs hold as long as no plan changes: a scan that finds every stamp unchanged keeps them.
    if (fresh && persisted.derived) this.overlapsFor = { generation: this.generation, ...persisted.derived };
    // What is on disk is what we hold: nothing to write back until something changes.
    if (fresh && persisted.derived) this.saved = this.generation;
    return this.cache.values().length > 0;
  }

  /** Writes the cache for the next session, when anything changed since the last write. */
  async save(): Promise<void> {
    const file = this.cacheFile();
    if (!file || this.saved === this.generation) return;
    this.saved = this.generation;
    const data: PersistedCache<PlanEntry, PortfolioOverlap> = {
      schema: PERSISTED_SCHEMA,
      version: this.storage!.version,
      settings: settingsKey(),
      configs: this.configsKey,
      // Unsaved edits (stamp `v…`) are this session's only.
      entries: this.cache.snapshot((stamp) => !stamp.startsWith('v')),
      // Only pairs of exactly these entries: none of an unsaved edit.
      derived: this.overlapsFor?.generation === this.generation && !this.cache.snapshot((stamp) => stamp.startsWith('v')).length
        ? { threshold: this.overlapsFor.threshold, pairs: this.overlapsFor.pairs }
        : undefined,
    };
    await vscode.workspace.fs.createDirectory(this.storage!.dir!);
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(JSON.stringify(data)));
  }

  private scanning?: Promise<void>;

  /**
   * Finds every Markdown file and refreshes each; `progress` is called as files are read. The
   * portfolio view and the editor's overlapping-initiative rule share one store: a scan asked for
   * while another runs follows it (and finds every stamp it checked unchanged).
   */
  scan(progress?: (done: number, total: number) => void): Promise<void> {
    const next = (this.scanning ?? Promise.resolve()).catch(() => undefined).then(() => this.scanOnce(progress));
    this.scanning = next;
    return next;
  }

  private async scanOnce(progress?: (done: number, total: number) => void): Promise<void> {
    this.timings = { findMs: 0, statMs: 0, readMs: 0, lintMs: 0, linted: 0 };
    const found = performance.now();
    const [uris, configsKey] = await Promise.all([vscode.workspace.findFiles(MARKDOWN_GLOB, EXCLUDE_GLOB), configStamps()]);
    this.timings.findMs = performance.now() - found;
    // Entries of the last session were linted under other .innovatierc.json files: start again.
    if (this.restoredConfigs !== undefined && this.restoredConfigs !== configsKey) this.clear();
    this.restoredConfigs = undefined;
    this.configsKey = configsKey;
    const keys = new Set(uris.map((uri) => uri.toString()));
    if ([...this.cache.values()].some((entry) => !keys.has(entry.plan.id))) this.generation++;
    this.cache.retain(keys);
    // Files are read a batch at a time (reading waits on the file system, linting does not).
    let slice = performance.now();
    // A small first batch: its rows are the first paint.
    for (let index = 0, size = FIRST_BATCH; index < uris.length; index += size, size = SCAN_BATCH) {
      await Promise.all(uris.slice(index, index + size).map((uri) => this.refresh(uri).catch(() => undefined)));
      progress?.(Math.min(index + size, uris.length), uris.length);
      // Give the extension host a breath between batches that took long: typing must stay smooth.
      if (performance.now() - slice > SLICE_MS) {
        await new Promise((resolve) => setTimeout(resolve, 0));
        slice = performance.now();
      }
    }
  }

  /** Re-reads one file if its stamp moved; a file that is gone is dropped. */
  async refresh(uri: vscode.Uri): Promise<void> {
    const key = uri.toString();
    const document = vscode.workspace.textDocuments.find((open) => open.uri.toString() === key);
    let stamp: string;
    let size = 0;
    if (document?.isDirty) stamp = `v${document.version}`;
    else {
      const statted = performance.now();
      const stat = await Promise.resolve(vscode.workspace.fs.stat(uri)).catch(() => undefined);
      this.timings.statMs += performance.now() - statted;
      if (!stat) return this.remove(uri);
      stamp = `${stat.mtime}:${stat.size}`;
      size = stat.size;
    }
    const before = this.cache.produced;
    await this.cache.get(key, stamp, async () => {
      if (size > SKIP_ABOVE_BYTES) return undefined;
      const read = performance.now();
      const text = document?.isDirty ? document.getText() : new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      const started = performance.now();
      this.timings.readMs += started - read;
      const entry = await this.summarize(uri, text);
      this.timings.lintMs += performance.now() - started;
      this.timings.linted++;
      return entry;
    });
    if (this.cache.produced !== before) this.generation++;
  }

  remove(uri: vscode.Uri): void {
    if (!this.cache.has(uri.toString())) return;
    this.cache.delete(uri.toString());
    this.generation++;
  }

  /** Forget everything (the config or the settings changed): the next scan lints every file again. */
  clear(): void {
    this.cache.clear();
    this.generation++;
  }

  /** Every plan's cached summary: its row, what overlap detection reads of it, its title's range. */
  entries(): PlanEntry[] {
    return this.cache.values();
  }

  plans(): PortfolioPlan[] {
    return this.cache.values().map((entry) => entry.plan).sort((a, b) => a.path.localeCompare(b.path));
  }

  has(id: string): boolean {
    return this.cache.values().some((entry) => entry.plan.id === id);
  }

  overlaps(threshold: number): PortfolioOverlap[] {
    if (this.overlapsFor?.generation !== this.generation || this.overlapsFor.threshold !== threshold) {
      const pairs = findOverlaps(this.cache.values().map((entry) => entry.overlap), { threshold });
      this.overlapsFor = { generation: this.generation, threshold, pairs };
    }
    return this.overlapsFor.pairs;
  }

  private cacheFile(): vscode.Uri | undefined {
    return this.storage?.dir && vscode.Uri.joinPath(this.storage.dir, CACHE_FILE);
  }

  private async summarize(uri: vscode.Uri, text: string): Promise<PlanEntry | undefined> {
    if (lintMode(text).startsWith('skip')) return undefined;
    const config = await this.configs.forUri(uri);
    const settings = readSettings(uri);
    const path = workspaceRelativePath(uri) ?? vscode.workspace.asRelativePath(uri);
    return summarizePlan(uri.toString(), path, text, {
      config: effectiveConfig(config, settings),
      detect: detectOptionsFor(uri, config, settings),
      language: settings.messageLanguage,
    });
  }
}

/** What of the settings and the UI language a plan's summary depends on. */
function settingsKey(): string {
  const folders = vscode.workspace.workspaceFolders ?? [];
  return JSON.stringify([vscode.env.language, ...folders.map((folder) => readSettings(folder.uri))]);
}

/** Path, modification time and size of every .innovatierc.json in the workspace. */
async function configStamps(): Promise<string> {
  const uris = await vscode.workspace.findFiles(`**/${CONFIG_FILE}`, EXCLUDE_GLOB);
  const stamps = await Promise.all(uris.map(async (uri) => {
    const stat = await Promise.resolve(vscode.workspace.fs.stat(uri)).catch(() => undefined);
    return `${uri.toString()}@${stat?.mtime}:${stat?.size}`;
  }));
  return stamps.sort().join('\n');
}
