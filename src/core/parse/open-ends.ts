import type { Nodes, RootContent } from 'mdast';
import type { ParsedBlock } from './incremental.js';
import type { Reparse } from './definitions.js';
import { fenceCloser, HTML_UNTIL_MARKER, splitBlocks, type TextBlock } from './split.js';
import { LIMITS, notice, plainNodes } from './guard.js';

/**
 * The splitter reads fences and HTML blocks line by line without the full grammar, so
 * it can be fooled (a lazy `</pre>` line in a quote looks like an HTML block to it, and
 * hides the fence that opens on the next line). What gives such a mistake away is a
 * block whose parse ends inside a fence, or in an HTML block that would go on into the
 * next block: that block is joined with the next ones and parsed again, until it ends cleanly
 * (or grows past the guard's limit and is read as plain text).
 *
 * Past the limit, a fence or HTML block at the top level of the document runs to its closing
 * line (or to the end of the document) whatever lies between, so all of it is read as plain
 * text at once, and the text after the closing line is split and parsed afresh. Units not yet
 * parsed (`TextBlock`s) are parsed with `parse` only when their turn comes, so the units such
 * a block swallows are never parsed: a hidden fence at the top of a 9 MB plan costs a second,
 * not a parse of the 9 MB that the parser would read as code anyway.
 */
export function joinOpenBlocks(parsed: Array<ParsedBlock | TextBlock>, reparse: Reparse, parse: (unit: TextBlock) => ParsedBlock): ParsedBlock[] {
  const queue = parsed.slice();
  const result: ParsedBlock[] = [];
  let index = 0;
  while (index < queue.length) {
    const next = queue[index++];
    let current = 'nodes' in next ? next : parse(next);
    let open: OpenEnd | undefined;
    while (index < queue.length && (open = openEnd(current))) {
      // Take at least as much text again as the block holds: a fence left open to the end of
      // a large plan then costs a few parses of growing size, not one parse per block.
      let text = current.text;
      while (index < queue.length && text.length < 2 * current.text.length) text += queue[index++].text;
      if (text.length > LIMITS.block) {
        if (open.closer) {
          // A top-level block left open ends only at its closing line: take every unit up to it,
          // and put the text after that line back in the queue, split afresh.
          const pieces = [text];
          let end = lineAfter(text, open.closer, open.from);
          while (end === -1 && index < queue.length) {
            const unit = queue[index++].text;
            end = lineAfter(unit, open.closer, -1);
            pieces.push(unit);
          }
          text = pieces.join('');
          if (end !== -1) {
            end += text.length - pieces[pieces.length - 1].length;
            queue.splice(index, 0, ...splitAfter(current, text, end));
            text = text.slice(0, end);
          }
          // What comes before the open block was parsed whole and stays as it was.
          const runaway = { text: text.slice(open.from), startOffset: current.startOffset + open.from, startLine: current.startLine + countBreaks(text, open.from) };
          const reason = notice(runaway, 'a fenced code block or HTML block left open', runaway.startLine);
          current = { text, startOffset: current.startOffset, startLine: current.startLine, nodes: [...current.nodes.slice(0, -1), ...plainNodes(runaway)], notice: reason };
          break;
        }
        const joined = { text, startOffset: current.startOffset, startLine: current.startLine };
        current = { ...joined, nodes: plainNodes(joined), notice: notice(joined, 'a fenced code block or HTML block left open', joined.startLine) };
        break;
      }
      current = reparse({ text, startOffset: current.startOffset, startLine: current.startLine }, text, 0);
    }
    result.push(current);
  }
  return result;
}

/**
 * When `block`, unit `index` of `units`, ends in a top-level fence or HTML block left open
 * whose closing line lies more than twice the guard's limit further on, the index of the unit
 * that holds that line (or of the last unit): joinOpenBlocks reads the units up to it as plain
 * text with this one, so a caller that parses units ahead (split-parse.ts) can skip them.
 */
export function runawayEnd(block: ParsedBlock, units: TextBlock[], index: number): number | undefined {
  const open = openEnd(block);
  if (!open?.closer) return undefined;
  let size = block.text.length - open.from;
  let last = index + 1;
  for (; last < units.length && lineAfter(units[last].text, open.closer, -1) === -1; last++) size += units[last].text.length;
  return size > 2 * LIMITS.block ? Math.min(last, units.length - 1) : undefined;
}

interface OpenEnd {
  /**
   * For a fence or marker-closed HTML block at the top level: the pattern of the line that
   * closes it. Inside a list or quote the container's end closes it too, which no line
   * pattern tells, so there it is absent.
   */
  closer?: RegExp;
  /** Where in the block's text the open block starts: its closing line comes after. */
  from: number;
}

/** The fence or HTML block left open as the block's last node, or the last node inside it. */
function openEnd(block: ParsedBlock): OpenEnd | undefined {
  let node: Nodes | undefined = block.nodes[block.nodes.length - 1];
  for (let depth = 0; node; depth++) {
    const raw = sourceOf(block, node);
    const from = (node.position?.start.offset ?? 0) - block.startOffset;
    const topLevel = depth === 0 && (node.position?.start.column ?? 1) <= 4;
    if (node.type === 'code' && isOpenFence(raw)) return { closer: topLevel ? fenceCloser(raw.split('\n')[0]) : undefined, from };
    if (node.type === 'html' && isOpenHtml(block, node, raw)) return { closer: topLevel ? HTML_UNTIL_MARKER.find(([start]) => start.test(raw))?.[1] : undefined, from };
    const children: RootContent[] | undefined = 'children' in node ? (node.children as RootContent[]) : undefined;
    node = children?.[children.length - 1];
  }
  return undefined;
}

/**
 * Where the first line of `text` after the one holding offset `from` (every line when it is -1)
 * that matches `closer` ends, past its line break; -1 when no line does.
 */
function lineAfter(text: string, closer: RegExp, from: number): number {
  let start = from < 0 ? 0 : text.indexOf('\n', from) + 1;
  if (start === 0 && from >= 0) return -1;
  while (start < text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    if (closer.test(text.slice(start, end).replace(/\r$/, ''))) return newline === -1 ? end : end + 1;
    start = end + 1;
  }
  return -1;
}

/** The text of `block` (now `text`) after offset `end`, split into blocks as the splitter would split a document. */
function splitAfter(block: TextBlock, text: string, end: number): TextBlock[] {
  if (end >= text.length) return [];
  const startLine = block.startLine + countBreaks(text, end);
  return splitBlocks(text.slice(end)).map((part) => ({ text: part.text, startOffset: block.startOffset + end + part.startOffset, startLine: startLine + part.startLine - 1 }));
}

/** Line breaks in `text` before offset `end`. */
function countBreaks(text: string, end: number): number {
  let count = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) count++;
  return count;
}

/**
 * An HTML block that only its end marker closes (`<!--`, `<pre>` …) and that lacks it, or one
 * that a blank line closes (`<div>` …) with no blank line after it in the block: either would
 * go on into the next block.
 */
function isOpenHtml(block: ParsedBlock, node: Nodes, raw: string): boolean {
  const marked = HTML_UNTIL_MARKER.find(([start]) => start.test(raw));
  if (marked) return !marked[1].test(raw.replace(marked[0], ''));
  const after = block.text.slice((node.position?.end.offset ?? 0) - block.startOffset);
  return !/\n[ \t]*\r?\n/.test(after);
}

function sourceOf(block: ParsedBlock, node: Nodes): string {
  const start = (node.position?.start.offset ?? 0) - block.startOffset;
  const end = (node.position?.end.offset ?? 0) - block.startOffset;
  return block.text.slice(start, end);
}

/** A fenced code block whose closing fence is missing (container marks such as `>` stripped). */
function isOpenFence(raw: string): boolean {
  const lines = raw.split('\n');
  const close = fenceCloser(lines[0]);
  if (!close) return false;
  return lines.length < 2 || !close.test(lines[lines.length - 1].replace(/\r$/, '').replace(/^[\s>]*/, ''));
}
