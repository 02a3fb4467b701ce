import * as vscode from 'vscode';
import { Assets } from './assets.js';
import { registerCanvas } from './canvas/index.js';
import { PlanCodeActions } from './codeActions.js';
import { comparePlan } from './commands/comparePlan.js';
import { exportJsonCanvas, exportPitchDeck } from './commands/exportBeside.js';
import { exportSnippets } from './commands/exportSnippets.js';
import { insertBlock } from './commands/insertBlock.js';
import { lintWorkspace } from './commands/lintWorkspace.js';
import { markAsPlan } from './commands/markAsPlan.js';
import { newPlan } from './commands/newPlan.js';
import { BlockCompletions } from './completion.js';
import { ConfigStore } from './configStore.js';
import { CoverageLens, CoverageStatus, MARK_AS_PLAN, SHOW_MISSING, showMissing } from './coverageUi.js';
import { PlanHover } from './hover.js';
import { DocumentLinter, isMarkdown } from './linter.js';
import { PLANS_VIEW, PlansView } from './plansView.js';
import { registerPortfolio } from './portfolio/index.js';
import { WorkspacePlans } from './workspacePlans.js';

const MARKDOWN: vscode.DocumentSelector = { language: 'markdown' };

/**
 * Only registers: the engine runs on the first lint, templates and snippets are
 * read on first use. Shared by the Node and the browser entry.
 */
export function activate(context: vscode.ExtensionContext): void {
  const started = performance.now();
  const log = vscode.window.createOutputChannel('Innovatie', { log: true });
  const configProblems = vscode.languages.createDiagnosticCollection('innovatie-config');
  const configs = new ConfigStore(configProblems);
  const linter = new DocumentLinter(configs, log);
  const assets = new Assets(context.extensionUri);
  const plans = new WorkspacePlans(configs);
  const plansView = new PlansView(plans);
  const lens = new CoverageLens(linter);
  const guarded = (name: string, run: (...args: never[]) => unknown) => async (...args: never[]) => {
    try {
      await run(...args);
    } catch (error) {
      log.error(`${name}: ${(error as Error).stack ?? error}`);
      void vscode.window.showErrorMessage(vscode.l10n.t('Innovatie: {0} failed: {1}', name, (error as Error).message));
    }
  };

  context.subscriptions.push(
    log, configProblems, configs, linter, plansView, lens, new CoverageStatus(linter),
    vscode.languages.registerCodeActionsProvider(MARKDOWN, new PlanCodeActions(linter, configs), PlanCodeActions.metadata),
    vscode.languages.registerHoverProvider(MARKDOWN, new PlanHover(linter)),
    vscode.languages.registerCodeLensProvider(MARKDOWN, lens),
    vscode.languages.registerCompletionItemProvider(MARKDOWN, new BlockCompletions(assets, linter), ...BlockCompletions.triggerCharacters),
    vscode.window.createTreeView(PLANS_VIEW, { treeDataProvider: plansView, showCollapseAll: true }),
    vscode.commands.registerCommand('innovatie.newPlan', guarded('newPlan', () => newPlan(assets))),
    vscode.commands.registerCommand('innovatie.exportSnippets', guarded('exportSnippets', () => exportSnippets(assets))),
    vscode.commands.registerCommand('innovatie.exportPitchDeck', guarded('exportPitchDeck', () => exportPitchDeck())),
    vscode.commands.registerCommand('innovatie.exportJsonCanvas', guarded('exportJsonCanvas', () => exportJsonCanvas())),
    vscode.commands.registerCommand('innovatie.insertBlock', guarded('insertBlock', () => insertBlock(assets))),
    vscode.commands.registerCommand('innovatie.lintWorkspace', guarded('lintWorkspace', () => lintWorkspace(plans, linter))),
    vscode.commands.registerCommand(SHOW_MISSING, guarded('showMissing', (uri?: vscode.Uri) => showMissing(linter, uri))),
    vscode.commands.registerCommand(MARK_AS_PLAN, guarded('markAsPlan', (uri?: vscode.Uri) => markAsPlan(linter, uri))),
    vscode.commands.registerCommand('innovatie.comparePlan', guarded('comparePlan', (uri?: vscode.Uri) => comparePlan(context.extensionUri, configs, uri))),
    vscode.commands.registerCommand('innovatie.refreshPlans', () => plansView.refresh()),
    registerPortfolio(context, configs, log),
    // On open at once; while typing, debounced.
    vscode.workspace.onDidOpenTextDocument((document) => void linter.lintDocument(document)),
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.contentChanges.length > 0) linter.schedule(event.document);
    }),
    vscode.workspace.onDidCloseTextDocument((document) => linter.forget(document, !linter.keepClosedDiagnostics)),
    vscode.workspace.onDidDeleteFiles((event) => event.files.forEach((uri) => linter.diagnostics.delete(uri))),
    configs.onDidChange(() => {
      linter.relintOpenDocuments();
      plansView.refresh();
    }),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (!event.affectsConfiguration('innovatie')) return;
      linter.relintOpenDocuments();
      plansView.refresh();
    }),
  );

  try {
    registerCanvas(context, (uri) => {
      const config = configs.peek(uri);
      return { synonyms: config.synonyms, requiredQuestions: config.requiredQuestions };
    });
  } catch (error) {
    // The canvas is one feature among many: linting must work without it.
    log.error(`canvas: ${(error as Error).stack ?? error}`);
  }

  // Open documents are linted after activation returns, so start-up is not held up by the engine.
  setTimeout(() => {
    for (const document of vscode.workspace.textDocuments) if (isMarkdown(document)) void linter.lintDocument(document);
  }, 0);
  log.info(`activated in ${(performance.now() - started).toFixed(1)} ms`);
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
