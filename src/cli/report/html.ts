import { escapeHtml, FIVE_QUESTIONS } from '../../core/index.js';
import type { PlanSummary } from './summary.js';
import { countsText } from './markdown.js';
import { costDetail, costText, euro, LABELS, MARK, type PortfolioTotals, type ReportLanguage } from './totals.js';
import type { Evidence } from '../../core/index.js';
import { overlapsHtml, type OverlapSection } from './overlaps.js';

// One file a team can attach to a review: inline CSS, no scripts, no external resources.
const STYLE = `
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem;color:#1b1b1b;background:#fff}
h1{font-size:1.5rem;margin:0 0 .25rem}p.meta{color:#555;margin:0 0 1.5rem}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #d0d7de;padding:.35rem .5rem;text-align:left;vertical-align:top}
th{background:#f3f5f7}td.num{text-align:right;white-space:nowrap}td.q{text-align:center}td[title]{text-decoration:underline dotted;text-underline-offset:3px}
.answered{color:#1a7f37}.weak{color:#9a6700}.missing{color:#cf222e;font-weight:600}
tfoot td{font-weight:600;background:#f8f9fa}small{color:#555}h2{font-size:1.15rem;margin:1.5rem 0 .25rem}ul.overlaps li{margin:.35rem 0}
@media print{body{margin:0}}`;

export function reportHtml(plans: PlanSummary[], totals: PortfolioTotals, language: ReportLanguage, overlaps?: OverlapSection): string {
  const l = LABELS[language];
  const head = [l.plan, l.kind, l.owner, l.start, l.end, l.cost, ...FIVE_QUESTIONS].map((name) => `<th scope="col">${escape(name)}</th>`).join('');
  const rows = plans.map((plan) => {
    const cells = [
      `<td>${escape(plan.title)}<br><small>${escape(plan.path)}</small></td>`,
      `<td>${escape(plan.kind)}</td>`,
      `<td${tip(plan.facts.owner?.evidence, language)}>${escape(plan.owner ?? '–')}</td>`,
      `<td class="num"${tip(plan.facts.start?.evidence, language)}>${escape(plan.start ?? '–')}</td>`,
      `<td class="num"${tip(plan.facts.end?.evidence, language)}>${escape(plan.end ?? '–')}</td>`,
      `<td class="num"${tip(plan.facts.cost?.evidence, language, costDetail(plan, language))}>${escape(costText(plan, language))}</td>`,
      ...FIVE_QUESTIONS.map((id) => {
        const status = plan.answered[id] as keyof typeof MARK;
        return `<td class="q ${status}" title="${escape(`${id}: ${status}`)}">${MARK[status]}</td>`;
      }),
    ];
    return `<tr>${cells.join('')}</tr>`;
  });
  const kinds = Object.entries(totals.byKind).map(([kind, count]) => `${kind} ${count}`).join(', ');
  const foot = [
    `<td>${escape(`${l.total}: ${totals.plans} ${l.plans}`)}</td>`,
    `<td colspan="2">${escape(kinds)}</td>`,
    `<td class="num">${escape(totals.start ?? '–')}</td>`,
    `<td class="num">${escape(totals.end ?? '–')}</td>`,
    `<td class="num">${escape(euro(totals.cost, language))}<br><small>${escape(countsText(totals, language))}</small></td>`,
    ...FIVE_QUESTIONS.map((id) => `<td class="q">${totals.answered[id]}/${totals.plans}</td>`),
  ].join('');
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(l.heading)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${escape(l.heading)}</h1>
<p class="meta">${escape(`${totals.plans} ${l.plans} · ${l.total} ${euro(totals.cost, language)}`)}</p>
<table>
<thead><tr>${head}</tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
<tfoot><tr>${foot}</tr></tfoot>
</table>
${overlaps ? overlapsHtml(overlaps, plans, language) + '\n' : ''}<p><small>${escape(l.legend)} ${escape(l.generated)}.</small></p>
</body>
</html>
`;
}

/** A tooltip saying where a figure was read: "regel 13: Eindverantwoordelijke is ...". */
function tip(evidence: Evidence | undefined, language: ReportLanguage, detail = ''): string {
  if (!evidence) return '';
  const where = `${LABELS[language].line} ${evidence.line}: ${evidence.excerpt}${detail ? ` (${detail})` : ''}`;
  return ` title="${escape(where)}"`;
}

/** The report's name for the shared HTML escaper. */
export const escape = escapeHtml;
