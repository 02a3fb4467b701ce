/**
 * The portfolio webview: draws what the host sends (every plan of the workspace and the
 * overlapping pairs) and keeps its own view state (sort, filters). Plan text only ever
 * reaches the page as textContent (dom.ts).
 */
import { format, type HostMessage } from '../../src/shared/portfolio/protocol';
import type { PortfolioPlan } from '../../src/shared/portfolio/types';
import { DEFAULT_VIEW, kindsOf, SORT_KEYS, toggleSort, visibleRows, type SortKey, type TableView } from '../../src/shared/portfolio/table';
import { host } from './host';
import { overlapsSection } from './overlaps';
import { ownersSection } from './owners';
import { buildShell, fillKinds, type Shell } from './shell';
import { fillBody, tableHead } from './table';
import { timelineSection } from './timeline';

const root = document.getElementById('portfolio')!;
let current: HostMessage | undefined;
let shell: Shell | undefined;
let view: TableView = readView(host.getState());
let painted = false;
const FIRST_SCREEN_ROWS = 40;
/** The rows of the table as last drawn (filtered and sorted). */
let rows: PortfolioPlan[] = [];
let sectionsQueued = false;
/** When the first message with plans arrived (ms after the webview started), for the host's log. */
let messageMs = 0;

/** The table first, in one go; the sections below it after the table has been painted. */
function render(): void {
  if (!current || !shell) return;
  const { strings: t, uiLanguage, plans } = current;
  const focused = focusKey();
  rows = visibleRows(plans, view);
  shell.table.tHead?.replaceWith(tableHead(t, view));
  // The first paint draws a screenful of rows; the rest follow right after it is on screen.
  const firstScreen = !painted && rows.length > FIRST_SCREEN_ROWS;
  fillBody(shell.body, firstScreen ? rows.slice(0, FIRST_SCREEN_ROWS) : rows, t, uiLanguage);
  if (firstScreen) afterPaint(render);
  fillKinds(shell.kind, kindsOf(plans), view.kind, t.allKinds);
  const count = format(t.count, rows.length, plans.length);
  // Total 0 while scanning: rows from the last session, the files not yet listed.
  const progress = current.scanning && (current.scanning.total > 0 ? format(t.scanning, current.scanning.done, current.scanning.total) : '…');
  shell.status.textContent = progress ? `${count} · ${progress}` : count;
  restoreFocus(focused);
  root.setAttribute('aria-busy', current.scanning ? 'true' : 'false');
  if (!painted && plans.length > 0) {
    painted = true;
    const drawn = shell.body.rows.length;
    afterPaint(() => {
      // Wall-clock time of the first rows on screen: the e2e test reads it.
      root.dataset.firstRowsAt = String(Date.now());
      host.postMessage({ type: 'painted', rows: drawn, ms: performance.now(), readyMs, messageMs });
    });
  }
  if (!sectionsQueued) {
    sectionsQueued = true;
    afterPaint(renderSections);
  }
}

/** The timeline and the totals follow the filters; the pairs are about the whole portfolio. */
function renderSections(): void {
  sectionsQueued = false;
  if (!current || !shell) return;
  const { strings: t, uiLanguage, plans } = current;
  const focused = focusKey();
  shell.sections.replaceChildren(timelineSection(rows, t), ownersSection(rows, t, uiLanguage), overlapsSection(current.overlaps, plans, current.threshold, t));
  restoreFocus(focused);
  // Everything is drawn: the rows counted, and (wall clock) when the whole portfolio stood, for the e2e test.
  root.dataset.rows = String(rows.length);
  if (!current.scanning && !root.dataset.completeAt) root.dataset.completeAt = String(Date.now());
}

/** Runs `then` once the browser has painted what is on the page now. */
function afterPaint(then: () => void): void {
  requestAnimationFrame(() => setTimeout(then, 0));
}

/** Re-rendering replaces rows and buttons: keep the focus on the same header, plan or pair. */
function focusKey(): string | undefined {
  const active = document.activeElement as HTMLElement | null;
  if (!active || !root.contains(active)) return undefined;
  for (const name of ['data-sort', 'data-open', 'data-pair-a']) {
    const value = active.getAttribute(name);
    if (value !== null) return `[${name}="${CSS.escape(value)}"]`;
  }
  return undefined;
}

function restoreFocus(selector: string | undefined): void {
  if (selector && !root.contains(document.activeElement)) root.querySelector<HTMLElement>(selector)?.focus();
}

function update(next: Partial<TableView>): void {
  view = { ...view, ...next };
  host.setState(view);
  render();
}

window.addEventListener('message', (event: MessageEvent<HostMessage>) => {
  const message = event.data;
  if (message?.type !== 'portfolio') return;
  if (!shell || current?.uiLanguage !== message.uiLanguage) {
    shell = buildShell(root, message.strings);
    shell.filter.value = view.text;
    document.documentElement.lang = message.uiLanguage;
  }
  if (message.plans.length > 0 && !messageMs) messageMs = performance.now();
  current = message;
  render();
});

root.addEventListener('click', (event) => {
  const target = (event.target as HTMLElement).closest<HTMLElement>('button');
  if (!target) return;
  const sort = target.dataset.sort as SortKey | undefined;
  if (sort && SORT_KEYS.includes(sort)) update(toggleSort(view, sort));
  else if (target.dataset.open) host.postMessage({ type: 'openPlan', id: target.dataset.open });
  else if (target.dataset.pairA && target.dataset.pairB) host.postMessage({ type: 'openPair', a: target.dataset.pairA, b: target.dataset.pairB });
});
root.addEventListener('input', (event) => {
  if (event.target === shell?.filter) update({ text: shell.filter.value });
});
root.addEventListener('change', (event) => {
  if (event.target === shell?.kind) update({ kind: shell.kind.value });
});

function readView(state: unknown): TableView {
  const saved = (typeof state === 'object' && state !== null ? state : {}) as Partial<TableView>;
  return {
    sort: SORT_KEYS.includes(saved.sort as SortKey) ? saved.sort! : DEFAULT_VIEW.sort,
    descending: saved.descending === true,
    text: typeof saved.text === 'string' ? saved.text : '',
    kind: typeof saved.kind === 'string' ? saved.kind : '',
  };
}

let violations = 0;
document.addEventListener('securitypolicyviolation', (event) => {
  // Surfaced to the host log and to tests: a violation means the CSP blocked something.
  document.body.dataset.cspViolations = String(++violations);
  host.postMessage({ type: 'log', message: `CSP blocked ${event.violatedDirective}: ${event.blockedURI}` });
});
window.addEventListener('error', (event) => host.postMessage({ type: 'log', message: `webview error: ${event.message}` }));

// Handshake: the host sends the portfolio only once it knows this listener exists.
const readyMs = performance.now();
host.postMessage({ type: 'ready' });
