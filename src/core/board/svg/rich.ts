/**
 * Rich card text (../rich.ts) as SVG lines: bullets and numbers for lists, bold and italic
 * as font weight and style, code in a monospace font, links underlined (never an <a>: an
 * exported file opens nothing). Lines are wrapped by character count; exports have no
 * layout engine.
 */
import type { RichBlock, RichInline } from '../rich';
import { s, type VNode } from '../vnode';
import type { Palette } from './palette';

export const FONT = 'Segoe UI, Helvetica, Arial, Liberation Sans, DejaVu Sans, sans-serif';
export const MONO = 'Consolas, Menlo, DejaVu Sans Mono, Liberation Mono, monospace';
export const LINE = 16;
/** Roughly the width of a character at 13px, for indents. */
const CHAR_WIDTH = 7;

interface Style {
  bold?: boolean;
  italic?: boolean;
  code?: boolean;
  link?: boolean;
  strike?: boolean;
}

export interface Run extends Style {
  text: string;
}

export interface Line {
  /** In characters. */
  indent: number;
  runs: Run[];
}

interface Unit {
  indent: number;
  /** Bullet or number in front of the first line; later lines line up after it. */
  marker: string;
  runs: Run[];
  /** Code keeps its lines as they are (cut, never joined). */
  pre: boolean;
}

/** Lays out rich blocks in lines of at most `maxChars` characters, at most `maxLines` lines. */
export function richLines(blocks: RichBlock[], maxChars: number, maxLines: number): Line[] {
  const lines: Line[] = [];
  for (const unit of units(blocks, 0)) {
    if (lines.length > maxLines) break;
    lines.push(...(unit.pre ? preLines(unit, maxChars) : wrapUnit(unit, maxChars)));
  }
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1];
  kept[maxLines - 1] = { ...last, runs: [...last.runs, { text: '…' }] };
  return kept;
}

function units(blocks: RichBlock[], indent: number): Unit[] {
  const out: Unit[] = [];
  for (const block of blocks) {
    switch (block.type) {
      case 'paragraph':
        out.push({ indent, marker: '', runs: runsOf(block.children, {}), pre: false });
        break;
      case 'code':
        out.push({ indent, marker: '', runs: [{ text: block.value, code: true }], pre: true });
        break;
      case 'quote':
        out.push(...units(block.children, indent + 2).map((unit) => ({ ...unit, runs: unit.runs.map((run) => ({ ...run, italic: true })) })));
        break;
      case 'list':
        block.items.forEach((item, index) => {
          const marker = block.ordered ? `${block.start + index}. ` : '• ';
          const inner = units(item, indent + marker.length);
          if (inner.length === 0 || inner[0].marker) inner.unshift({ indent: indent + marker.length, marker: '', runs: [], pre: false });
          inner[0] = { ...inner[0], indent, marker };
          out.push(...inner);
        });
        break;
    }
  }
  return out;
}

function runsOf(nodes: RichInline[], style: Style): Run[] {
  return nodes.flatMap((node): Run[] => {
    switch (node.type) {
      case 'text':
        return [{ ...style, text: node.value }];
      case 'inlineCode':
        return [{ ...style, code: true, text: node.value }];
      case 'break':
        return [{ text: '\n' }];
      case 'strong':
        return runsOf(node.children, { ...style, bold: true });
      case 'emphasis':
        return runsOf(node.children, { ...style, italic: true });
      case 'delete':
        return runsOf(node.children, { ...style, strike: true });
      case 'link':
        return runsOf(node.children, { ...style, link: true });
    }
  });
}

/** Greedy word wrap over styled runs; a word longer than a line is cut. */
function wrapUnit(unit: Unit, maxChars: number): Line[] {
  const lines: Line[] = [];
  const first = unit.indent;
  const rest = unit.indent + unit.marker.length;
  let current: Run[] = unit.marker ? [{ text: unit.marker }] : [];
  let length = 0;
  let pendingSpace = false;
  const width = () => maxChars - (lines.length === 0 ? first + unit.marker.length : rest);
  const flush = () => {
    lines.push({ indent: lines.length === 0 ? first : rest, runs: merge(current) });
    current = [];
    length = 0;
    pendingSpace = false;
  };
  for (const run of unit.runs) {
    if (run.text === '\n') {
      flush();
      continue;
    }
    for (const token of run.text.split(/(\s+)/)) {
      if (token === '') continue;
      if (/^\s+$/.test(token)) {
        pendingSpace = length > 0;
        continue;
      }
      let word = token;
      const { text: _text, ...style } = run;
      for (;;) {
        const space = pendingSpace ? 1 : 0;
        if (length > 0 && length + space + word.length > width()) flush();
        const room = Math.max(1, width() - length - (pendingSpace ? 1 : 0));
        const piece = word.slice(0, room);
        // A space between two words of one style stays inside their run ("**Sanne Bakker**").
        const before = current[current.length - 1];
        if (pendingSpace && before && sameStyle(before, style)) current.push({ ...style, text: ` ${piece}` });
        else current.push(...(pendingSpace ? [{ text: ' ' }] : []), { ...style, text: piece });
        length += (pendingSpace ? 1 : 0) + piece.length;
        pendingSpace = false;
        word = word.slice(piece.length);
        if (!word) break;
        flush();
      }
    }
  }
  if (current.length > 0 || lines.length === 0) flush();
  return lines;
}

function preLines(unit: Unit, maxChars: number): Line[] {
  const text = unit.runs.map((run) => run.text).join('');
  const room = Math.max(8, maxChars - unit.indent);
  return text.split('\n').map((line) => ({
    indent: unit.indent,
    runs: [{ code: true, text: (line.length > room ? `${line.slice(0, room - 1)}…` : line).replace(/\t/g, '  ') }],
  }));
}

/** Neighbouring runs of one style become one. */
function merge(runs: Run[]): Run[] {
  const out: Run[] = [];
  for (const run of runs) {
    const last = out[out.length - 1];
    if (last && sameStyle(last, run)) out[out.length - 1] = { ...last, text: last.text + run.text };
    else out.push({ ...run });
  }
  return out;
}

function sameStyle(a: Style, b: Style): boolean {
  return !!a.bold === !!b.bold && !!a.italic === !!b.italic && !!a.code === !!b.code && !!a.link === !!b.link && !!a.strike === !!b.strike;
}

/** The lines as one <text> with a <tspan> per line and per styled run. */
export function richText(lines: Line[], x: number, y: number, palette: Palette, options: { size?: number; fill?: string } = {}): VNode {
  return s('text', { x, y, 'font-family': FONT, 'font-size': options.size ?? 13, fill: options.fill ?? palette.text, 'xml:space': 'preserve' },
    lines.map((line, index) => s('tspan', { x: x + line.indent * CHAR_WIDTH, dy: index === 0 ? 0 : LINE },
      line.runs.map((run) => (isPlain(run) ? run.text : s('tspan', {
        'font-weight': run.bold ? 'bold' : undefined,
        'font-style': run.italic ? 'italic' : undefined,
        'font-family': run.code ? MONO : undefined,
        fill: run.code ? palette.code : run.link ? palette.link : undefined,
        'text-decoration': run.link ? 'underline' : run.strike ? 'line-through' : undefined,
      }, run.text))))));
}

function isPlain(run: Run): boolean {
  return !run.bold && !run.italic && !run.code && !run.link && !run.strike;
}
