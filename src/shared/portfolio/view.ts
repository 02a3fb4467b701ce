/**
 * The page's fixed parts and the plan table as markup (markup.ts): the host renders them to HTML
 * for the first paint, the webview builds and rebuilds them as DOM. Both draw from here, so the
 * rows the host painted are the rows the script would draw, and the script can keep them.
 */
import { h, srOnly, type Markup } from './markup.js';
import { format, type PortfolioStrings } from './protocol.js';
import { dateText, mark, money } from './format.js';
import { kindsOf, visibleRows, type SortKey, type TableView } from './table.js';
import { QUESTION_IDS, type PortfolioPlan } from './types.js';

/** Rows drawn for the first paint (a screenful and some); the rest follow once it is on screen. */
export const FIRST_SCREEN_ROWS = 50;

const COLUMNS: Array<{ key: SortKey; label: (t: PortfolioStrings) => string; numeric?: boolean }> = [
  { key: 'title', label: (t) => t.plan },
  { key: 'kind', label: (t) => t.kind },
  { key: 'owner', label: (t) => t.owner },
  { key: 'answered', label: () => QUESTION_IDS.join(' · ') },
  { key: 'start', label: (t) => t.start },
  { key: 'end', label: (t) => t.end },
  { key: 'cost', label: (t) => t.cost, numeric: true },
];

export function tableHead(t: PortfolioStrings, view: TableView): Markup {
  const cells = COLUMNS.map((column) => {
    const sorted = view.sort === column.key;
    const label = column.label(t);
    const arrow = sorted ? (view.descending ? '▼' : '▲') : '';
    return h('th', { scope: 'col', class: column.numeric ? 'numeric' : undefined, 'aria-sort': sorted ? (view.descending ? 'descending' : 'ascending') : undefined },
      h('button', { type: 'button', class: 'sort', 'data-sort': column.key, title: format(t.sortBy, label) }, label, h('span', { class: 'arrow', 'aria-hidden': 'true' }, arrow)));
  });
  return h('thead', {}, h('tr', {}, ...cells));
}

export function planRow(plan: PortfolioPlan, t: PortfolioStrings, language: 'nl' | 'en'): Markup {
  const questions = h('ul', { class: 'marks' }, ...QUESTION_IDS.map((id) =>
    h('li', { class: plan.answered[id], title: `${id}: ${t[plan.answered[id]]}` }, h('span', { 'aria-hidden': 'true' }, mark(plan.answered[id])), ` ${id}`, srOnly(`: ${t[plan.answered[id]]}`))));
  return h('tr', { 'data-id': plan.id },
    h('th', { scope: 'row' },
      h('button', { type: 'button', class: 'link', 'data-open': plan.id, title: format(t.openPlan, plan.path) }, plan.title),
      h('div', { class: 'path' }, plan.path)),
    h('td', {}, plan.kind),
    h('td', {}, plan.owner ?? '–'),
    h('td', {}, questions),
    h('td', { class: 'date' }, dateText(plan.start)),
    h('td', { class: 'date' }, dateText(plan.end)),
    h('td', { class: 'numeric' }, plan.cost === null ? '–' : money(plan.cost, plan.currency, language)));
}

/** The one row of a table without plans. */
export function emptyRow(t: PortfolioStrings): Markup {
  return h('tr', {}, h('td', { colspan: String(COLUMNS.length), class: 'empty' }, t.noPlans));
}

/** Every kind, the chosen one selected ('' for all). */
export function kindOptions(kinds: readonly string[], chosen: string, allLabel: string): Markup[] {
  const selected = kinds.includes(chosen) ? chosen : '';
  return [h('option', { value: '', selected: selected === '' ? '' : undefined }, allLabel), ...kinds.map((kind) => h('option', { value: kind, selected: kind === selected ? '' : undefined }, kind))];
}

/** "12 of 300 plans", and while the workspace is read, how far (total 0: the last session's rows, files not yet listed). */
export function statusText(t: PortfolioStrings, shown: number, total: number, scanning: { done: number; total: number } | null): string {
  const count = format(t.count, shown, total);
  const progress = scanning && (scanning.total > 0 ? format(t.scanning, scanning.done, scanning.total) : '…');
  return progress ? `${count} · ${progress}` : count;
}

/** What fills the page's root: heading, status line, filters, the plan table and the slot for the sections below it. */
export interface ShellParts {
  status: string;
  filterText: string;
  kinds: Markup[];
  head: Markup;
  rows: Markup[];
}

export function shell(t: PortfolioStrings, parts: ShellParts): Markup[] {
  return [
    h('h1', {}, t.heading),
    h('p', { class: 'status', role: 'status' }, parts.status),
    h('div', { class: 'filters', role: 'search' },
      h('label', { for: 'filter' }, t.filter), h('input', { type: 'search', id: 'filter', autocomplete: 'off', spellcheck: 'false', value: parts.filterText || undefined }),
      h('label', { for: 'kind' }, t.kind), h('select', { id: 'kind' }, ...parts.kinds)),
    h('div', { class: 'table-scroll' }, h('table', { class: 'plans' }, h('caption', { class: 'sr-only' }, t.plans), parts.head, h('tbody', {}, ...parts.rows))),
    h('div', { class: 'sections' }),
  ];
}

/** The first screen of the table as the script would draw it for these plans: what the host puts in the page. */
export function firstScreen(plans: readonly PortfolioPlan[], view: TableView, t: PortfolioStrings, language: 'nl' | 'en', scanning: { done: number; total: number } | null): Markup[] {
  const rows = visibleRows(plans, view);
  return shell(t, {
    status: statusText(t, rows.length, plans.length, scanning),
    filterText: view.text,
    kinds: kindOptions(kindsOf(plans), view.kind, t.allKinds),
    head: tableHead(t, view),
    rows: rows.length > 0 ? rows.slice(0, FIRST_SCREEN_ROWS).map((plan) => planRow(plan, t, language)) : [emptyRow(t)],
  });
}
