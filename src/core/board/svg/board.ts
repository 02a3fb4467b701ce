/**
 * The board as a standalone SVG for the flip-over and the slide deck: one layout per view,
 * the colours of one explicit palette (light, dark or high contrast; exports leave the
 * editor's CSS behind), card text as rendered Markdown, all text escaped. No DOM and no
 * vscode: the canvas (webview/actions.ts) and the CLI (innovatie export board) both call it.
 */
import type { BoardModel, Card, ViewId } from '../types';
import type { Strings } from '../strings';
import { s, toMarkup, type VNode } from '../vnode';
import { carDrawing } from './car';
import { HORIZON_MONTHS } from '../types';
import { richMarkdown, richPlain } from '../rich';
import { PALETTES, type ExportTheme, type Palette } from './palette';
import { BOX_WIDTH, FONT, grid, textLines, wrap, type BoxContent } from './parts';

const COLUMNS = 4;
export const EXPORT_WIDTH = 24 * 2 + COLUMNS * BOX_WIDTH + (COLUMNS - 1) * 20;

export interface ExportedSvg {
  markup: string;
  width: number;
  height: number;
}

export function boardSvg(board: BoardModel, view: ViewId, t: Strings, theme: ExportTheme = 'light'): ExportedSvg {
  const palette = PALETTES[theme];
  const title = board.title || t.board;
  const { nodes, height } = layout(board, view, t, 70, palette);
  const total = 70 + height + 24;
  const svg = s('svg', { xmlns: 'http://www.w3.org/2000/svg', width: EXPORT_WIDTH, height: total, viewBox: `0 0 ${EXPORT_WIDTH} ${total}` },
    s('rect', { width: '100%', height: '100%', fill: palette.page }),
    textLines(wrap(`${title} — ${t.views[view]}`, 110, 1), 24, 40, palette, { size: 22, weight: 'bold' }),
    nodes);
  return { markup: `<?xml version="1.0" encoding="UTF-8"?>\n${toMarkup(svg)}\n`, width: EXPORT_WIDTH, height: total };
}

function layout(board: BoardModel, view: ViewId, t: Strings, top: number, palette: Palette): { nodes: VNode[]; height: number } {
  switch (view) {
    case 'cards':
      return grid(board.cards.map((card) => cardBox(card, t)), top, COLUMNS, 10, palette);
    case 'pitch':
      return grid(board.storyboard.map((card, index) => cardBox(card, t, t.frame(index + 1))), top, COLUMNS, 10, palette);
    case 'hkw':
      return hkwLayout(board, t, top, palette);
    case 'vehicle': {
      const car = carDrawing(board.vehicle.map((card) => card.heading), { x: (EXPORT_WIDTH - 420 * 1.2) / 2, y: top, scale: 1.2, colours: palette.car });
      const parts = grid(board.vehicle.map((card, index) => cardBox(card, t, String(index + 1))), top + 300, 3, 12, palette);
      return { nodes: [car, ...parts.nodes], height: 300 + parts.height };
    }
    case 'crystal':
      return crystalLayout(board, t, top, palette);
  }
}

function cardBox(card: Card, t: Strings, kicker?: string): BoxContent {
  const body = card.rich.length > 0 ? card.rich : richPlain(card.answer || t.noAnswer);
  return { title: card.heading, kicker, status: card.status, statusWord: t.status[card.status], body };
}

function hkwLayout(board: BoardModel, t: Strings, top: number, palette: Palette): { nodes: VNode[]; height: number } {
  const contents: BoxContent[] = board.notes.map((note) => ({
    title: note.cluster || t.noCluster,
    body: richMarkdown(note.text),
    footer: note.votes > 0 ? `${'●'.repeat(Math.min(note.votes, 30))}  ${t.votes(note.votes)}` : t.votes(0),
  }));
  if (contents.length === 0) return { nodes: [textLines([t.noNotes], 24, top + 20, palette)], height: 40 };
  return grid(contents, top, COLUMNS, 6, palette, true);
}

function crystalLayout(board: BoardModel, t: Strings, top: number, palette: Palette): { nodes: VNode[]; height: number } {
  const left = 60;
  const width = EXPORT_WIDTH - 2 * left;
  const axisY = top + 40;
  const xOf = (month: number) => left + (Math.max(0, Math.min(HORIZON_MONTHS, month)) * width) / HORIZON_MONTHS;
  const startYear = Number(board.timeline.now.slice(0, 4));
  const nodes: VNode[] = [
    s('line', { x1: left, y1: axisY, x2: left + width, y2: axisY, stroke: palette.axis, 'stroke-width': 3 }),
    textLines([`${t.now} (${board.timeline.now})`], left, axisY - 14, palette, { size: 13, weight: 'bold' }),
    s('text', { x: left + width, y: axisY - 14, 'text-anchor': 'end', 'font-family': FONT, 'font-size': 13, 'font-weight': 'bold', fill: palette.text }, t.fiveYears),
    ...[1, 2, 3, 4].map((year) => s('g', {},
      s('line', { x1: xOf(year * 12), y1: axisY - 6, x2: xOf(year * 12), y2: axisY + 6, stroke: palette.axis }),
      s('text', { x: xOf(year * 12), y: axisY + 22, 'text-anchor': 'middle', 'font-family': FONT, 'font-size': 12, fill: palette.text }, String(startYear + year)))),
  ];
  // Items take turns on four label rows so neighbours do not overlap.
  board.timeline.items.forEach((item, index) => {
    const x = xOf(item.month);
    const row = index % 4;
    const y = axisY + 50 + row * 70;
    nodes.push(
      s('circle', { cx: x, cy: axisY, r: 6, fill: palette.dot }),
      s('line', { x1: x, y1: axisY + 6, x2: x, y2: y - 14, stroke: palette.guide, 'stroke-dasharray': '3 3' }),
      textLines([item.when, ...wrap(item.text, 30, 2)], Math.min(x, left + width - 200), y, palette, { size: 12 }),
    );
  });
  const used = board.timeline.items.length > 0 ? 50 + Math.min(4, board.timeline.items.length) * 70 : 60;
  const ends = [board.timeline.start, board.timeline.horizon].filter((card): card is Card => card !== undefined);
  const cards = grid(ends.map((card) => cardBox(card, t)), axisY + used, 2, 8, palette);
  return { nodes: [...nodes, ...cards.nodes], height: 40 + used + cards.height };
}
