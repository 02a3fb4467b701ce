import pc from 'picocolors';
import type { Formatter } from './types.js';

const MARK = { answered: '✓', weak: '~', missing: '✗' } as const;

/** Grouped per file, one line per finding, a coverage line and a summary, like ESLint's stylish. */
export const formatStylish: Formatter = (reports, { color }) => {
  const c = pc.createColors(color);
  const out: string[] = [];
  let errors = 0;
  let warnings = 0;
  let fixable = 0;
  for (const report of reports) {
    const coverage = Object.entries(report.coverage)
      .map(([id, status]) => (status === 'answered' ? c.green : status === 'weak' ? c.yellow : c.red)(`${MARK[status]} ${id}`))
      .join('  ');
    if (report.findings.length === 0) continue;
    out.push(c.underline(report.path), `  ${c.dim(report.kind)}  ${coverage}`);
    const width = Math.max(...report.findings.map((f) => `${f.range.start.line}:${f.range.start.column}`.length));
    for (const finding of report.findings) {
      const where = `${finding.range.start.line}:${finding.range.start.column}`.padEnd(width);
      const level = finding.severity === 'error' ? c.red('error  ') : finding.severity === 'warning' ? c.yellow('warning') : c.blue('info   ');
      out.push(`  ${c.dim(where)}  ${level}  ${finding.message}  ${c.dim(finding.ruleId)}`);
      if (finding.severity === 'error') errors++;
      else if (finding.severity === 'warning') warnings++;
      if (finding.fix) fixable++;
    }
    out.push('');
  }
  const total = errors + warnings;
  const files = `${reports.length} ${reports.length === 1 ? 'file' : 'files'}`;
  if (total === 0) out.push(c.green(`✓ ${files} checked, no problems`));
  else {
    out.push((errors > 0 ? c.red : c.yellow)(c.bold(`✗ ${total} problems (${errors} errors, ${warnings} warnings) in ${files}`)));
    if (fixable > 0) out.push(c.dim(`  ${fixable} can be fixed with --fix`));
  }
  return out.join('\n') + '\n';
};
