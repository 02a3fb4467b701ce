import pc from 'picocolors';
import type { Formatter } from './types.js';
import { noticesOf } from '../lint/job.js';

const MARK = { answered: '✓', weak: '~', missing: '✗' } as const;

/** Grouped per file, one line per finding, a coverage line and a summary, like ESLint's stylish. */
export const formatStylish: Formatter = (reports, { color }) => {
  const c = pc.createColors(color);
  const out: string[] = [];
  const count = { error: 0, warning: 0, info: 0 };
  let fixable = 0;
  let fixed = 0;
  for (const report of reports) {
    fixed += report.fixed ?? 0;
    // Parts too complex to parse are said even for a file without findings.
    const notices = noticesOf(report).map((notice) => `  ${c.dim(String(notice.line))}  ${c.magenta('notice ')}  ${notice.message}`);
    if (report.findings.length === 0) {
      if (notices.length > 0) out.push(c.underline(report.path), ...notices, '');
      continue;
    }
    const coverage = Object.entries(report.coverage)
      .map(([id, status]) => (status === 'answered' ? c.green : status === 'weak' ? c.yellow : c.red)(`${MARK[status]} ${id}`))
      .join('  ');
    out.push(c.underline(report.path), `  ${c.dim(report.kind)}  ${coverage}`);
    const width = Math.max(...report.findings.map((f) => `${f.range.start.line}:${f.range.start.column}`.length));
    for (const finding of report.findings) {
      const where = `${finding.range.start.line}:${finding.range.start.column}`.padEnd(width);
      const level = finding.severity === 'error' ? c.red('error  ') : finding.severity === 'warning' ? c.yellow('warning') : c.blue('info   ');
      out.push(`  ${c.dim(where)}  ${level}  ${finding.message}  ${c.dim(finding.ruleId)}`);
      count[finding.severity]++;
      if (finding.fix) fixable++;
    }
    out.push(...notices, '');
  }
  const total = count.error + count.warning + count.info;
  const plans = reports.filter((report) => report.isPlan !== false).length;
  const files = `${plans} ${plans === 1 ? 'plan' : 'plans'}`;
  const skipped = reports.length - plans;
  if (skipped > 0) {
    out.push(c.dim(`${skipped} ${skipped === 1 ? 'file is not a plan' : 'files are not plans'}: use \`soort:\` in the frontmatter, the \`plans\` setting or --force to check ${skipped === 1 ? 'it' : 'them'}.`));
  }
  if (fixed > 0) out.push(c.green(`✓ fixed ${fixed} ${fixed === 1 ? 'problem' : 'problems'}`));
  if (total === 0) out.push(c.green(`✓ ${files} checked, no problems`));
  else {
    const parts = [`${count.error} errors`, `${count.warning} warnings`, ...(count.info > 0 ? [`${count.info} info`] : [])];
    out.push((count.error > 0 ? c.red : c.yellow)(c.bold(`✗ ${total} problems (${parts.join(', ')}) in ${files}`)));
    if (fixable > 0) out.push(c.dim(`  ${fixable} can be fixed with --fix`));
  }
  return out.join('\n') + '\n';
};
