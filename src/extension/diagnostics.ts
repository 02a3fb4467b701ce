import * as vscode from 'vscode';
import { ruleDocsUrl, type Finding, type Range } from '../core/index.js';

export const DIAGNOSTIC_SOURCE = 'innovatie';

const SEVERITY: Record<Finding['severity'], vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

/** Core ranges are 1-based line/column over the same text the editor holds. */
export function toRange(range: Range): vscode.Range {
  return new vscode.Range(range.start.line - 1, range.start.column - 1, range.end.line - 1, range.end.column - 1);
}

/** The one adapter from a finding to a diagnostic: range, severity, rule id with a docs link, related places. */
export function toDiagnostic(finding: Finding, uri: vscode.Uri): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(toRange(finding.range), finding.message, SEVERITY[finding.severity]);
  diagnostic.source = DIAGNOSTIC_SOURCE;
  diagnostic.code = { value: finding.ruleId, target: vscode.Uri.parse(ruleDocsUrl(finding.ruleId)) };
  if (finding.related?.length) {
    diagnostic.relatedInformation = finding.related.map(
      (related) => new vscode.DiagnosticRelatedInformation(new vscode.Location(uri, toRange(related.range)), related.message),
    );
  }
  return diagnostic;
}

/** A part of the plan read as plain text (too complex to parse): one Information diagnostic on its line. */
export function noticeDiagnostic(notice: { message: string; line: number }): vscode.Diagnostic {
  const line = Math.max(0, notice.line - 1);
  const diagnostic = new vscode.Diagnostic(new vscode.Range(line, 0, line, Number.MAX_SAFE_INTEGER), notice.message, vscode.DiagnosticSeverity.Information);
  diagnostic.source = DIAGNOSTIC_SOURCE;
  diagnostic.code = 'too-complex';
  return diagnostic;
}

export function ruleIdOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  if (typeof code === 'object' && code !== null) return String(code.value);
  return code === undefined ? undefined : String(code);
}

/** The finding a diagnostic came from: diagnostics handed back by VS Code are copies. */
export function findingFor(diagnostic: vscode.Diagnostic, findings: readonly Finding[]): Finding | undefined {
  const ruleId = ruleIdOf(diagnostic);
  return findings.find(
    (finding) =>
      finding.ruleId === ruleId &&
      finding.message === diagnostic.message &&
      finding.range.start.line - 1 === diagnostic.range.start.line &&
      finding.range.start.column - 1 === diagnostic.range.start.character,
  );
}
