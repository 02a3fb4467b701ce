/**
 * Crystal Ball: dated items from the plan's timeline (table rows, list items, sentences)
 * placed by month on the line from "now" to five years ahead.
 */
import type { Paragraph, Root, TableRow, ListItem } from 'mdast';
import { visit, SKIP } from 'unist-util-visit';
import type { Plan } from '../index.js';
import { findDate, monthOf, formatMonth } from './dates';
import { withoutComments } from './cards';
import type { TimelineItem, Span } from './types';

export function collectTimeline(text: string, plan: Plan, today: Date): { now: string; items: TimelineItem[] } {
  const data = plan.frontmatter?.data ?? {};
  const now = monthOf(data.datum ?? data.date, today);
  const items: TimelineItem[] = [];
  const windows = timelineWindows(plan).sort((a, b) => a.start - b.start);
  if (windows.length === 0) return { now: formatMonth(now), items };
  // One walk over the tree for all windows (a long plan has dozens of planning sections).
  visit(plan.root as Root, (node) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return undefined;
    const placement = place(windows, start, end);
    if (placement === 'outside') return SKIP;
    if (placement === 'around') return undefined; // a container around a window: look inside
    if (node.type === 'tableRow') return addRow(text, node as TableRow, now, items);
    if (node.type === 'listItem') return addLine(text, node as ListItem, now, items);
    if (node.type === 'paragraph') return addSentences(text, node as Paragraph, now, items);
    return undefined;
  });
  items.sort((a, b) => a.month - b.month || a.reveal.start - b.reveal.start);
  return { now: formatMonth(now), items };
}

/** Whether [start, end) lies inside one of the sorted windows, overlaps one, or misses them all. */
function place(windows: Span[], start: number, end: number): 'inside' | 'around' | 'outside' {
  let low = 0;
  let high = windows.length - 1;
  let last = -1; // the last window starting at or before `start`
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (windows[mid].start <= start) {
      last = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  if (last >= 0 && end <= windows[last].end && start >= windows[last].start) return 'inside';
  const overlapsLast = last >= 0 && windows[last].end > start;
  const overlapsNext = last + 1 < windows.length && windows[last + 1].start < end;
  return overlapsLast || overlapsNext ? 'around' : 'outside';
}

/** The timeline section(s), else the "wanneer" sections, else the accepted "wanneer" answer. */
function timelineWindows(plan: Plan): Span[] {
  for (const id of ['tijdlijn', 'wanneer']) {
    const sections = plan.sections.filter((section) => section.questionIds.includes(id));
    if (sections.length > 0) return sections.map((section) => ({ start: section.contentStart, end: section.end }));
  }
  const site = plan.coverage.get('wanneer')?.site;
  return site && site.source !== 'frontmatter' ? [{ start: site.answerStart, end: site.answerEnd }] : [];
}

function addRow(text: string, row: TableRow, now: number, items: TimelineItem[]): typeof SKIP {
  // A cell's position may include its pipes.
  const cells = row.children.map((cell) => trimCell(slice(text, cell)));
  const index = cells.findIndex((cell) => findDate(cell, now));
  if (index >= 0) {
    const found = findDate(cells[index], now)!;
    const rest = cells.filter((_, i) => i !== index && cells[i] !== '').join(' — ');
    items.push({ when: found.when, month: found.month - now, text: rest || cells[index], reveal: spanOf(row) });
  }
  return SKIP;
}

function addLine(text: string, item: ListItem, now: number, items: TimelineItem[]): typeof SKIP {
  const line = withoutComments(slice(text, item)).replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '').trim();
  const found = findDate(line, now);
  if (found) items.push({ when: found.when, month: found.month - now, text: line, reveal: spanOf(item) });
  return SKIP;
}

function addSentences(text: string, paragraph: Paragraph, now: number, items: TimelineItem[]): typeof SKIP {
  const start = paragraph.position!.start.offset!;
  const body = slice(text, paragraph);
  // One item per sentence or clause with a date: "Start Q1 2027; klaar eind 2027."
  // Each clause is tried from its first character only: a try from inside it reads to the same end.
  const pattern = /(?<![^.;\n])[^.;\n]+(?:[.;]|$)/g;
  for (let match = pattern.exec(body); match; match = pattern.exec(body)) {
    const found = findDate(match[0], now);
    if (!found) continue;
    items.push({ when: found.when, month: found.month - now, text: match[0].trim(), reveal: { start: start + match.index, end: start + match.index + match[0].length } });
  }
  return SKIP;
}

/**
 * A cell without white space and pipes at either end: `cell.replace(/^\s*\|?\s*|\s*\|?\s*$/g, '')`, without
 * trying the end pattern at every position (each read the white space after it, a long run of it cubed).
 */
function trimCell(cell: string): string {
  const rest = cell.replace(/^\s*\|?\s*/, '').trimEnd();
  return rest.endsWith('|') ? rest.slice(0, -1).trimEnd() : rest;
}

function slice(text: string, node: { position?: { start: { offset?: number }; end: { offset?: number } } }): string {
  return text.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0);
}

function spanOf(node: { position?: { start: { offset?: number }; end: { offset?: number } } }): Span {
  return { start: node.position?.start.offset ?? 0, end: node.position?.end.offset ?? 0 };
}
