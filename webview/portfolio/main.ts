/**
 * The portfolio webview: draws what the host sends (every plan of the workspace and the
 * overlapping pairs) and keeps its own view state (sort, filters). Plan text only ever
 * reaches the page as textContent (dom.ts).
 */
import type { HostMessage } from '../../src/shared/portfolio/protocol';
import type { PortfolioPlan } from '../../src/shared/portfolio/types';
import { kindsOf, readView, SORT_KEYS, toggleSort, visibleRows, type SortKey, type TableView } from '../../src/shared/portfolio/table';
import { FIRST_SCREEN_ROWS, statusText, tableHead } from '../../src/shared/portfolio/view';
import { toDom } from './dom';
import { host } from './host';
import { overlapsSection } from './overlaps';
import { ownersSection } from './owners';
import { buildShell, fillKinds, findShell, type Shell } from './shell';
import { adoptRows, fillBody } from './table';
import { timelineSection } from './timeline';

const root = document.getElementById('portfolio')!;
let current: HostMessage | undefined;
let view: TableView = readView(host.getState());
/** The host's first paint, when the page came with one: the script takes it over instead of drawing its own. */
let firstPaint = findShell(root);
const firstPaintRows = firstPaint ? adoptRows(firstPaint.body) : 0;
/** Rows of the first paint that the script kept as they were (drawn the same). */
let keptRows = 0;
let shell: Shell | undefined;
let painted = false;
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
  shell.table.tHead?.replaceWith(toDom(tableHead(t, view)));
  // The first paint draws a screenful of rows (as many as the host painted); the rest follow right after it is on screen.
  const firstScreen = !painted && rows.length > FIRST_SCREEN_ROWS;
  keptRows += fillBody(shell.body, firstScreen ? rows.slice(0, FIRST_SCREEN_ROWS) : rows, t, uiLanguage);
  if (firstScreen) afterPaint(render);
  fillKinds(shell.kind, kindsOf(plans), view.kind, t.allKinds);
  const status = statusText(t, rows.length, plans.length, current.scanning);
  // Set only when it changed: a live region announces every write.
  if (shell.status.textContent !== status) shell.status.textContent = status;
  restoreFocus(focused);
  root.setAttribute('aria-busy', current.scanning ? 'true' : 'false');
  if (!painted && plans.length > 0) {
    painted = true;
    const drawn = shell.body.rows.length;
    afterPaint(() => {
      // Wall-clock time of the first rows on screen: the e2e test reads it.
      root.dataset.firstRowsAt = String(Date.now());
      // How many rows the host painted before the script ran, and how many of them the script kept: the e2e test reads them.
      root.dataset.firstPaintRows = String(firstPaintRows);
      root.dataset.keptRows = String(keptRows);
      host.postMessage({ type: 'painted', rows: drawn, ms: performance.now(), readyMs, messageMs, firstPaintRows, keptRows });
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
  // A list the user opened stays open when the sections are drawn again.
  const opened = shell.sections.querySelector<HTMLDetailsElement>('details.distinct')?.open === true;
  shell.sections.replaceChildren(timelineSection(rows, t), ownersSection(rows, t, uiLanguage), overlapsSection(current.overlaps, current.distinct ?? [], plans, current.threshold, t));
  const details = shell.sections.querySelector<HTMLDetailsElement>('details.distinct');
  if (details && opened) details.open = true;
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
  for (const name of ['data-sort', 'data-open', 'data-pair-a', 'data-distinct-a', 'data-undistinct-a']) {
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
  // The host paints the next first screen (after the view was hidden) the way it is shown now.
  host.postMessage({ type: 'view', view });
  render();
}

/** The shell for this message: the host's first paint when it is in the same language, else a fresh one. */
function shellFor(message: HostMessage): Shell {
  const adopted = firstPaint && document.documentElement.lang === message.uiLanguage ? firstPaint : undefined;
  firstPaint = undefined;
  if (!adopted) {
    const fresh = buildShell(root, message.strings);
    fresh.filter.value = view.text;
    document.documentElement.lang = message.uiLanguage;
    return fresh;
  }
  // What the user typed or chose before the script ran wins over the saved view.
  const chosenKind = adopted.kind.querySelector('option[selected]')?.getAttribute('value') ?? '';
  if (adopted.filter.value !== adopted.filter.defaultValue || adopted.kind.value !== chosenKind) {
    view = { ...view, text: adopted.filter.value, kind: adopted.kind.value };
    host.setState(view);
  } else adopted.filter.value = view.text;
  return adopted;
}

window.addEventListener('message', (event: MessageEvent<HostMessage>) => {
  const message = event.data;
  if (message?.type !== 'portfolio') return;
  if (!shell || current?.uiLanguage !== message.uiLanguage) shell = shellFor(message);
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
  else if (target.dataset.distinctA && target.dataset.distinctB) host.postMessage({ type: 'markDistinct', a: target.dataset.distinctA, b: target.dataset.distinctB });
  else if (target.dataset.undistinctA && target.dataset.undistinctB) host.postMessage({ type: 'unmarkDistinct', a: target.dataset.undistinctA, b: target.dataset.undistinctB });
});
root.addEventListener('input', (event) => {
  if (event.target === shell?.filter) update({ text: shell.filter.value });
});
root.addEventListener('change', (event) => {
  if (event.target === shell?.kind) update({ kind: shell.kind.value });
});

let violations = 0;
document.addEventListener('securitypolicyviolation', (event) => {
  // Surfaced to the host log and to tests: a violation means the CSP blocked something.
  document.body.dataset.cspViolations = String(++violations);
  host.postMessage({ type: 'log', message: `CSP blocked ${event.violatedDirective}: ${event.blockedURI}` });
});
window.addEventListener('error', (event) => host.postMessage({ type: 'log', message: `webview error: ${event.message}` }));

// Handshake: the host sends the portfolio only once it knows this listener exists.
const readyMs = performance.now();
host.postMessage({ type: 'ready', view });
