/** Building blocks for exported boards: wrapped text and boxes with fixed, print-friendly colours. */
import type { Status } from '../../src/extension/canvas/board/types';
import { s, type VNode } from '../vnode';

export const FONT = 'Segoe UI, Helvetica, Arial, sans-serif';
export const STATUS_COLOUR: Record<Status, string> = { answered: '#2e7d32', weak: '#b26a00', missing: '#c62828' };
const LINE = 16;

/** Greedy word wrap by character count (exports have no layout engine); long words are cut. */
export function wrap(text: string, maxChars: number, maxLines: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\n+/)) {
    let line = '';
    for (const raw of paragraph.split(/\s+/).filter(Boolean)) {
      let word = raw;
      while (word.length > maxChars) {
        if (line) lines.push(line);
        lines.push(word.slice(0, maxChars));
        word = word.slice(maxChars);
        line = '';
      }
      if (!line) line = word;
      else if (line.length + 1 + word.length <= maxChars) line += ` ${word}`;
      else {
        lines.push(line);
        line = word;
      }
    }
    if (line) lines.push(line);
  }
  if (lines.length > maxLines) return [...lines.slice(0, maxLines - 1), `${lines[maxLines - 1].slice(0, maxChars - 1)}…`];
  return lines;
}

export function textLines(lines: string[], x: number, y: number, options: { size?: number; weight?: string; fill?: string } = {}): VNode {
  return s('text', { x, y, 'font-family': FONT, 'font-size': options.size ?? 13, 'font-weight': options.weight, fill: options.fill ?? '#1d1d1d' },
    lines.map((line, index) => s('tspan', { x, dy: index === 0 ? 0 : LINE }, line)));
}

export interface BoxContent {
  title: string;
  kicker?: string;
  status?: Status;
  statusWord?: string;
  body: string;
  footer?: string;
}

export const BOX_WIDTH = 280;
const CHARS_PER_LINE = 38;

/** Height a box needs for its content (so a grid row can take the tallest). */
export function boxHeight(content: BoxContent, maxLines: number): number {
  return 64 + wrap(content.body, CHARS_PER_LINE, maxLines).length * LINE + (content.footer ? LINE : 0);
}

export function box(content: BoxContent, x: number, y: number, height: number, options: { fill?: string; maxLines: number }): VNode {
  const accent = content.status ? STATUS_COLOUR[content.status] : '#6b6b6b';
  return s('g', { class: 'box' },
    s('rect', { x, y, width: BOX_WIDTH, height, rx: 6, fill: options.fill ?? '#ffffff', stroke: '#bdbdbd' }),
    s('rect', { x, y, width: 6, height, rx: 3, fill: accent }),
    textLines([content.kicker ? `${content.kicker} · ${content.title}` : content.title].flatMap((title) => wrap(title, CHARS_PER_LINE - 4, 1)), x + 16, y + 24, { size: 14, weight: 'bold' }),
    content.statusWord ? textLines([content.statusWord], x + 16, y + 42, { size: 12, weight: 'bold', fill: accent }) : undefined,
    textLines(wrap(content.body, CHARS_PER_LINE, options.maxLines), x + 16, y + 62),
    content.footer ? textLines([content.footer], x + 16, y + height - 10, { size: 12, fill: '#444444' }) : undefined);
}

/** Lays boxes out in rows of `columns`; returns the nodes and the height used. */
export function grid(contents: BoxContent[], top: number, columns: number, maxLines: number, fill?: string): { nodes: VNode[]; height: number } {
  const nodes: VNode[] = [];
  let y = top;
  for (let row = 0; row * columns < contents.length; row++) {
    const items = contents.slice(row * columns, row * columns + columns);
    const height = Math.max(...items.map((item) => boxHeight(item, maxLines)));
    items.forEach((item, column) => nodes.push(box(item, 24 + column * (BOX_WIDTH + 20), y, height, { fill, maxLines })));
    y += height + 20;
  }
  return { nodes, height: y - top };
}
