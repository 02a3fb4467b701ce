/** The portfolio: every plan of the workspace in one table, timeline, cost per owner and overlapping pairs. */
import * as vscode from 'vscode';
import type { ConfigStore } from '../configStore.js';
import { PortfolioPanel } from './panel.js';

export const OPEN_PORTFOLIO = 'innovatie.openPortfolio';

export function registerPortfolio(context: vscode.ExtensionContext, configs: ConfigStore, log: vscode.LogOutputChannel): vscode.Disposable {
  return vscode.commands.registerCommand(OPEN_PORTFOLIO, () => PortfolioPanel.show(context, configs, log));
}
