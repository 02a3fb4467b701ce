/** The page's fixed parts, built once per UI language (or taken over from the host's first paint): heading, status line, filters, table and the section slots. */
import type { PortfolioStrings } from '../../src/shared/portfolio/protocol';
import { kindOptions, shell } from '../../src/shared/portfolio/view';
import { h } from '../../src/shared/portfolio/markup';
import { toDom } from './dom';

export interface Shell {
  status: HTMLParagraphElement;
  filter: HTMLInputElement;
  kind: HTMLSelectElement;
  table: HTMLTableElement;
  body: HTMLTableSectionElement;
  sections: HTMLDivElement;
}

/** Draws an empty shell into `root`; the first render fills it. */
export function buildShell(root: HTMLElement, t: PortfolioStrings): Shell {
  root.replaceChildren(...shell(t, { status: '', filterText: '', kinds: [], head: h('thead'), rows: [] }).map(toDom));
  return findShell(root)!;
}

/** The shell already in `root` (the host's first paint), if it is whole. */
export function findShell(root: HTMLElement): Shell | undefined {
  const parts = {
    status: root.querySelector<HTMLParagraphElement>('p.status'),
    filter: root.querySelector<HTMLInputElement>('#filter'),
    kind: root.querySelector<HTMLSelectElement>('#kind'),
    table: root.querySelector<HTMLTableElement>('table.plans'),
    body: root.querySelector<HTMLTableSectionElement>('table.plans > tbody'),
    sections: root.querySelector<HTMLDivElement>('div.sections'),
  };
  return Object.values(parts).every(Boolean) ? (parts as Shell) : undefined;
}

/** Replaces the kind options, keeping the choice when that kind is still there. */
export function fillKinds(select: HTMLSelectElement, kinds: readonly string[], chosen: string, allLabel: string): void {
  select.replaceChildren(...kindOptions(kinds, chosen, allLabel).map(toDom));
  select.value = kinds.includes(chosen) ? chosen : '';
}
