import type { Node, Point, Position } from 'unist';
import type { TextBlock } from './split.js';

/**
 * Where the lines of one parsed unit start, counted as micromark counts them: a line
 * ends at `\n`, `\r\n` or a lone `\r`. Offsets and lines are the document's.
 */
export class UnitLines {
  /** Offset at which each line of the unit starts; starts[0] is the unit's start, on line `firstLine`. */
  readonly starts: number[];

  constructor(text: string, startOffset: number, readonly firstLine: number) {
    const starts = [startOffset];
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 0x0a || (code === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) starts.push(startOffset + i + 1);
    }
    this.starts = starts;
  }

  /** The point at an offset in the unit (or at its end). */
  pointAt(offset: number): Point {
    const starts = this.starts;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: this.firstLine + low, column: offset - starts[low] + 1, offset };
  }

  /** Whether `pointAt(point.offset)` gives this very point: then an OffsetPosition may stand for it. */
  gives(point: Point): boolean {
    const index = point.line - this.firstLine;
    const start = this.starts[index];
    if (point.offset === undefined || start === undefined || point.offset < start) return false;
    const next = this.starts[index + 1];
    return (next === undefined || point.offset < next) && point.column === point.offset - start + 1;
  }
}

/**
 * A node's position as two offsets; `start` and `end` are made from the unit's lines when
 * read. Two offsets and a shared table take 48 bytes a node where a position object with
 * its points takes about 100 (Node's 64-bit heap, without pointer compression): a 5 MB plan
 * of ordinary sections (609,000 nodes) has a quarter less tree. A fresh point comes with every read, so writing to it changes
 * nothing: for trees nobody shifts (a one-off parse), never for the editor's.
 */
export class OffsetPosition implements Position {
  constructor(
    readonly lines: UnitLines,
    readonly startOffset: number,
    readonly endOffset: number,
  ) {}

  get start(): Point {
    return this.lines.pointAt(this.startOffset);
  }

  get end(): Point {
    return this.lines.pointAt(this.endOffset);
  }
}

/**
 * A copy of a tree with plain positions (`{start, end}` points) where it has OffsetPositions:
 * what a whole-document parse gives, to compare with it or to write out.
 */
export function withPlainPositions<T extends Node>(node: T): T {
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'position' && value instanceof OffsetPosition) copy.position = { start: value.start, end: value.end };
    else if (key === 'children' && Array.isArray(value)) copy.children = value.map((child: Node) => withPlainPositions(child));
    else copy[key] = value;
  }
  return copy as T;
}

/**
 * Parsed nodes as JSON text, each OffsetPosition as its two offsets: how a helper thread sends
 * what it parsed. Objects JSON.parse makes are a quarter smaller than those a structured clone
 * makes (which leaves room for more properties than a node has), and points need no copy. A
 * position set to undefined (the GFM autolink transform leaves some) travels as null.
 */
export function nodesToJson(lists: Node[][]): string {
  return JSON.stringify(lists, (key, value: unknown) => {
    if (key !== 'position') return value;
    return value instanceof OffsetPosition ? [value.startOffset, value.endOffset] : (value ?? null);
  });
}

/** The nodes `nodesToJson` wrote, list i parsed from `units[i]`, with OffsetPositions again. */
export function nodesFromJson<T extends Node>(json: string, units: TextBlock[]): T[][] {
  const lists = JSON.parse(json) as T[][];
  lists.forEach((nodes, index) => {
    const unit = units[index];
    const lines = new UnitLines(unit.text, unit.startOffset, unit.startLine);
    const stack: Node[] = [...nodes];
    while (stack.length > 0) {
      const node = stack.pop()!;
      const position = node.position as unknown;
      if (Array.isArray(position)) node.position = new OffsetPosition(lines, position[0] as number, position[1] as number);
      else if (position === null) node.position = undefined;
      const children = (node as { children?: Node[] }).children;
      if (children) for (const child of children) stack.push(child);
    }
  });
  return lists;
}
