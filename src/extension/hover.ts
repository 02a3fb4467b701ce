import * as vscode from 'vscode';
import { explainJudgement, type AnswerEvidence, type Plan } from '../core/index.js';
import { toRange } from './diagnostics.js';
import type { DocumentLinter } from './linter.js';
import { findingHover, questionHover } from './logic/hoverText.js';

/**
 * On a question's heading or label, or on a finding: its status and why, and what
 * the method asks there, in the language of the findings (the plan's, unless set).
 */
export class PlanHover implements vscode.HoverProvider {
  constructor(private readonly linter: DocumentLinter) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    try {
      const state = this.linter.current(document);
      if (!state?.isPlan) return undefined;
      const { language } = state;
      const { plan, findings } = state.result;
      const parts: string[] = [];
      let range: vscode.Range | undefined;
      const shown = new Set<string>();
      for (const site of plan.sites) {
        const siteRange = toRange(site.labelRange);
        if (!siteRange.contains(position) || shown.has(site.questionId)) continue;
        shown.add(site.questionId);
        const evidence = evidenceFor(plan, site.questionId, language);
        parts.push(questionHover(site.questionId, evidence?.status ?? plan.coverage.get(site.questionId)?.status, language, evidence?.reason));
        range ??= siteRange;
      }
      for (const finding of findings) {
        const findingRange = toRange(finding.range);
        if (!findingRange.contains(position) || (finding.questionId && shown.has(finding.questionId))) continue;
        parts.push(findingHover(finding, language, finding.questionId ? evidenceFor(plan, finding.questionId, language) : undefined));
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

/** The same status and one-sentence reason as `innovatie explain`, for a question the plan is judged on. */
function evidenceFor(plan: Plan, questionId: string, language: Plan['language']): Pick<AnswerEvidence, 'status' | 'reason'> | undefined {
  const judgement = plan.coverage.get(questionId);
  if (!judgement) return undefined;
  try {
    const { status, reason } = explainJudgement(plan, judgement, language);
    return { status, reason };
  } catch {
    return undefined;
  }
}
