import type { Root, RootContent } from 'mdast';
import type { Node, Point, Position } from 'unist';
import { parseMarkdown } from './processor.js';
import { splitBlocks, type TextBlock } from './split.js';
import { completeDefinitions, type Reparse } from './definitions.js';
import { joinOpenBlocks } from './open-ends.js';
import { checkUnit, plainNodes, type ParseNotice } from './guard.js';
import { OffsetPosition, UnitLines } from './positions.js';

/** One parsed block; its nodes carry positions in the whole document. */
export interface ParsedBlock extends TextBlock {
  nodes: RootContent[];
  /** Set when the block was too complex to parse and was read as plain text (guard.ts). */
  notice?: ParseNotice;
}

export interface ParseResult {
  root: Root;
  blocks: ParsedBlock[];
  /** How many blocks were parsed anew (the rest came from the cache). */
  parsedCount: number;
  /** Parts read as plain text because they were too complex to parse; empty for ordinary plans. */
  notices: ParseNotice[];
}

/**
 * Parses a document block by block and keeps the parsed blocks, so that after an
 * edit only the blocks whose text changed are parsed again. One instance per
 * document; `parse` may be called with every new version of the text. Reused
 * nodes are shifted in place, so a caller keeps only the latest result.
 */
export class IncrementalParser {
  private cache = new Map<string, ParsedBlock[]>();

  parse(text: string): ParseResult {
    const nextCache = new Map<string, ParsedBlock[]>();
    let parsedCount = 0;
    const take = (block: TextBlock, parsedText: string, prefix = 0): ParsedBlock => {
      const key = prefix === 0 ? parsedText : `${prefix}\u0000${parsedText}`;
      const reused = takeCached(this.cache, key);
      let parsed: ParsedBlock;
      if (reused) {
        shiftNodes(reused.nodes, block.startLine - reused.startLine, block.startOffset - reused.startOffset);
        parsed = { ...reused, startLine: block.startLine, startOffset: block.startOffset };
      } else {
        parsed = parseBlock(block, parsedText, prefix);
        parsedCount++;
      }
      const list = nextCache.get(key);
      if (list) list.push(parsed);
      else nextCache.set(key, [parsed]);
      return parsed;
    };
    const first = splitBlocks(text).map((block) => take(block, block.text));
    const result = joinParsed(text, first, take);
    this.cache = nextCache;
    return { ...result, parsedCount };
  }
}

/**
 * One tree from blocks parsed each on its own, in document order; blocks that use a
 * definition made in another block are parsed again (with `reparse`) to see it.
 */
export function joinParsed(text: string, firstParse: Array<ParsedBlock | TextBlock>, reparse: Reparse = parseBlock): ParseResult {
  const parsed = completeDefinitions(joinOpenBlocks(firstParse, reparse, parseUnit), reparse);
  const root: Root = {
    type: 'root',
    children: parsed.flatMap((block) => block.nodes),
    position: {
      start: { line: 1, column: 1, offset: 0 },
      end: endPoint(text),
    },
  };
  const parsedFirst = firstParse.filter((block) => 'nodes' in block).length;
  return { root, blocks: parsed, parsedCount: parsedFirst + countNew(parsed, firstParse), notices: collectNotices(parsed) };
}

/** Notices of the blocks read as plain text; a hostile file can have thousands, the user needs a few. */
const MAX_NOTICES = 10;

function collectNotices(parsed: ParsedBlock[]): ParseNotice[] {
  const notices = parsed.flatMap((block) => (block.notice ? [block.notice] : []));
  if (notices.length <= MAX_NOTICES) return notices;
  const rest = notices.length - MAX_NOTICES + 1;
  return [...notices.slice(0, MAX_NOTICES - 1), { message: `too complex to check: ${rest} more parts read as plain text`, line: notices[MAX_NOTICES - 1].line }];
}

/**
 * The size of the units a one-off parse hands to the parser. micromark's cost per
 * character grows with the size of its input (a 5 MB plan: about 100 s whole), and
 * each call has a fixed cost. On a 5 MB plan runs of whole blocks of 4 to 16 KB were
 * the cheapest (measured 2 to 64 KB, and single blocks); on a plan dense with links,
 * 2-4 KB (micromark splices its event list for each link it resolves). The tests
 * hold this parse to the tree of a whole-document parse.
 */
export const PARSE_UNIT = 4 * 1024;

function countNew(parsed: ParsedBlock[], firstParse: Array<ParsedBlock | TextBlock>): number {
  const first = new Set(firstParse);
  return parsed.filter((block) => !first.has(block)).length;
}

/** Parses without keeping anything, the cheapest way for the text's size: for one-off use (the CLI). */
export function parseDocument(text: string): ParseResult {
  if (text.length <= PARSE_UNIT) {
    const whole: TextBlock = { text, startOffset: 0, startLine: 1 };
    if (checkUnit(whole)) return joinParsed(text, splitBlocks(text));
    const root = parseMarkdown(text);
    const block: ParsedBlock = { ...whole, nodes: root.children };
    return { root, blocks: [block], parsedCount: 1, notices: [] };
  }
  // Units are parsed in order as they are joined: those that a runaway fence turns into plain text never are.
  return joinParsed(text, parseUnits(text));
}

/**
 * The units a one-off parse of a large text consists of. Each parses on its own
 * (`parseUnit`), so a caller may spread them over threads and `joinParsed` the results.
 */
export function parseUnits(text: string): TextBlock[] {
  return joinBlocks(text, splitBlocks(text), PARSE_UNIT);
}

/** Joins runs of adjacent blocks up to `limit` characters; a run of whole blocks splits as safely as one block. */
export function joinBlocks(text: string, blocks: TextBlock[], limit: number): TextBlock[] {
  const units: TextBlock[] = [];
  let first = blocks[0];
  let end = first.startOffset + first.text.length;
  for (const block of blocks.slice(1)) {
    const blockEnd = block.startOffset + block.text.length;
    if (blockEnd - first.startOffset > limit) {
      units.push({ text: text.slice(first.startOffset, end), startOffset: first.startOffset, startLine: first.startLine });
      first = block;
    }
    end = blockEnd;
  }
  units.push({ text: text.slice(first.startOffset, end), startOffset: first.startOffset, startLine: first.startLine });
  return units;
}

export function parseUnit(unit: TextBlock): ParsedBlock {
  if (!checkUnit(unit)) return compact(parseChecked(unit, unit.text));
  // Too complex as a whole: parse its blocks one by one, so only the culprit is read as plain
  // text, as in the editor's block-wise parse. A unit starts where the splitter's state is plain.
  const blocks = splitBlocks(unit.text).map((block) => parseBlock({ text: block.text, startOffset: unit.startOffset + block.startOffset, startLine: unit.startLine + block.startLine - 1 }, block.text));
  return { ...unit, nodes: blocks.flatMap((block) => block.nodes), notice: blocks.find((block) => block.notice)?.notice };
}

function parseBlock(block: TextBlock, parsedText: string, prefix = 0): ParsedBlock {
  // The guard: a unit past the limits would take the parser minutes (or the stack), so it is read as plain text.
  const notice = checkUnit(block);
  if (notice) return { text: block.text, startOffset: block.startOffset, startLine: block.startLine, nodes: plainNodes(block), notice };
  return parseChecked(block, parsedText, prefix);
}

function parseChecked(block: TextBlock, parsedText: string, prefix = 0): ParsedBlock {
  const tree = parseMarkdown(parsedText);
  // Drop the definition stubs: they lie before or after the block's own text.
  const nodes = tree.children.filter((node) => {
    const start = node.position?.start.offset ?? 0;
    return start >= prefix && start < prefix + block.text.length;
  });
  const prefixLines = prefix === 0 ? 0 : parsedText.slice(0, prefix).split('\n').length - 1;
  shiftNodes(nodes, block.startLine - 1 - prefixLines, block.startOffset - prefix);
  return { text: block.text, startOffset: block.startOffset, startLine: block.startLine, nodes };
}

/**
 * Makes a one-off parse's tree smaller, the same to read: each position becomes two offsets
 * whose points are made from the unit's lines when read (positions.ts; positions were over
 * half of a tree), and child lists lose the spare room `push` left (a fifth of the tree).
 * A position whose points the lines do not give (none was seen) keeps its points, shared
 * with other nodes at the same offset. A 5 MB plan of ordinary sections: 182 MB, 119 MB with
 * shared points alone, now 91 MB. Only for trees nobody shifts again (not the editor's: a
 * shift must move the points themselves).
 */
function compact(block: ParsedBlock): ParsedBlock {
  const lines = new UnitLines(block.text, block.startOffset, block.startLine);
  const points = new Map<number, Point>();
  const share = (point: Point) => {
    const known = points.get(point.offset!);
    if (known) return known;
    points.set(point.offset!, point);
    return point;
  };
  const copy = (node: Node): Node => {
    const position = node.position;
    let compactPosition: Position | undefined = position;
    if (position) {
      if (lines.gives(position.start) && lines.gives(position.end)) compactPosition = new OffsetPosition(lines, position.start.offset!, position.end.offset!);
      else {
        position.start = share(position.start);
        position.end = share(position.end);
      }
    }
    const children = (node as { children?: Node[] }).children;
    return freshNode(node, compactPosition, children?.map(copy));
  };
  return { ...block, nodes: block.nodes.map(copy) as RootContent[] };
}

type Fields = Record<string, unknown>;
type Shape = (node: Fields, position: unknown, children: unknown) => Node;
/** Literals for the shapes mdast-util-from-markdown gives (keys in its order): each makes an object with room for its fields only. */
const SHAPES = new Map<string, Shape>([
  ['type,value,position', (node, position) => ({ type: node.type as string, value: node.value, position }) as Node],
  ['type,children,position', (node, position, children) => ({ type: node.type as string, children, position }) as Node],
  ['type,spread,checked,children,position', (node, position, children) => ({ type: node.type as string, spread: node.spread, checked: node.checked, children, position }) as Node],
  ['type,depth,children,position', (node, position, children) => ({ type: node.type as string, depth: node.depth, children, position }) as Node],
  ['type,ordered,start,spread,children,position', (node, position, children) => ({ type: node.type as string, ordered: node.ordered, start: node.start, spread: node.spread, children, position }) as Node],
  ['type,title,url,children,position', (node, position, children) => ({ type: node.type as string, title: node.title, url: node.url, children, position }) as Node],
  ['type,align,children,position', (node, position, children) => ({ type: node.type as string, align: node.align, children, position }) as Node],
]);

/**
 * A copy of `node` with its new position and children, the rest the same (other shapes are
 * spread). The copies are made together right after the parse, so the tree lies packed in the
 * heap, not spread between the parser's dead objects: a 5 MB plan peaks about 10 MB lower.
 */
function freshNode(node: Node, position: Position | undefined, children: Node[] | undefined): Node {
  const shape = SHAPES.get(Object.keys(node).join(','));
  if (shape) return shape(node as unknown as Fields, position, children);
  const fresh = { ...node } as Node & { children?: Node[] };
  if (position) fresh.position = position;
  if (children) fresh.children = children;
  return fresh;
}

function takeCached(cache: Map<string, ParsedBlock[]>, key: string): ParsedBlock | undefined {
  const list = cache.get(key);
  return list && list.length > 0 ? list.shift() : undefined;
}

function shiftNodes(nodes: Node[], lineDelta: number, offsetDelta: number): void {
  if (lineDelta === 0 && offsetDelta === 0) return;
  const stack: Node[] = [...nodes];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const position = node.position;
    if (position) {
      position.start.line += lineDelta;
      position.end.line += lineDelta;
      if (position.start.offset !== undefined) position.start.offset += offsetDelta;
      if (position.end.offset !== undefined) position.end.offset += offsetDelta;
    }
    const children = (node as { children?: Node[] }).children;
    if (children) for (const child of children) stack.push(child);
  }
}

function endPoint(text: string) {
  let line = 1;
  let lastBreak = -1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    line++;
    lastBreak = i;
  }
  return { line, column: text.length - lastBreak, offset: text.length };
}
