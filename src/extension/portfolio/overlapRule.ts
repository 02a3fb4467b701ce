/**
 * The cross-file rule `overlapping-initiative` in the editor. When a .innovatierc.json (or the
 * `innovatie.rules` setting) switches it on, every plan of the workspace is summarised once by
 * the portfolio's store (the same cache the portfolio view shows, kept between sessions), and
 * each plan of an overlapping pair gets a problem on its title naming the other plan. Changed
 * files are read again alone, after a short pause; unchanged files are neither read nor linted
 * again. While the rule is off nothing is scanned.
 */
import * as vscode from 'vscode';
import { DEFAULT_OVERLAP_THRESHOLD, type Config, type Finding } from '../../core/index.js';
import { OVERLAPPING_INITIATIVE, overlapMessage, overlapRuleSeverity } from '../../core/rules/overlapping-initiative.js';
import { CONFIG_FILE, type ConfigStore } from '../configStore.js';
import { toDiagnostic } from '../diagnostics.js';
import { effectiveConfig, readSettings } from '../settings.js';
import { EXCLUDE_GLOB } from '../workspacePlans.js';
import { watchPlans } from './watch.js';
import type { PortfolioStore } from './store.js';
import { splitDistinct } from './distinct.js';

/** Edits and file events coalesce into one update per pause this long. */
const UPDATE_DELAY_MS = 500;

export class OverlapRule implements vscode.Disposable {
  /** A collection of its own: the per-file linter replaces its problems on every keystroke. */
  readonly diagnostics = vscode.languages.createDiagnosticCollection('innovatie-overlap');
  private readonly disposables: vscode.Disposable[] = [];
  private readonly pending = new Map<string, vscode.Uri>();
  private timer?: ReturnType<typeof setTimeout>;
  private enabled = false;
  private work: Promise<void> = Promise.resolve();

  constructor(private readonly store: PortfolioStore, private readonly configs: ConfigStore, private readonly log: vscode.LogOutputChannel) {
    // Summaries made under another config are stale: start again (as the portfolio view does).
    this.disposables.push(this.diagnostics, ...watchPlans((uri) => this.queue(uri), () => this.restart(true), configs));
    this.restart();
  }

  /** Checks whether any config switches the rule on; if so, scans (from the cache) and publishes. */
  private restart(configChanged = false): void {
    this.work = this.work.then(async () => {
      this.enabled = await this.ruleOnAnywhere();
      if (configChanged && this.enabled) this.store.clear();
      if (!this.enabled) {
        this.diagnostics.clear();
        return;
      }
      const started = performance.now();
      await this.store.restore();
      await this.store.scan();
      await this.publish();
      this.log.info(`overlapping-initiative: ${this.store.plans().length} plans compared in ${(performance.now() - started).toFixed(0)} ms (${this.store.timings.linted} linted)`);
    }).catch((error: Error) => this.log.error(`overlapping-initiative: ${error.stack ?? error}`));
  }

  private queue(uri: vscode.Uri): void {
    if (!this.enabled) return;
    this.pending.set(uri.toString(), uri);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      const uris = [...this.pending.values()];
      this.pending.clear();
      this.work = this.work.then(async () => {
        for (const uri of uris) await this.store.refresh(uri).catch(() => undefined);
        await this.publish();
      }).catch((error: Error) => this.log.error(`overlapping-initiative: ${error.stack ?? error}`));
    }, UPDATE_DELAY_MS);
  }

  /** Whether a .innovatierc.json of the workspace, or the settings of a folder, switch the rule on. */
  private async ruleOnAnywhere(): Promise<boolean> {
    const files = await vscode.workspace.findFiles(`**/${CONFIG_FILE}`, EXCLUDE_GLOB);
    const scopes = [...files, ...(vscode.workspace.workspaceFolders ?? []).map((folder) => vscode.Uri.joinPath(folder.uri, CONFIG_FILE))];
    for (const scope of scopes) if (overlapRuleSeverity(await this.configFor(scope)) !== undefined) return true;
    return false;
  }

  private async configFor(uri: vscode.Uri): Promise<Config> {
    return effectiveConfig(await this.configs.forUri(uri), readSettings(uri));
  }

  private async publish(): Promise<void> {
    const root = vscode.workspace.workspaceFolders?.[0];
    const overlap = root ? (await this.configs.forUri(vscode.Uri.joinPath(root.uri, CONFIG_FILE))).overlap : undefined;
    const { pairs } = splitDistinct(this.store.overlaps(overlap?.threshold ?? DEFAULT_OVERLAP_THRESHOLD), overlap?.distinct);
    const entries = new Map(this.store.entries().map((entry) => [entry.plan.id, entry]));
    const found = new Map<string, vscode.Diagnostic[]>();
    for (const pair of pairs) {
      for (const [self, other] of [[pair.a, pair.b], [pair.b, pair.a]]) {
        const entry = entries.get(self);
        const otherEntry = entries.get(other);
        if (!entry || !otherEntry) continue;
        const uri = vscode.Uri.parse(self);
        const config = await this.configFor(uri);
        const severity = overlapRuleSeverity(config);
        if (!severity) continue;
        const language = readSettings(uri).messageLanguage ?? config.language ?? entry.overlap.language;
        const finding: Finding = {
          ruleId: OVERLAPPING_INITIATIVE,
          severity,
          message: overlapMessage({ title: otherEntry.plan.title, path: otherEntry.plan.path }, pair.score, pair.terms, language),
          range: entry.titleRange,
        };
        const list = found.get(self) ?? [];
        list.push(toDiagnostic(finding, uri));
        found.set(self, list);
      }
    }
    this.diagnostics.clear();
    for (const [id, list] of found) this.diagnostics.set(vscode.Uri.parse(id), list);
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const disposable of this.disposables.splice(0)) disposable.dispose();
  }
}
