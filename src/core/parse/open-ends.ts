import type { Nodes, RootContent } from 'mdast';
import type { ParsedBlock } from './incremental.js';
import type { Reparse } from './definitions.js';
import { fenceCloser, HTML_UNTIL_MARKER } from './split.js';
import { LIMITS, notice, plainNodes } from './guard.js';

/**
 * The splitter reads fences and HTML blocks line by line without the full grammar, so
 * it can be fooled (a lazy `</pre>` line in a quote looks like an HTML block to it, and
 * hides the fence that opens on the next line). What gives such a mistake away is a
 * block whose parse ends inside a fence, or in an HTML block that would go on into the
 * next block: that block is joined with the next ones and parsed again, until it ends cleanly
 * (or grows past the guard's limit and is read as plain text).
 */
export function joinOpenBlocks(parsed: ParsedBlock[], reparse: Reparse): ParsedBlock[] {
  const result: ParsedBlock[] = [];
  let index = 0;
  while (index < parsed.length) {
    let current = parsed[index++];
    while (index < parsed.length && endsOpen(current)) {
      // Take at least as much text again as the block holds: a fence left open to the end of
      // a large plan then costs a few parses of growing size, not one parse per block.
      let text = current.text;
      while (index < parsed.length && text.length < 2 * current.text.length) text += parsed[index++].text;
      const joined = { text, startOffset: current.startOffset, startLine: current.startLine };
      if (text.length > LIMITS.block) {
        current = { ...joined, nodes: plainNodes(joined), notice: notice(joined, 'a fenced code block or HTML block left open', joined.startLine) };
        break;
      }
      current = reparse(joined, text, 0);
    }
    result.push(current);
  }
  return result;
}

/** Whether the block's last node, or the last node inside it, is a fence or HTML block left open. */
function endsOpen(block: ParsedBlock): boolean {
  let node: Nodes | undefined = block.nodes[block.nodes.length - 1];
  while (node) {
    const raw = sourceOf(block, node);
    if (node.type === 'code' && isOpenFence(raw)) return true;
    if (node.type === 'html' && isOpenHtml(block, node, raw)) return true;
    const children: RootContent[] | undefined = 'children' in node ? (node.children as RootContent[]) : undefined;
    node = children?.[children.length - 1];
  }
  return false;
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
