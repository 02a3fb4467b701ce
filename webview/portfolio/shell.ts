/** The page's fixed parts, built once per UI language: heading, status line, filters, table and the section slots. */
import type { PortfolioStrings } from '../../src/shared/portfolio/protocol';
import { el } from './dom';

export interface Shell {
  status: HTMLParagraphElement;
  filter: HTMLInputElement;
  kind: HTMLSelectElement;
  table: HTMLTableElement;
  body: HTMLTableSectionElement;
  sections: HTMLDivElement;
}

export function buildShell(root: HTMLElement, t: PortfolioStrings): Shell {
  const filter = el('input', { type: 'search', id: 'filter', autocomplete: 'off', spellcheck: 'false' });
  const kind = el('select', { id: 'kind' });
  const status = el('p', { class: 'status', role: 'status' });
  const body = el('tbody');
  const table = el('table', { class: 'plans' }, el('caption', { class: 'sr-only' }, t.plans), el('thead'), body);
  const sections = el('div', { class: 'sections' });
  root.replaceChildren(
    el('h1', {}, t.heading),
    status,
    el('div', { class: 'filters', role: 'search' },
      el('label', { for: 'filter' }, t.filter), filter,
      el('label', { for: 'kind' }, t.kind), kind),
    el('div', { class: 'table-scroll' }, table),
    sections,
  );
  return { status, filter, kind, table, body, sections };
}

/** Replaces the kind options, keeping the choice when that kind is still there. */
export function fillKinds(select: HTMLSelectElement, kinds: readonly string[], chosen: string, allLabel: string): void {
  select.replaceChildren(el('option', { value: '' }, allLabel), ...kinds.map((kind) => el('option', { value: kind }, kind)));
  select.value = kinds.includes(chosen) ? chosen : '';
}
