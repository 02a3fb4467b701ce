/** The overlapping pairs: score, shared terms, the passages that overlap most, a button that opens both plans and one that records them as two initiatives. */
import { format, type PortfolioStrings } from '../../src/shared/portfolio/protocol';
import type { PortfolioOverlap, PortfolioPlan } from '../../src/shared/portfolio/types';
import { el } from './dom';

export function overlapsSection(overlaps: readonly PortfolioOverlap[], distinct: readonly PortfolioOverlap[], plans: readonly PortfolioPlan[], threshold: number, t: PortfolioStrings): HTMLElement {
  const byId = new Map(plans.map((plan) => [plan.id, plan]));
  const title = (id: string) => byId.get(id)?.title ?? id;
  const items = overlaps.map((pair, index) =>
    el('li', { class: 'pair' },
      el('h3', { id: `pair-${index}` }, el('span', { class: 'title' }, title(pair.a)), ' ↔ ', el('span', { class: 'title' }, title(pair.b))),
      el('p', { class: 'meta' }, el('strong', {}, format(t.score, pair.score.toFixed(2))), ` · ${byId.get(pair.a)?.path ?? ''} ↔ ${byId.get(pair.b)?.path ?? ''}`),
      el('p', {}, `${t.sharedTerms}: `, pair.terms.join(', ')),
      el('ul', { class: 'passages' }, ...pair.passages.map((match) =>
        el('li', {},
          el('q', {}, match.a.text), ` (${format(t.line, match.a.line)}) ↔ `,
          el('q', {}, match.b.text), ` (${format(t.line, match.b.line)})`))),
      el('p', { class: 'actions' },
        el('button', { type: 'button', 'data-pair-a': pair.a, 'data-pair-b': pair.b, 'aria-describedby': `pair-${index}` }, t.openBoth),
        ' ',
        el('button', { type: 'button', class: 'secondary', 'data-distinct-a': pair.a, 'data-distinct-b': pair.b, 'aria-describedby': `pair-${index}` }, t.markDistinct))));
  return el('section', { class: 'overlaps', 'aria-labelledby': 'overlaps-heading' },
    el('h2', { id: 'overlaps-heading' }, t.overlaps),
    el('p', { class: 'intro' }, format(t.overlapsIntro, threshold)),
    items.length > 0 ? el('ol', {}, ...items) : el('p', {}, t.noOverlaps),
    ...(distinct.length > 0
      ? [el('details', { class: 'distinct' },
        el('summary', {}, format(t.distinctPairs, distinct.length)),
        el('ul', {}, ...distinct.map((pair) =>
          el('li', {},
            el('span', { class: 'title' }, title(pair.a)), ' ↔ ', el('span', { class: 'title' }, title(pair.b)),
            ` · ${format(t.score, pair.score.toFixed(2))} `,
            el('button', { type: 'button', class: 'secondary', 'data-undistinct-a': pair.a, 'data-undistinct-b': pair.b }, t.unmarkDistinct)))))]
      : []));
}
