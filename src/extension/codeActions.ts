import * as vscode from 'vscode';
import { lint, type Finding, type Language, type Plan, type TextEdit } from '../core/index.js';
import type { ConfigStore } from './configStore.js';
import { DIAGNOSTIC_SOURCE, findingFor } from './diagnostics.js';
import type { DocumentLinter } from './linter.js';
import { actionTitle } from './logic/actionTitles.js';
import { blocksOf, disableFileEdit, disableLineEdits, fixAllEdits, fixesThatFix } from './logic/edits.js';
import { effectiveConfig, readSettings } from './settings.js';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('innovatie');

/** Quick fixes from the rules' fixes, switches to disable a rule for a line or the file, and fix all. */
export class PlanCodeActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND],
  };

  constructor(private readonly linter: DocumentLinter, private readonly configs: ConfigStore) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    try {
      const ours = context.diagnostics.filter((diagnostic) => diagnostic.source === DIAGNOSTIC_SOURCE);
      const fixAll = !!context.only && FIX_ALL_KIND.intersects(context.only);
      // The light bulb asks on every cursor move: without our problems there, do not lint.
      if (ours.length === 0 && !fixAll) return [];
      const state = this.linter.current(document);
      if (!state?.isPlan) return [];
      const findings = state.result.findings;
      const actions: vscode.CodeAction[] = [];
      if (!context.only || vscode.CodeActionKind.QuickFix.intersects(context.only)) {
        for (const diagnostic of ours) {
          const finding = findingFor(diagnostic, findings);
          if (finding) actions.push(...this.quickFixes(document, finding, diagnostic, state.result.plan, state.language));
        }
      }
      // Only on request (Source Action menu, fix on save): checking each fix means linting again.
      if (fixAll) {
        const settings = readSettings(document.uri);
        const config = effectiveConfig(this.configs.peek(document.uri), settings);
        const relint = (text: string) => lint(text, { config, language: state.language }).findings;
        const edits = fixAllEdits(fixesThatFix(document.getText(), findings, relint));
        if (edits.length > 0) actions.push(editAction(document, actionTitle('fixAll', state.language), FIX_ALL_KIND, edits));
      }
      return actions;
    } catch {
      // A code action failure must never surface as an error popup while typing.
      return [];
    }
  }

  private quickFixes(document: vscode.TextDocument, finding: Finding, diagnostic: vscode.Diagnostic, plan: Plan, language: Language): vscode.CodeAction[] {
    const actions: vscode.CodeAction[] = [];
    const text = document.getText();
    if (finding.fix) {
      const fix = editAction(document, finding.fix.description, vscode.CodeActionKind.QuickFix, finding.fix.edits);
      fix.diagnostics = [diagnostic];
      fix.isPreferred = true;
      actions.push(fix);
    }
    const lineEdits = disableLineEdits(text, finding.range.start.offset, finding.ruleId, blocksOf(plan.root));
    if (lineEdits && lineEdits.length > 0) {
      actions.push(editAction(document, actionTitle('disableLine', language, finding.ruleId), vscode.CodeActionKind.QuickFix, lineEdits, [diagnostic]));
    }
    const fileEdit = disableFileEdit(text, finding.ruleId, plan.frontmatter?.range.end.offset);
    if (fileEdit) {
      actions.push(editAction(document, actionTitle('disableFile', language, finding.ruleId), vscode.CodeActionKind.QuickFix, [fileEdit], [diagnostic]));
    }
    return actions;
  }
}

function editAction(document: vscode.TextDocument, title: string, kind: vscode.CodeActionKind, edits: readonly TextEdit[], diagnostics?: vscode.Diagnostic[]): vscode.CodeAction {
  const action = new vscode.CodeAction(title, kind);
  action.edit = new vscode.WorkspaceEdit();
  for (const edit of edits) {
    action.edit.replace(document.uri, new vscode.Range(document.positionAt(edit.start), document.positionAt(edit.end)), edit.newText);
  }
  if (diagnostics) action.diagnostics = diagnostics;
  return action;
}
