/**
 * The board as a JSON Canvas file (jsoncanvas.org, version 1.0; Obsidian opens it): a text node
 * per question card coloured by its status, a group per HKW cluster with its notes and votes,
 * and for a Build Your Vehicle plan the car's parts around the vehicle, joined by edges.
 */
import type { Status } from '../model/plan.js';
import { inertMarkdown } from './inert.js';

/** What the export needs of a board; the canvas's BoardModel has this shape. */
export interface ExportBoard {
  title: string;
  kind: string;
  language: 'nl' | 'en';
  cards: ExportCard[];
  notes: Array<{ text: string; cluster: string; votes: number }>;
  voteWord: string;
  vehicle: ExportCard[];
}

export interface ExportCard {
  questionId: string;
  heading: string;
  status: Status;
  answer: string;
}

export type CanvasColor = '1' | '2' | '3' | '4' | '5' | '6';

export interface CanvasNode {
  id: string;
  type: 'text' | 'group';
  x: number;
  y: number;
  width: number;
  height: number;
  color?: CanvasColor;
  text?: string;
  label?: string;
}

export interface CanvasEdge {
  id: string;
  fromNode: string;
  toNode: string;
  fromSide?: 'top' | 'right' | 'bottom' | 'left';
  toSide?: 'top' | 'right' | 'bottom' | 'left';
  toEnd?: 'none' | 'arrow';
  label?: string;
}

export interface JsonCanvas {
  nodes: CanvasNode[];
  edges: CanvasEdge[];
}

/** The spec's preset colours: 1 red, 3 yellow, 4 green. */
const STATUS_COLOR: Record<Status, CanvasColor> = { missing: '1', weak: '3', answered: '4' };

const WORDS = {
  nl: {
    status: { answered: '✓ beantwoord', weak: '~ zwak', missing: '✗ ontbreekt' },
    parts: { bestuurder: 'stuurt', passagiers: 'rijden mee', chassis: 'rust op', motor: 'drijft aan', brandstof: 'loopt op', weg: 'rijdt over' } as Record<string, string>,
    noCluster: 'Zonder cluster',
  },
  en: {
    status: { answered: '✓ answered', weak: '~ weak', missing: '✗ missing' },
    parts: { bestuurder: 'steers', passagiers: 'ride along', chassis: 'rests on', motor: 'drives', brandstof: 'runs on', weg: 'travels on' } as Record<string, string>,
    noCluster: 'No cluster',
  },
};

const CARD = { width: 400, gap: 40, columns: 4 };
const NOTE = { width: 320, height: 120, gap: 20, padding: 30 };

export function boardCanvas(board: ExportBoard): JsonCanvas {
  const canvas: JsonCanvas = { nodes: [], edges: [] };
  const vehicleIds = new Set(board.kind === 'vehicle' ? board.vehicle.map((card) => card.questionId) : []);
  let y = placeCards(canvas, board, board.cards.filter((card) => !vehicleIds.has(card.questionId)), 0);
  if (vehicleIds.size > 0) y = placeVehicle(canvas, board, y);
  placeClusters(canvas, board, y);
  return canvas;
}

/** Cards in rows of four; returns the y below the last row. */
function placeCards(canvas: JsonCanvas, board: ExportBoard, cards: ExportCard[], top: number): number {
  let rowTop = top;
  for (let row = 0; row * CARD.columns < cards.length; row++) {
    const rowCards = cards.slice(row * CARD.columns, (row + 1) * CARD.columns);
    const height = Math.max(...rowCards.map((card) => cardHeight(cardText(board, card))));
    rowCards.forEach((card, column) => {
      canvas.nodes.push(cardNode(board, card, `card-${card.questionId}`, column * (CARD.width + CARD.gap), rowTop, height));
    });
    rowTop += height + CARD.gap;
  }
  return rowTop;
}

/** The vehicle in the middle, its parts above, beside and below it, an edge from each saying what it does. */
function placeVehicle(canvas: JsonCanvas, board: ExportBoard, top: number): number {
  const words = WORDS[board.language];
  const column = CARD.width + CARD.gap;
  const parts = board.vehicle.map((card) => ({ card, height: cardHeight(cardText(board, card)) }));
  const tallest = (list: typeof parts) => Math.max(0, ...list.map((part) => part.height));
  const hubY = top + tallest(parts.slice(0, 2)) + CARD.gap * 2;
  const hub: CanvasNode = { id: 'vehicle', type: 'text', x: column, y: hubY, width: 2 * CARD.width + CARD.gap, height: 160, color: '5', text: `# ${inline(board.title) || '🚗'}` };
  canvas.nodes.push(hub);
  const bottomY = hubY + Math.max(hub.height, tallest(parts.slice(2, 4))) + CARD.gap * 2;
  // Driver and passengers above, chassis and engine beside, fuel and road below (REQUIRED_QUESTIONS.vehicle order).
  const slots: Array<{ x: number; y: number; side: 'top' | 'right' | 'bottom' | 'left' }> = [
    { x: 0, y: top, side: 'top' }, { x: 2 * column, y: top, side: 'top' },
    { x: -column, y: hubY, side: 'left' }, { x: 3 * column, y: hubY, side: 'right' },
    { x: 0, y: bottomY, side: 'bottom' }, { x: 2 * column, y: bottomY, side: 'bottom' },
  ];
  let bottom = bottomY;
  parts.forEach(({ card, height }, index) => {
    const slot = slots[index] ?? { x: 4 * column, y: top + index * (CARD.gap + 200), side: 'right' as const };
    const id = `vehicle-${card.questionId}`;
    canvas.nodes.push(cardNode(board, card, id, slot.x, slot.y, height));
    canvas.edges.push({ id: `edge-${card.questionId}`, fromNode: id, toNode: hub.id, toSide: slot.side, toEnd: 'arrow', label: words.parts[card.questionId] ?? card.heading });
    bottom = Math.max(bottom, slot.y + height);
  });
  return bottom + CARD.gap * 2;
}

/** One group per cluster (the heading the notes stand under), labelled with its votes. */
function placeClusters(canvas: JsonCanvas, board: ExportBoard, top: number): void {
  const clusters = new Map<string, ExportBoard['notes']>();
  for (const note of board.notes) {
    const list = clusters.get(note.cluster);
    if (list) list.push(note);
    else clusters.set(note.cluster, [note]);
  }
  let x = 0;
  [...clusters].forEach(([cluster, notes], index) => {
    const votes = notes.reduce((sum, note) => sum + note.votes, 0);
    const height = NOTE.padding * 2 + notes.length * (NOTE.height + NOTE.gap) - NOTE.gap;
    const label = `${plainLabel(cluster) || WORDS[board.language].noCluster} — ${plainLabel(board.voteWord)}: ${votes}`;
    canvas.nodes.push({ id: `cluster-${index + 1}`, type: 'group', x, y: top, width: NOTE.width + NOTE.padding * 2, height, label });
    notes.forEach((note, order) => {
      const dots = note.votes > 0 ? `\n\n${board.voteWord}: ${'●'.repeat(note.votes)}` : '';
      canvas.nodes.push({
        id: `note-${index + 1}-${order + 1}`, type: 'text', x: x + NOTE.padding, y: top + NOTE.padding + order * (NOTE.height + NOTE.gap),
        width: NOTE.width, height: NOTE.height, ...(note.votes > 0 ? { color: '6' as const } : {}), text: inertMarkdown(note.text) + dots,
      });
    });
    x += NOTE.width + NOTE.padding * 2 + CARD.gap;
  });
}

function cardNode(board: ExportBoard, card: ExportCard, id: string, x: number, y: number, height: number): CanvasNode {
  return { id, type: 'text', x, y, width: CARD.width, height, color: STATUS_COLOR[card.status], text: cardText(board, card) };
}

function cardText(board: ExportBoard, card: ExportCard): string {
  const answer = inertMarkdown(card.answer);
  return `## ${inline(card.heading)}\n\n*${WORDS[board.language].status[card.status]}*${answer ? `\n\n${answer}` : ''}`;
}

/** Tall enough for the text at about 45 characters a line, within what a board shows at once. */
function cardHeight(text: string): number {
  const lines = text.split('\n').reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / 45)), 0);
  return Math.min(640, Math.max(160, 40 + lines * 26));
}

function inline(text: string): string {
  return inertMarkdown(oneLine(text));
}

/**
 * A group label is plain text, not Markdown, so it cannot be escaped the Markdown way: angle
 * brackets become look-alikes, so no tool that shows the label as HTML ever gets a tag from it.
 */
function plainLabel(text: string): string {
  return oneLine(text).replace(/</g, '‹').replace(/>/g, '›');
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
