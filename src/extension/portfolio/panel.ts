/**
 * The portfolio webview: one per window. It shows the store's plans and overlaps and follows
 * the workspace: a saved, created, deleted or edited plan is re-read after a short pause, alone.
 */
import * as vscode from 'vscode';
import { DEFAULT_OVERLAP_THRESHOLD, distinctPairKey } from '../../core/index.js';
import { CONFIG_FILE, type ConfigStore } from '../configStore.js';
import { uiLanguage } from '../settings.js';
import { watchPlans } from './watch.js';
import { portfolioHtml } from './html.js';
import { distinctPath, splitDistinct } from './distinct.js';
import { recordDistinct, removeDistinct } from './recordDistinct.js';
import { isWebviewMessage, type HostMessage, type WebviewMessage } from '../../shared/portfolio/protocol.js';
import type { PortfolioStore } from './store.js';
import { portfolioStrings } from './strings.js';
import { DEFAULT_VIEW, readView, type TableView } from '../../shared/portfolio/table.js';
import { firstScreen } from '../../shared/portfolio/view.js';

export const PORTFOLIO_VIEW_TYPE = 'innovatie.portfolio';
/** Edits and file events coalesce into one update per pause this long. */
const UPDATE_DELAY_MS = 300;
/** While the first scan runs, the table grows at most this often. */
const PROGRESS_POST_MS = 400;
/** The cache is written for the next session this long after the last change. */
const SAVE_DELAY_MS = 2_000;
/**
 * How long the page waits for the last session's cache to paint it in: the webview's frame starts
 * meanwhile, and the page's first rows then need no script and no message.
 */
const RESTORE_WAIT_MS = 400;

export class PortfolioPanel implements vscode.Disposable {
  private static current?: PortfolioPanel;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly pending = new Map<string, vscode.Uri>();
  private ready = false;
  private scanning: HostMessage['scanning'] = { done: 0, total: 0 };
  private scan?: Promise<void>;
  private timer?: ReturnType<typeof setTimeout>;
  private lastPost = 0;
  /** Rows in the last message sent. */
  private postedRows = 0;
  private readonly created = performance.now();
  private restored?: Promise<boolean>;
  private saveTimer?: ReturnType<typeof setTimeout>;
  private threshold = DEFAULT_OVERLAP_THRESHOLD;
  /** `overlap.distinct`: pairs the team judged two initiatives. */
  private distinct?: string[][];
  /** Sort and filters as the webview last showed them: the next page's first screen is painted so. */
  private view: TableView = DEFAULT_VIEW;
  private disposed = false;

  static show(context: vscode.ExtensionContext, configs: ConfigStore, log: vscode.LogOutputChannel, store: PortfolioStore): void {
    if (PortfolioPanel.current) {
      PortfolioPanel.current.panel.reveal();
      return;
    }
    const panel = vscode.window.createWebviewPanel(PORTFOLIO_VIEW_TYPE, vscode.l10n.t('Plan portfolio'), vscode.ViewColumn.Active, {
      enableScripts: true,
      enableFindWidget: true,
      localResourceRoots: [vscode.Uri.joinPath(context.extensionUri, 'dist'), vscode.Uri.joinPath(context.extensionUri, 'media')],
    });
    PortfolioPanel.current = new PortfolioPanel(panel, context.extensionUri, store, configs, log);
  }

  private constructor(
    private readonly panel: vscode.WebviewPanel,
    private readonly extensionUri: vscode.Uri,
    private readonly store: PortfolioStore,
    private readonly configs: ConfigStore,
    private readonly log: vscode.LogOutputChannel,
  ) {
    const rescan = () => {
      this.store.clear();
      this.startScan();
    };
    this.disposables.push(
      ...watchPlans((uri) => this.queue(uri), rescan, configs),
      panel.webview.onDidReceiveMessage((message: unknown) => void this.receive(message)),
      panel.onDidDispose(() => this.dispose()),
      // A hidden webview is gone; shown again, it starts from the page: paint that with what it shows now.
      panel.onDidChangeViewState(() => {
        if (!this.panel.visible) this.panel.webview.html = this.page();
      }),
    );
    this.startScan();
    void this.showPage();
  }

  /** Sets the page once the last session's cache is read (or a little later at most). */
  private async showPage(): Promise<void> {
    const started = performance.now();
    if (this.store.plans().length === 0) await Promise.race([this.restored, new Promise((done) => setTimeout(done, RESTORE_WAIT_MS))]);
    if (this.disposed) return;
    const html = this.page();
    this.panel.webview.html = html;
    const content = this.store.plans().length > 0 ? `the first screen of ${this.store.plans().length} plans (${(html.length / 1024).toFixed(0)} KB)` : 'the loading state';
    this.log.info(`portfolio: page set ${(performance.now() - this.created).toFixed(0)} ms after the panel was made (waited ${(performance.now() - started).toFixed(0)} ms for the cache) with ${content}`);
  }

  /** The page, with the first screen of the table painted in when there are plans to show; else the loading state. */
  private page(): string {
    const plans = this.store.plans();
    const language = uiLanguage();
    const markup = plans.length > 0 ? firstScreen(plans, this.view, portfolioStrings(), language, this.scanning) : undefined;
    return portfolioHtml(this.panel.webview, this.extensionUri, language, markup && { markup, busy: this.scanning !== null });
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.timer);
    if (this.saveTimer) {
      clearTimeout(this.saveTimer);
      void this.save();
    }
    if (PortfolioPanel.current === this) PortfolioPanel.current = undefined;
    for (const disposable of this.disposables.splice(0)) disposable.dispose();
  }

  private startScan(): void {
    const started = performance.now();
    this.scanning = { done: 0, total: 0 };
    // The last session's plans are shown at once (once per panel); the scan then checks every stamp.
    const restoring = this.restored === undefined;
    this.restored ??= this.store.restore().catch((error: Error) => {
      this.log.warn(`portfolio: cache not restored: ${error.message}`);
      return false;
    });
    const scan: Promise<void> = Promise.all([this.loadThreshold(), this.restored])
      .then(([, restored]) => {
        if (restoring && restored) {
          this.log.info(`portfolio: ${this.store.plans().length} plans restored from the last session in ${(performance.now() - started).toFixed(0)} ms`);
          this.post();
        }
        return this.store.scan((done, total) => {
          this.scanning = { done, total };
          // The first rows go out at once (first paint); then the table grows at a steady pace.
          if (performance.now() - this.lastPost > PROGRESS_POST_MS || (this.postedRows === 0 && this.store.plans().length > 0)) this.post();
        });
      })
      .then(() => {
        if (this.scan !== scan) return; // a newer scan took over
        this.scanning = null;
        // Worked out now, also while the webview still loads: it then gets everything at once.
        this.store.overlaps(this.threshold);
        this.post();
        const { findMs, statMs, readMs, lintMs, linted } = this.store.timings;
        const ms = (value: number) => value.toFixed(0);
        this.log.info(`portfolio: ${this.store.plans().length} plans read in ${ms(performance.now() - started)} ms: finding files ${ms(findMs)} ms, ${linted} files linted (reading ${ms(readMs)} ms, linting ${ms(lintMs)} ms), stat ${ms(statMs)} ms in all`);
        // Not at once: the webview may still be loading, and writing the cache can wait.
        this.scheduleSave();
      }, (error: Error) => this.log.error(`portfolio scan: ${error.stack ?? error}`));
    this.scan = scan;
  }

  /** Writes the cache for the next session a little after the last change. */
  private scheduleSave(delayMs = SAVE_DELAY_MS): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => void this.save(), delayMs);
  }

  private async save(): Promise<void> {
    this.saveTimer = undefined;
    await this.store.save().catch((error: Error) => this.log.warn(`portfolio: cache not saved: ${error.message}`));
  }

  /** `overlap.threshold` (else the core's default) and `overlap.distinct` of the workspace's .innovatierc.json. */
  private async loadThreshold(): Promise<void> {
    const folder = vscode.workspace.workspaceFolders?.[0];
    const config = folder ? await this.configs.forUri(vscode.Uri.joinPath(folder.uri, CONFIG_FILE)) : {};
    this.threshold = config.overlap?.threshold ?? DEFAULT_OVERLAP_THRESHOLD;
    this.distinct = config.overlap?.distinct;
  }

  /** Asks, then records in `overlap.distinct` that the team judged a listed pair two initiatives (or takes that back). */
  private async markDistinct(a: string, b: string, distinct: boolean): Promise<void> {
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (!folder) return;
    const paths = [a, b].map(distinctPath);
    const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === vscode.Uri.joinPath(folder.uri, CONFIG_FILE).toString());
    if (open?.isDirty) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Save {0} first: it has changes that are not saved.', CONFIG_FILE));
      return;
    }
    const confirm = distinct ? vscode.l10n.t('Record') : vscode.l10n.t('Report again');
    const answer = await vscode.window.showInformationMessage(
      distinct ? vscode.l10n.t('Record that {0} and {1} are two initiatives?', paths[0], paths[1]) : vscode.l10n.t('Report {0} and {1} as overlapping again?', paths[0], paths[1]),
      {
        modal: true,
        detail: distinct
          ? vscode.l10n.t('The pair is added to overlap.distinct in {0} and is no longer reported, here, in the editor or by the CLI.', CONFIG_FILE)
          : vscode.l10n.t('The pair is taken out of overlap.distinct in {0}.', CONFIG_FILE),
      },
      confirm,
    );
    if (answer !== confirm) return;
    try {
      const file = await (distinct ? recordDistinct : removeDistinct)(folder.uri, CONFIG_FILE, paths[0], paths[1]);
      const key = distinctPairKey(paths[0], paths[1]);
      this.distinct = distinct ? [...(this.distinct ?? []), paths] : (this.distinct ?? []).filter(([x, y]) => distinctPairKey(x, y) !== key);
      this.post();
      this.log.info(`portfolio: ${paths.join(' and ')} ${distinct ? 'recorded as two initiatives' : 'reported again'} in ${file.fsPath}`);
    } catch (error) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Could not change the pair in {0}: {1}', CONFIG_FILE, (error as Error).message));
    }
  }

  private queue(uri: vscode.Uri): void {
    this.pending.set(uri.toString(), uri);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), UPDATE_DELAY_MS);
  }

  private async flush(): Promise<void> {
    await this.scan;
    const uris = [...this.pending.values()];
    this.pending.clear();
    const before = this.store.cache.produced;
    for (const uri of uris) await this.store.refresh(uri).catch((error: Error) => this.log.error(`portfolio: ${uri}: ${error.message}`));
    this.post();
    this.log.info(`portfolio: ${uris.length} changed files, ${this.store.cache.produced - before} linted again (${this.store.cache.produced} in all)`);
    this.scheduleSave();
  }

  private post(): void {
    if (!this.ready) return;
    this.lastPost = performance.now();
    const threshold = this.threshold;
    const plans = this.store.plans();
    this.postedRows = plans.length;
    // Pairs wait for the whole workspace: a half-read portfolio would list pairs that then vanish.
    const pairs = this.scanning ? { pairs: [], distinct: [] } : splitDistinct(this.store.overlaps(threshold), this.distinct);
    const message: HostMessage = {
      type: 'portfolio',
      uiLanguage: uiLanguage(),
      strings: portfolioStrings(),
      plans,
      overlaps: pairs.pairs,
      distinct: pairs.distinct,
      threshold,
      scanning: this.scanning,
    };
    void this.panel.webview.postMessage(message);
  }

  private async receive(raw: unknown): Promise<void> {
    if (!isWebviewMessage(raw)) return;
    const message: WebviewMessage = raw;
    switch (message.type) {
      case 'view':
        this.view = readView(message.view);
        return;
      case 'ready':
        this.ready = true;
        if (message.view) this.view = readView(message.view);
        this.log.info(`portfolio: webview ready ${(performance.now() - this.created).toFixed(0)} ms after the panel was made; ${this.store.plans().length} plans to show`);
        this.post();
        return;
      case 'openPlan':
        if (this.store.has(message.id)) await vscode.window.showTextDocument(vscode.Uri.parse(message.id), { viewColumn: vscode.ViewColumn.Beside, preview: false });
        return;
      case 'openPair':
        // Only plans the portfolio listed: the webview shows untrusted text and names nothing else.
        if (!this.store.has(message.a) || !this.store.has(message.b)) return;
        await vscode.window.showTextDocument(vscode.Uri.parse(message.a), { viewColumn: vscode.ViewColumn.One, preview: false });
        await vscode.window.showTextDocument(vscode.Uri.parse(message.b), { viewColumn: vscode.ViewColumn.Two, preview: false });
        return;
      case 'markDistinct':
      case 'unmarkDistinct':
        if (!this.store.has(message.a) || !this.store.has(message.b)) return;
        await this.markDistinct(message.a, message.b, message.type === 'markDistinct');
        return;
      case 'painted':
        this.log.info(`portfolio: first table of ${message.rows} plans drawn ${message.ms.toFixed(0)} ms after the webview started (script ran at ${message.readyMs.toFixed(0)} ms, plans arrived at ${message.messageMs.toFixed(0)} ms; ${message.keptRows ?? 0} of ${message.firstPaintRows ?? 0} rows of the page's first paint kept)`);
        return;
      case 'log':
        this.log.warn(`portfolio webview: ${message.message.slice(0, 500)}`);
        return;
    }
  }
}
