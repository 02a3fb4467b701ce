/** The plan table's rows: filtered by text and kind, sorted by one column. Pure, shared with the webview. */
import { QUESTION_IDS, type PortfolioPlan } from './types.js';

export const SORT_KEYS = ['title', 'kind', 'owner', 'answered', 'start', 'end', 'cost'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export interface TableView {
  sort: SortKey;
  descending: boolean;
  /** Words that must all occur in the title, path, owner or kind (case-insensitive). */
  text: string;
  /** '' for every kind. */
  kind: string;
}

export const DEFAULT_VIEW: TableView = { sort: 'title', descending: false, text: '', kind: '' };

/** Clicking the sorted column again reverses it; another column starts ascending. */
export function toggleSort(view: TableView, key: SortKey): TableView {
  return { ...view, sort: key, descending: view.sort === key ? !view.descending : false };
}

export function answeredCount(plan: PortfolioPlan): number {
  return QUESTION_IDS.filter((id) => plan.answered[id] === 'answered').length;
}

export function kindsOf(plans: readonly PortfolioPlan[]): string[] {
  return [...new Set(plans.map((plan) => plan.kind))].sort((a, b) => a.localeCompare(b));
}

export function visibleRows(plans: readonly PortfolioPlan[], view: TableView): PortfolioPlan[] {
  const words = view.text.toLowerCase().split(/\s+/).filter(Boolean);
  const rows = plans.filter((plan) => {
    if (view.kind && plan.kind !== view.kind) return false;
    if (words.length === 0) return true;
    const haystack = `${plan.title} ${plan.path} ${plan.owner ?? ''} ${plan.kind}`.toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
  const direction = view.descending ? -1 : 1;
  return rows.sort((a, b) => {
    const x = sortValue(a, view.sort);
    const y = sortValue(b, view.sort);
    // Plans without a value (no owner, no date, no amount) go last in either direction.
    if (x === undefined || y === undefined) return x === y ? byPath(a, b) : x === undefined ? 1 : -1;
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
    return order * direction || byPath(a, b);
  });
}

function sortValue(plan: PortfolioPlan, key: SortKey): string | number | undefined {
  switch (key) {
    case 'answered':
      return answeredCount(plan);
    case 'cost':
      return plan.cost ?? undefined;
    default:
      return plan[key] || undefined;
  }
}

function byPath(a: PortfolioPlan, b: PortfolioPlan): number {
  return a.path.localeCompare(b.path);
}

/** A view as saved by the webview or sent to the host, each field checked (it crosses a trust boundary); defaults where one is wrong. */
export function readView(state: unknown): TableView {
  const saved = (typeof state === 'object' && state !== null ? state : {}) as Partial<TableView>;
  return {
    sort: SORT_KEYS.includes(saved.sort as SortKey) ? saved.sort! : DEFAULT_VIEW.sort,
    descending: saved.descending === true,
    text: typeof saved.text === 'string' ? saved.text.slice(0, MAX_FILTER_CHARS) : '',
    kind: typeof saved.kind === 'string' ? saved.kind.slice(0, MAX_FILTER_CHARS) : '',
  };
}

const MAX_FILTER_CHARS = 500;
