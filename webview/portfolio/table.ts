/** The plan table's body: one row per visible plan, from the shared markup (src/shared/portfolio/view.ts). */
import type { PortfolioStrings } from '../../src/shared/portfolio/protocol';
import { QUESTION_IDS, type PortfolioPlan } from '../../src/shared/portfolio/types';
import { emptyRow, planRow } from '../../src/shared/portfolio/view';
import { toDom } from './dom';

/** Rows drawn before, by plan id: a plan that did not change keeps its row (and the focus in it) across updates. */
const drawn = new Map<string, { plan: PortfolioPlan; language: string; row: HTMLTableRowElement }>();
/** Rows the host painted into the page before the script ran, by plan id, until the first fill has seen them. */
let painted = new Map<string, HTMLTableRowElement>();

/** Takes over the rows of the host's first paint: a row the script would draw the same is kept as it is. */
export function adoptRows(body: HTMLTableSectionElement): number {
  painted = new Map([...body.rows].filter((row) => row.dataset.id).map((row) => [row.dataset.id!, row]));
  return painted.size;
}

/** Fills `body` with a row per plan in one DOM operation, reusing the rows of unchanged plans; returns how many painted rows it kept. */
export function fillBody(body: HTMLTableSectionElement, rows: readonly PortfolioPlan[], t: PortfolioStrings, language: 'nl' | 'en'): number {
  let kept = 0;
  if (rows.length === 0) {
    body.replaceChildren(toDom(emptyRow(t)));
    painted.clear();
    return kept;
  }
  const seen = new Set<string>();
  const elements = rows.map((plan) => {
    seen.add(plan.id);
    const known = drawn.get(plan.id);
    // The strings follow the language: the same language, the same words.
    if (known && known.language === language && samePlan(known.plan, plan)) return known.row;
    let fresh = toDom(planRow(plan, t, language)) as HTMLTableRowElement;
    const before = painted.get(plan.id);
    if (before?.isEqualNode(fresh)) {
      fresh = before;
      kept++;
    }
    drawn.set(plan.id, { plan, language, row: fresh });
    return fresh;
  });
  painted.clear();
  for (const id of drawn.keys()) if (!seen.has(id)) drawn.delete(id);
  body.replaceChildren(...elements);
  return kept;
}

function samePlan(a: PortfolioPlan, b: PortfolioPlan): boolean {
  return a.title === b.title && a.path === b.path && a.kind === b.kind && a.owner === b.owner && a.start === b.start && a.end === b.end
    && a.cost === b.cost && a.currency === b.currency && QUESTION_IDS.every((id) => a.answered[id] === b.answered[id]);
}
