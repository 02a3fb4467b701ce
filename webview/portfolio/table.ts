/** The plan table: sortable column headers (real buttons) and one row per visible plan. */
import { format, type PortfolioStrings } from '../../src/shared/portfolio/protocol';
import { type SortKey, type TableView } from '../../src/shared/portfolio/table';
import { QUESTION_IDS, type PortfolioPlan } from '../../src/shared/portfolio/types';
import { el, srOnly } from './dom';
import { dateText, mark, money } from './format';

const COLUMNS: Array<{ key: SortKey; label: (t: PortfolioStrings) => string; numeric?: boolean }> = [
  { key: 'title', label: (t) => t.plan },
  { key: 'kind', label: (t) => t.kind },
  { key: 'owner', label: (t) => t.owner },
  { key: 'answered', label: () => QUESTION_IDS.join(' · ') },
  { key: 'start', label: (t) => t.start },
  { key: 'end', label: (t) => t.end },
  { key: 'cost', label: (t) => t.cost, numeric: true },
];

export function tableHead(t: PortfolioStrings, view: TableView): HTMLTableSectionElement {
  const cells = COLUMNS.map((column) => {
    const sorted = view.sort === column.key;
    const label = column.label(t);
    const arrow = sorted ? (view.descending ? '▼' : '▲') : '';
    return el('th', { scope: 'col', class: column.numeric ? 'numeric' : undefined, 'aria-sort': sorted ? (view.descending ? 'descending' : 'ascending') : undefined },
      el('button', { type: 'button', class: 'sort', 'data-sort': column.key, title: format(t.sortBy, label) }, label, el('span', { class: 'arrow', 'aria-hidden': 'true' }, arrow)));
  });
  return el('thead', {}, el('tr', {}, ...cells));
}

/** Rows drawn before, by plan id: a plan that did not change keeps its row (and the focus in it) across updates. */
const drawn = new Map<string, { plan: PortfolioPlan; language: string; row: HTMLTableRowElement }>();

/** Fills `body` with a row per plan in one DOM operation, reusing the rows of unchanged plans. */
export function fillBody(body: HTMLTableSectionElement, rows: readonly PortfolioPlan[], t: PortfolioStrings, language: 'nl' | 'en'): void {
  if (rows.length === 0) {
    body.replaceChildren(el('tr', {}, el('td', { colspan: String(COLUMNS.length), class: 'empty' }, t.noPlans)));
    return;
  }
  const seen = new Set<string>();
  const elements = rows.map((plan) => {
    seen.add(plan.id);
    const known = drawn.get(plan.id);
    // The strings follow the language: the same language, the same words.
    if (known && known.language === language && samePlan(known.plan, plan)) return known.row;
    const fresh = row(plan, t, language);
    drawn.set(plan.id, { plan, language, row: fresh });
    return fresh;
  });
  for (const id of drawn.keys()) if (!seen.has(id)) drawn.delete(id);
  body.replaceChildren(...elements);
}

function samePlan(a: PortfolioPlan, b: PortfolioPlan): boolean {
  return a.title === b.title && a.path === b.path && a.kind === b.kind && a.owner === b.owner && a.start === b.start && a.end === b.end
    && a.cost === b.cost && a.currency === b.currency && QUESTION_IDS.every((id) => a.answered[id] === b.answered[id]);
}

function row(plan: PortfolioPlan, t: PortfolioStrings, language: 'nl' | 'en'): HTMLTableRowElement {
  const questions = el('ul', { class: 'marks' }, ...QUESTION_IDS.map((id) =>
    el('li', { class: plan.answered[id], title: `${id}: ${t[plan.answered[id]]}` }, el('span', { 'aria-hidden': 'true' }, mark(plan.answered[id])), ` ${id}`, srOnly(`: ${t[plan.answered[id]]}`))));
  return el('tr', { 'data-id': plan.id },
    el('th', { scope: 'row' },
      el('button', { type: 'button', class: 'link', 'data-open': plan.id, title: format(t.openPlan, plan.path) }, plan.title),
      el('div', { class: 'path' }, plan.path)),
    el('td', {}, plan.kind),
    el('td', {}, plan.owner ?? '–'),
    el('td', {}, questions),
    el('td', { class: 'date' }, dateText(plan.start)),
    el('td', { class: 'date' }, dateText(plan.end)),
    el('td', { class: 'numeric' }, plan.cost === null ? '–' : money(plan.cost, plan.currency, language)));
}
