/**
 * Plan Markdown made safe to place in an export: what the plan says stays as written, but
 * nothing in it can run, hide text or change the structure of the file it lands in.
 */
import type { Link, Image, Definition, Nodes, Parent, Root } from 'mdast';
import { applyEdits, type TextEdit } from '../findings.js';
import { parseMarkdown } from '../parse/processor.js';

export interface InertOptions {
  /** Marp starts a new slide at every top-level thematic break (`---`, `***`, `___`): drop them. */
  dropThematicBreaks?: boolean;
}

const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
const UNSAFE_URL = /^(?:javascript|vbscript|data|file):/i;
// Browsers ignore control characters and whitespace inside a scheme ("java\tscript:").
const IGNORED_IN_SCHEME = /[\u0000-\u0020\u007f]/g;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/**
 * Strips HTML comments, shows other raw HTML as text, keeps the text of links and images
 * whose address could run code, and closes a code fence left open (it would swallow what
 * follows). Repeats until nothing changes: escaping an HTML block can expose a `---` in it.
 */
export function inertMarkdown(markdown: string, options: InertOptions = {}): string {
  let text = markdown.replace(/\r\n?/g, '\n');
  for (let round = 0; round < 8; round++) {
    const next = inertPass(text, options);
    if (next === text) break;
    text = next;
  }
  return text.replace(/\n{3,}/g, '\n\n').trim();
}

function inertPass(text: string, options: InertOptions): string {
  // A leading newline keeps a `---` block at the very start from being read as frontmatter.
  const root = parseMarkdown(`\n${text}`);
  const edits: TextEdit[] = [];
  const at = (offset: number | undefined) => (offset ?? 1) - 1;
  const visit = (node: Nodes, depth: number) => {
    const start = at(node.position?.start.offset);
    const end = at(node.position?.end.offset);
    if (node.type === 'html') {
      edits.push({ start, end, newText: node.value.replace(COMMENT, '').replace(/</g, '&lt;') });
      return;
    }
    if (node.type === 'thematicBreak' && depth === 0 && options.dropThematicBreaks) {
      edits.push({ start, end, newText: '' });
      return;
    }
    if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && isUnsafe(node)) {
      edits.push({ start, end, newText: node.type === 'link' ? childSource(text, node, at) : node.type === 'image' ? node.alt ?? '' : '' });
      return;
    }
    if (node.type === 'code' && depth === 0) {
      const closing = openFence(text.slice(start, end));
      if (closing) edits.push({ start: end, end, newText: `\n${closing}` });
    }
    if ('children' in node) for (const child of (node as Parent).children) visit(child as Nodes, node.type === 'root' ? 0 : depth + 1);
  };
  visit(root as Root, -1);
  return edits.length === 0 ? text : applyEdits(text, edits);
}

function isUnsafe(node: Link | Image | Definition): boolean {
  return UNSAFE_URL.test(node.url.replace(IGNORED_IN_SCHEME, ''));
}

/** The link's text as written: its label, without the brackets and address. */
function childSource(text: string, link: Link, at: (offset: number | undefined) => number): string {
  const first = link.children[0];
  const last = link.children[link.children.length - 1];
  if (!first?.position || !last?.position) return '';
  return text.slice(at(first.position.start.offset), at(last.position.end.offset));
}

/** The fence that closes a fenced code block, or undefined when it is closed (or not fenced). */
function openFence(source: string): string | undefined {
  const opening = FENCE.exec(source);
  if (!opening) return undefined;
  const lines = source.split('\n');
  const marker = opening[1];
  const closes = new RegExp(`^ {0,3}${marker[0] === '`' ? '`' : '~'}{${marker.length},}[ \\t]*$`);
  return lines.length > 1 && closes.test(lines[lines.length - 1]) ? undefined : marker;
}
