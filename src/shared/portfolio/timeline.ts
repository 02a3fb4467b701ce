/** Where each plan's bar stands on the timeline, as percentages of the whole span. Pure, shared with the webview. */
import type { PortfolioPlan } from './types.js';

export interface TimelineBar {
  id: string;
  title: string;
  start?: string;
  end?: string;
  /** Percent of the span from its left edge; width 0 for a plan with one date only. */
  left: number;
  width: number;
}

export interface TimelineLayout {
  /** ISO dates: 1 January of the first year, 31 December of the last. */
  from: string;
  to: string;
  bars: TimelineBar[];
  /** 1 January of every year in the span. */
  years: Array<{ year: number; left: number }>;
}

const DAY_MS = 86_400_000;

/** Plans without any date are left out; undefined when no plan has one. Bars are in order of start. */
export function layoutTimeline(plans: readonly PortfolioPlan[]): TimelineLayout | undefined {
  const dated = plans
    .map((plan) => ({ plan, start: day(plan.start), end: day(plan.end) }))
    .filter((entry) => entry.start !== undefined || entry.end !== undefined);
  if (dated.length === 0) return undefined;
  const days = dated.flatMap((entry) => [entry.start, entry.end]).filter((value): value is number => value !== undefined);
  const firstYear = new Date(Math.min(...days) * DAY_MS).getUTCFullYear();
  const lastYear = new Date(Math.max(...days) * DAY_MS).getUTCFullYear();
  const from = Date.UTC(firstYear, 0, 1) / DAY_MS;
  const span = Date.UTC(lastYear + 1, 0, 1) / DAY_MS - from;
  const at = (value: number) => Math.round(((value - from) / span) * 10_000) / 100;
  const bars = dated.map(({ plan, start, end }) => {
    const left = at(start ?? end!);
    // An end before the start is the plan's own problem: draw the start as a point.
    const right = end !== undefined && start !== undefined && end >= start ? at(end + 1) : left;
    return { id: plan.id, title: plan.title, start: plan.start, end: plan.end, left, width: Math.round((right - left) * 100) / 100 };
  });
  bars.sort((a, b) => a.left - b.left || a.title.localeCompare(b.title));
  const years = [];
  for (let year = firstYear; year <= lastYear; year++) years.push({ year, left: at(Date.UTC(year, 0, 1) / DAY_MS) });
  return { from: `${firstYear}-01-01`, to: `${lastYear}-12-31`, bars, years };
}

function day(iso: string | undefined): number | undefined {
  const match = iso && /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / DAY_MS : undefined;
}
