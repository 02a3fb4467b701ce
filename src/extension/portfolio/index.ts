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

export function registerPortfolio(context: vscode.ExtensionContext, configs: ConfigStore, log: vscode.LogOutputChannel): vscode.Disposable {
  const store = new PortfolioStore(configs, { dir: context.storageUri, version: String(context.extension.packageJSON.version) });
  const rule = new OverlapRule(store, configs, log);
  return vscode.Disposable.from(
    rule,
    vscode.commands.registerCommand(OPEN_PORTFOLIO, () => PortfolioPanel.show(context, configs, log, store)),
  );
}
