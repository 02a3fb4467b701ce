import { FIVE_QUESTIONS } from '../../core/index.js';
import type { PlanSummary } from './summary.js';
import { euro, LABELS, MARK, SOURCE_MARK, type PortfolioTotals, type ReportLanguage } from './totals.js';

/** A Markdown table, one row per plan, and a totals row; fits in a pull request comment. */
export function reportMarkdown(plans: PlanSummary[], totals: PortfolioTotals, language: ReportLanguage): string {
  const l = LABELS[language];
  const header = [l.plan, l.kind, l.owner, l.start, l.end, l.cost, ...FIVE_QUESTIONS];
  const rows = plans.map((plan) => [
    `[${cell(plan.title)}](${encodeURI(plan.path).replace(/[()]/g, (m) => (m === '(' ? '%28' : '%29'))})`,
    plan.kind,
    cell(plan.owner ?? '–'),
    plan.start ?? '–',
    plan.end ?? '–',
    plan.cost === undefined ? '–' : `${euro(plan.cost, language)} (${SOURCE_MARK[plan.costSource!]})`,
    ...FIVE_QUESTIONS.map((id) => MARK[plan.answered[id] as keyof typeof MARK]),
  ]);
  const totalRow = [
    `**${l.total}: ${totals.plans} ${l.plans}**`,
    Object.entries(totals.byKind).map(([kind, count]) => `${kind} ${count}`).join(', '),
    '',
    totals.start ?? '–',
    totals.end ?? '–',
    `**${euro(totals.cost, language)}** (${totals.plansWithCost} ${l.withCost})`,
    ...FIVE_QUESTIONS.map((id) => `${totals.answered[id]}/${totals.plans}`),
  ];
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [
    `# ${l.heading}`,
    '',
    line(header),
    line(header.map(() => '---')),
    ...rows.map(line),
    line(totalRow),
    '',
    `_${l.legend}_`,
    '',
  ].join('\n');
}

/** Plan text must not break the table: escape pipes, flatten line breaks, neutralise HTML. */
function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ').replace(/</g, '&lt;').replace(/\[|\]/g, (m) => `\\${m}`);
}
