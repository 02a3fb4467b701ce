import { FIVE_QUESTIONS } from '../../core/index.js';
import type { PlanSummary } from './summary.js';
import { overlapsMarkdown, type OverlapSection } from './overlaps.js';
import { costText, euro, factSources, LABELS, MARK, type PortfolioTotals, type ReportLanguage } from './totals.js';

/** A Markdown table, one row per plan, and a totals row; fits in a pull request comment. Footnotes say where each figure was read. */
export function reportMarkdown(plans: PlanSummary[], totals: PortfolioTotals, language: ReportLanguage, overlaps?: OverlapSection): string {
  const l = LABELS[language];
  const header = [l.plan, l.kind, l.owner, l.start, l.end, l.cost, ...FIVE_QUESTIONS];
  const notes: string[] = [];
  const rows = plans.map((plan, index) => {
    const sources = factSources(plan, language);
    const note = sources.length > 0 ? `[^${index + 1}]` : '';
    if (note) notes.push(`${note}: ${sources.map(({ fact, text }) => `${fact.toLowerCase()} ${cell(text)}`).join('; ')}`);
    return [
      `[${cell(plan.title)}](${encodeURI(plan.path).replace(/[()]/g, (m) => (m === '(' ? '%28' : '%29'))})${note}`,
      plan.kind,
      cell(plan.owner ?? '–'),
      plan.start ?? '–',
      plan.end ?? '–',
      costText(plan, language),
      ...FIVE_QUESTIONS.map((id) => MARK[plan.answered[id] as keyof typeof MARK]),
    ];
  });
  const totalRow = [
    `**${l.total}: ${totals.plans} ${l.plans}**`,
    Object.entries(totals.byKind).map(([kind, count]) => `${kind} ${count}`).join(', '),
    '',
    totals.start ?? '–',
    totals.end ?? '–',
    `**${euro(totals.cost, language)}** (${countsText(totals, language)})`,
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
    ...(overlaps ? [overlapsMarkdown(overlaps, plans, language)] : []),
    ...(notes.length > 0 ? [`## ${l.sources}`, '', ...notes, ''] : []),
  ].join('\n');
}

/** "3 met een bedrag, 1 zonder" (and how many are in another currency). */
export function countsText(totals: PortfolioTotals, language: ReportLanguage): string {
  const l = LABELS[language];
  const parts = [`${totals.plansWithCost} ${l.withCost}`, `${totals.plansWithoutCost} ${l.withoutCost}`];
  if (totals.plansInOtherCurrency > 0) parts.push(`${totals.plansInOtherCurrency} ${l.otherCurrency}`);
  return parts.join(', ');
}

/** Plan text must not break the table: escape pipes, flatten line breaks, neutralise HTML. */
function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ').replace(/</g, '&lt;').replace(/\[|\]/g, (m) => `\\${m}`);
}
