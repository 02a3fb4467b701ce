/** Building blocks for exported boards: wrapped text and boxes, coloured from one palette. */
import type { RichBlock } from '../rich';
import type { Status } from '../types';
import { s, type VNode } from '../vnode';
import type { Palette } from './palette';
import { FONT, LINE, richLines, richText } from './rich';

export { FONT };

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

export function textLines(lines: string[], x: number, y: number, palette: Palette, options: { size?: number; weight?: string; fill?: string } = {}): VNode {
  return s('text', { x, y, 'font-family': FONT, 'font-size': options.size ?? 13, 'font-weight': options.weight, fill: options.fill ?? palette.text },
    lines.map((line, index) => s('tspan', { x, dy: index === 0 ? 0 : LINE }, line)));
}

export interface BoxContent {
  title: string;
  kicker?: string;
  status?: Status;
  statusWord?: string;
  body: RichBlock[];
  footer?: string;
}

export const BOX_WIDTH = 280;
const CHARS_PER_LINE = 38;

/** Height a box needs for its content (so a grid row can take the tallest). */
export function boxHeight(content: BoxContent, maxLines: number): number {
  return 64 + richLines(content.body, CHARS_PER_LINE, maxLines).length * LINE + (content.footer ? LINE : 0);
}

export function box(content: BoxContent, x: number, y: number, height: number, palette: Palette, options: { note?: boolean; maxLines: number }): VNode {
  const accent = content.status ? palette.status[content.status] : palette.neutral;
  const background = options.note ? palette.note : palette.card;
  return s('g', { class: 'box' },
    s('rect', { x, y, width: BOX_WIDTH, height, rx: 6, fill: background, stroke: options.note ? palette.noteStroke : palette.cardStroke }),
    s('rect', { x, y, width: 6, height, rx: 3, fill: accent }),
    textLines([content.kicker ? `${content.kicker} · ${content.title}` : content.title].flatMap((title) => wrap(title, CHARS_PER_LINE - 4, 1)), x + 16, y + 24, palette, { size: 14, weight: 'bold' }),
    content.statusWord ? textLines([content.statusWord], x + 16, y + 42, palette, { size: 12, weight: 'bold', fill: accent }) : undefined,
    richText(richLines(content.body, CHARS_PER_LINE, options.maxLines), x + 16, y + 62, palette),
    content.footer ? textLines([content.footer], x + 16, y + height - 10, palette, { size: 12, fill: palette.muted }) : undefined);
}

/** Lays boxes out in rows of `columns`; returns the nodes and the height used. */
export function grid(contents: BoxContent[], top: number, columns: number, maxLines: number, palette: Palette, note = false): { nodes: VNode[]; height: number } {
  const nodes: VNode[] = [];
  let y = top;
  for (let row = 0; row * columns < contents.length; row++) {
    const items = contents.slice(row * columns, row * columns + columns);
    const height = Math.max(...items.map((item) => boxHeight(item, maxLines)));
    items.forEach((item, column) => nodes.push(box(item, 24 + column * (BOX_WIDTH + 20), y, height, palette, { note, maxLines })));
    y += height + 20;
  }
  return { nodes, height: y - top };
}
