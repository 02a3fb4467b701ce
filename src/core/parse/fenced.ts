import type { Code, Root, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import { parseMarkdown } from './processor.js';

// A plan pasted whole into a bare fence: a form said "the file should contain the following:" and the
// author filled in the fenced template. A fence tagged `markdown` is an example, not the plan.
const HEADING_LINE = /^#{1,6}[ \t]+\S/gm;

/**
 * The tree with a bare fenced block that holds most of the document, and at least two headings, read as
 * the Markdown it is; positions still point into `text`. Any other tree is returned as it is.
 */
export function unwrapFencedPlan(text: string, root: Root): Root {
  const index = root.children.findIndex((node) => isFencedPlan(node, text.length));
  if (index === -1) return root;
  const fence = root.children[index] as Code;
  const start = fence.position!.start;
  const contentStart = text.indexOf('\n', start.offset!) + 1;
  if (contentStart === 0 || text.slice(contentStart, contentStart + fence.value.length) !== fence.value) return root;
  const inner = parseMarkdown(fence.value);
  // Points may be shared between nodes: move each one once.
  const points = new Set<{ line: number; column: number; offset?: number }>();
  visit(inner, (node) => {
    if (node.position) points.add(node.position.start).add(node.position.end);
  });
  for (const point of points) {
    point.offset = (point.offset ?? 0) + contentStart;
    point.line += start.line;
  }
  const children: RootContent[] = [...root.children.slice(0, index), ...inner.children, ...root.children.slice(index + 1)];
  return { ...root, children };
}

function isFencedPlan(node: RootContent, textLength: number): boolean {
  if (node.type !== 'code' || node.lang || !node.position || node.position.start.column !== 1) return false;
  if (node.value.length < textLength * 0.5) return false;
  return (node.value.match(HEADING_LINE)?.length ?? 0) >= 2;
}
