/**
 * A card's rich text (src/core/board/rich.ts, cut down from the mdast of the answer) as
 * VNodes: every piece of plan text becomes a text node. A link is a button that asks the
 * extension to open its address (after the user confirms there); the webview follows nothing.
 */
import type { RichBlock, RichInline } from '../../src/core/board/rich';
import { h, type Child, type VNode } from '../vnode';

export function markdownBlocks(blocks: RichBlock[]): VNode[] {
  return blocks.map(block);
}

/** Inline Markdown inside a control (a note is a button): links show as words, not as nested buttons. */
export function markdownInline(nodes: RichInline[]): Child[] {
  const unlink = (list: RichInline[]): RichInline[] => list.flatMap((node): RichInline[] => {
    if (node.type === 'link') return unlink(node.children);
    return 'children' in node ? [{ ...node, children: unlink(node.children) }] : [node];
  });
  return inlines(unlink(nodes));
}

function block(node: RichBlock): VNode {
  switch (node.type) {
    case 'paragraph':
      return h('p', {}, inlines(node.children));
    case 'code':
      return h('pre', {}, h('code', {}, node.value));
    case 'quote':
      return h('blockquote', {}, markdownBlocks(node.children));
    case 'list':
      return h(node.ordered ? 'ol' : 'ul', { start: node.ordered && node.start !== 1 ? node.start : undefined },
        node.items.map((item) => h('li', {}, markdownBlocks(item))));
  }
}

function inlines(nodes: RichInline[]): Child[] {
  return nodes.map((node): Child => {
    switch (node.type) {
      case 'text':
        return node.value;
      case 'strong':
        return h('strong', {}, inlines(node.children));
      case 'emphasis':
        return h('em', {}, inlines(node.children));
      case 'delete':
        return h('del', {}, inlines(node.children));
      case 'inlineCode':
        return h('code', {}, node.value);
      case 'break':
        return h('br');
      case 'link':
        return h('button', { type: 'button', class: 'md-link', 'data-action': 'open-link', 'data-url': node.url, title: node.url }, inlines(node.children));
    }
  });
}
