/**
 * The one message protocol between the portfolio panel (extension host, src/extension/portfolio/panel.ts) and its
 * webview (webview/portfolio/main.ts). Both sides import this file; nothing here may import
 * `vscode` or touch the DOM.
 *
 * Order: the host may paint the first screen of the table into the page itself (static HTML, from
 * the cache: src/shared/portfolio/view.ts), so it is on screen before the script runs. The webview
 * posts `ready` once its listener is installed; the host answers with `portfolio` and sends it
 * again whenever a plan, the config or the scan progress changes. The script then takes over the
 * painted rows that it would draw the same.
 * The webview only names plans by the ids it was sent; the host opens nothing else.
 */
import type { TableView } from './table.js';
import type { PortfolioOverlap, PortfolioPlan } from './types.js';

/** The UI words, translated by the host (vscode.l10n); `{0}` marks where a value goes. */
export const STRING_KEYS = [
  'heading', 'count', 'scanning', 'filter', 'kind', 'allKinds', 'plans', 'plan', 'owner', 'start', 'end', 'cost', 'noPlans',
  'answered', 'weak', 'missing', 'sortBy', 'openPlan', 'timeline', 'noDates', 'costPerOwner', 'noOwner', 'withoutCost', 'total',
  'overlaps', 'overlapsIntro', 'noOverlaps', 'score', 'sharedTerms', 'line', 'openBoth', 'markDistinct', 'distinctPairs', 'unmarkDistinct',
] as const;
export type StringKey = (typeof STRING_KEYS)[number];
export type PortfolioStrings = Record<StringKey, string>;

/** Host → webview. */
export type HostMessage = {
  type: 'portfolio';
  uiLanguage: 'nl' | 'en';
  strings: PortfolioStrings;
  plans: PortfolioPlan[];
  overlaps: PortfolioOverlap[];
  /** Pairs at or above the threshold that the team judged two initiatives (`overlap.distinct`): listed apart. */
  distinct?: PortfolioOverlap[];
  /** Pairs scoring at least this are listed. */
  threshold: number;
  /** While the workspace is read for the first time: files read so far; null when done. */
  scanning: { done: number; total: number } | null;
};

/** Webview → host. */
export type WebviewMessage =
  /** The webview is listening, showing `view`; the host answers with `portfolio`. Sent again after a reload. */
  | { type: 'ready'; view?: TableView }
  /** The user sorted or filtered: the host paints the page it makes next (when the view is shown again) this way. */
  | { type: 'view'; view: TableView }
  /** Open one plan in the text editor. */
  | { type: 'openPlan'; id: string }
  /** Open two overlapping plans side by side: `a` in the first editor group, `b` in the second. */
  | { type: 'openPair'; a: string; b: string }
  /** The user judged a listed pair two initiatives: the host asks, then records it in `overlap.distinct`. */
  | { type: 'markDistinct'; a: string; b: string }
  /** The user takes that back: the host asks, then removes the pair from `overlap.distinct`. */
  | { type: 'unmarkDistinct'; a: string; b: string }
  /**
   * The first rows were on screen `ms` after the webview started; the host logs it with when the
   * script ran (`readyMs`) and when the first message with plans arrived (`messageMs`); how many
   * rows the host had painted into the page (`firstPaintRows`) and how many the script kept (`keptRows`).
   */
  | { type: 'painted'; rows: number; ms: number; readyMs: number; messageMs: number; firstPaintRows?: number; keptRows?: number }
  /** Something went wrong inside the webview; the host logs it. */
  | { type: 'log'; message: string };

/** Cheap shape check for messages arriving from the webview (it shows untrusted text). */
export function isWebviewMessage(value: unknown): value is WebviewMessage {
  if (typeof value !== 'object' || value === null) return false;
  const message = value as Record<string, unknown>;
  switch (message.type) {
    case 'ready':
      return message.view === undefined || isObject(message.view);
    case 'view':
      return isObject(message.view);
    case 'log':
      return typeof message.message === 'string';
    case 'openPlan':
      return typeof message.id === 'string';
    case 'openPair':
    case 'markDistinct':
    case 'unmarkDistinct':
      return typeof message.a === 'string' && typeof message.b === 'string';
    case 'painted':
      return ['rows', 'ms', 'readyMs', 'messageMs'].every((key) => typeof message[key] === 'number')
        && ['firstPaintRows', 'keptRows'].every((key) => message[key] === undefined || typeof message[key] === 'number');
    default:
      return false;
  }
}

function isObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null;
}

/** Fills `{0}`, `{1}` … of a translated string. */
export function format(template: string, ...values: Array<string | number>): string {
  return template.replace(/\{(\d+)\}/g, (whole, index: string) => (values[Number(index)] !== undefined ? String(values[Number(index)]) : whole));
}
