import * as vscode from 'vscode';
import { toRange } from './diagnostics.js';
import type { DocumentLinter } from './linter.js';
import { findingHover, questionHover } from './logic/hoverText.js';
import { uiLanguage } from './settings.js';

/** On a question's heading or label, or on a finding: what the method asks there, in the user's language. */
export class PlanHover implements vscode.HoverProvider {
  constructor(private readonly linter: DocumentLinter) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    try {
      const state = this.linter.current(document);
      if (!state?.isPlan) return undefined;
      const language = uiLanguage(document.uri);
      const { plan, findings } = state.result;
      const parts: string[] = [];
      let range: vscode.Range | undefined;
      const shown = new Set<string>();
      for (const site of plan.sites) {
        const siteRange = toRange(site.labelRange);
        if (!siteRange.contains(position) || shown.has(site.questionId)) continue;
        shown.add(site.questionId);
        parts.push(questionHover(site.questionId, plan.coverage.get(site.questionId)?.status, language));
        range ??= siteRange;
      }
      for (const finding of findings) {
        const findingRange = toRange(finding.range);
        if (!findingRange.contains(position) || (finding.questionId && shown.has(finding.questionId))) continue;
        parts.push(findingHover(finding, language));
        range ??= findingRange;
      }
      if (parts.length === 0) return undefined;
      const markdown = new vscode.MarkdownString(parts.join('\n\n---\n\n'));
      markdown.isTrusted = false;
      return new vscode.Hover(markdown, range);
    } catch {
      return undefined;
    }
  }
}
