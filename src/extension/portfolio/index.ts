/**
 * The portfolio: every plan of the workspace in one table, timeline, cost per owner and overlapping
 * pairs; and the rule overlapping-initiative in the editor. Both read one store of plan summaries.
 */
import * as vscode from 'vscode';
import type { ConfigStore } from '../configStore.js';
import { OverlapRule } from './overlapRule.js';
import { PortfolioPanel } from './panel.js';
import { PortfolioStore } from './store.js';

export const OPEN_PORTFOLIO = 'innovatie.openPortfolio';
/** After activation, the wait before the last session's plans are read ahead (activation itself stays light). */
const READ_AHEAD_DELAY_MS = 1_000;

export function registerPortfolio(context: vscode.ExtensionContext, configs: ConfigStore, log: vscode.LogOutputChannel): vscode.Disposable {
  const store = new PortfolioStore(configs, { dir: context.storageUri, version: String(context.extension.packageJSON.version) });
  const rule = new OverlapRule(store, configs, log);
  // A workspace whose portfolio was open before keeps its plans on disk: read them once the window has settled,
  // so that opening the portfolio paints its first screen at once (the read goes through the workbench: 100–400 ms).
  const warm = setTimeout(() => {
    if (store.restoreStarted) return;
    const started = performance.now();
    void store.restore().then((restored) => {
      if (restored) log.info(`portfolio: ${store.plans().length} plans of the last session read ahead in ${(performance.now() - started).toFixed(0)} ms`);
    }, () => undefined);
  }, READ_AHEAD_DELAY_MS);
  return vscode.Disposable.from(
    { dispose: () => clearTimeout(warm) },
    rule,
    vscode.commands.registerCommand(OPEN_PORTFOLIO, () => PortfolioPanel.show(context, configs, log, store)),
  );
}
