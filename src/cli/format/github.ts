import type { Formatter } from './types.js';
import { noticesOf } from '../lint/job.js';
import { NOTICE_RULE_ID } from './sarif.js';

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

/**
 * GitHub Actions workflow commands: one annotation per finding, shown on the pull request's diff,
 * and a `::notice` for each part of a plan too complex to check (read as plain text).
 */
export const formatGithub: Formatter = (reports) => {
  const lines: string[] = [];
  for (const report of reports) {
    for (const finding of report.findings) {
      const { start, end } = finding.range;
      const properties = [
        `file=${escapeProperty(report.path)}`,
        `line=${start.line}`,
        `col=${start.column}`,
        `endLine=${end.line}`,
        `endColumn=${end.column}`,
        `title=${escapeProperty(`innovatie(${finding.ruleId})`)}`,
      ].join(',');
      lines.push(`::${COMMAND[finding.severity]} ${properties}::${escapeData(finding.message)}`);
    }
    for (const notice of noticesOf(report)) {
      const properties = [`file=${escapeProperty(report.path)}`, `line=${notice.line}`, `title=${escapeProperty(`innovatie(${NOTICE_RULE_ID})`)}`].join(',');
      lines.push(`::notice ${properties}::${escapeData(notice.message)}`);
    }
  }
  return lines.length > 0 ? lines.join('\n') + '\n' : '';
};

/** The runner decodes these; a raw newline would end the command early. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** In properties ',' separates and ':' ends the list, so they are escaped too. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
