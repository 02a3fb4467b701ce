import type { OverlapPair } from '../../core/index.js';
import { escape } from './html.js';
import type { PlanSummary } from './summary.js';
import type { ReportLanguage } from './totals.js';

/** The overlapping pairs the report shows, the threshold they passed, and the pairs above it the team judged distinct. */
export interface OverlapSection {
  pairs: OverlapPair[];
  threshold: number;
  distinct?: OverlapPair[];
}

const LABELS = {
  nl: {
    heading: 'Overlappende initiatieven', none: 'Geen plannen die hetzelfde initiatief beschrijven', score: 'score', terms: 'gedeelde termen', line: 'regel',
    intro: 'Paren van plannen die hetzelfde probleem, idee of dezelfde doelgroep beschrijven (score 0..1, vanaf', after: '). Bouwen ze hetzelfde, dan kunnen ze samen optrekken; delen ze alleen doelgroep, organisatie of gegevens, dan stemmen ze af.',
    distinct: 'Door het team als twee initiatieven beoordeeld (`overlap.distinct`), niet meer gemeld',
  },
  en: {
    heading: 'Overlapping initiatives', none: 'No plans that describe the same initiative', score: 'score', terms: 'shared terms', line: 'line',
    intro: 'Pairs of plans that describe the same problem, idea or target group (score 0..1, from', after: '). If they build the same thing, they can join forces; if they only share a target group, organisation or data, they can agree who does what.',
    distinct: 'Judged two initiatives by the team (`overlap.distinct`), no longer reported',
  },
} as const;

/** The "Overlapping initiatives" section of the Markdown report. */
export function overlapsMarkdown(section: OverlapSection, plans: PlanSummary[], language: ReportLanguage): string {
  const l = LABELS[language];
  const titleOf = titles(plans);
  const lines = [`## ${l.heading}`, '', `_${l.intro} ${section.threshold}${l.after}_`, ''];
  if (section.pairs.length === 0) lines.push(`${l.none}.`, '');
  for (const pair of section.pairs) {
    lines.push(`- **${inline(titleOf(pair.a))}** (\`${pair.a}\`) ↔ **${inline(titleOf(pair.b))}** (\`${pair.b}\`): ${l.score} ${pair.score.toFixed(2)}; ${l.terms}: ${inline(pair.terms.join(', '))}`);
    for (const match of pair.passages) {
      lines.push(`  - ${l.line} ${match.a.line}: "${inline(match.a.text)}" ↔ ${l.line} ${match.b.line}: "${inline(match.b.text)}"`);
    }
  }
  if (section.distinct?.length) {
    if (lines[lines.length - 1] !== '') lines.push('');
    lines.push(`${l.distinct}:`, '');
    for (const pair of section.distinct) lines.push(`- ${inline(titleOf(pair.a))} (\`${pair.a}\`) ↔ ${inline(titleOf(pair.b))} (\`${pair.b}\`): ${l.score} ${pair.score.toFixed(2)}`);
  }
  return lines.join('\n') + '\n';
}

/** The same section for the HTML report. */
export function overlapsHtml(section: OverlapSection, plans: PlanSummary[], language: ReportLanguage): string {
  const l = LABELS[language];
  const titleOf = titles(plans);
  const items = section.pairs.map((pair) => {
    const passages = pair.passages
      .map((match) => `<li>${escape(`${l.line} ${match.a.line}: “${match.a.text}”`)} ↔ ${escape(`${l.line} ${match.b.line}: “${match.b.text}”`)}</li>`)
      .join('');
    return `<li><strong>${escape(titleOf(pair.a))}</strong> <small>${escape(pair.a)}</small> ↔ <strong>${escape(titleOf(pair.b))}</strong> <small>${escape(pair.b)}</small>: ${escape(`${l.score} ${pair.score.toFixed(2)}; ${l.terms}: ${pair.terms.join(', ')}`)}<ul>${passages}</ul></li>`;
  });
  return [
    `<h2>${escape(l.heading)}</h2>`,
    `<p><small>${escape(`${l.intro} ${section.threshold}${l.after}`)}</small></p>`,
    items.length > 0 ? `<ul class="overlaps">\n${items.join('\n')}\n</ul>` : `<p>${escape(l.none)}.</p>`,
    ...(section.distinct?.length
      ? [`<p><small>${escape(l.distinct.replace(/`/g, ''))}:</small></p>`, `<ul class="distinct">${section.distinct.map((pair) => `<li>${escape(titleOf(pair.a))} <small>${escape(pair.a)}</small> ↔ ${escape(titleOf(pair.b))} <small>${escape(pair.b)}</small>: ${escape(`${l.score} ${pair.score.toFixed(2)}`)}</li>`).join('')}</ul>`]
      : []),
  ].join('\n');
}

function titles(plans: PlanSummary[]): (path: string) => string {
  const byPath = new Map(plans.map((plan) => [plan.path, plan.title]));
  return (path) => byPath.get(path) ?? path;
}

/** Plan text inside a list item must not start a table, a link or HTML. */
function inline(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').replace(/</g, '&lt;').replace(/[[\]|`*_]/g, (m) => `\\${m}`);
}
