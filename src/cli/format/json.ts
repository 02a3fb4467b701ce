import type { Formatter } from './types.js';
import { noticesOf } from '../lint/job.js';

/** The documented JSON shape, version 1. */
export const formatJson: Formatter = (reports) =>
  JSON.stringify(
    {
      version: 1,
      files: reports.map((report) => ({
        path: report.path,
        kind: report.kind,
        plan: report.isPlan !== false,
        ...(report.isPlan === false ? { detection: report.detection } : {}),
        // A non-plan is not judged: every question counts as missing.
        coverage: report.isPlan === false ? Object.fromEntries(Object.keys(report.coverage).map((id) => [id, 'missing'])) : report.coverage,
        answers: report.answers ?? {},
        findings: report.findings.map((finding) => ({
          ruleId: finding.ruleId,
          severity: finding.severity,
          message: finding.message,
          line: finding.range.start.line,
          column: finding.range.start.column,
          endLine: finding.range.end.line,
          endColumn: finding.range.end.column,
          ...(finding.questionId ? { questionId: finding.questionId } : {}),
          fixable: Boolean(finding.fix),
        })),
        // Additive: parts too complex to parse, read as plain text (empty for ordinary plans).
        notices: noticesOf(report).map(({ message, line }) => ({ message, line })),
      })),
    },
    null,
    2,
  ) + '\n';
