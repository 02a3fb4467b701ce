/**
 * Card text as a small, safe Markdown tree: the mdast of an answer cut down to what a card
 * shows (paragraphs, lists, emphasis, strong, code, links, quotes), without positions, plain
 * data that crosses postMessage. The canvas builds DOM from it and the SVG export builds
 * tspans from it; neither ever parses HTML. Raw HTML stays text, and a link keeps its
 * address only when it is http, https or mailto: anything else is shown as its words.
 */
import type { Nodes, PhrasingContent, RootContent } from 'mdast';
import { parseMarkdown } from '../parse/processor.js';

export type RichInline =
  | { type: 'text'; value: string }
  | { type: 'strong' | 'emphasis' | 'delete'; children: RichInline[] }
  | { type: 'inlineCode'; value: string }
  | { type: 'link'; url: string; children: RichInline[] }
  | { type: 'break' };

export type RichBlock =
  | { type: 'paragraph'; children: RichInline[] }
  | { type: 'list'; ordered: boolean; start: number; items: RichBlock[][] }
  | { type: 'code'; value: string }
  | { type: 'quote'; children: RichBlock[] };

// Browsers ignore control characters and whitespace inside a scheme ("java\tscript:").
const IGNORED_IN_URL = /[\u0000-\u0020\u007f]/g;
const OPENABLE = /^(?:https?:\/\/|mailto:)/i;

/** The address when a link may be offered for opening (http, https, mailto), else undefined. */
export function openableUrl(url: string): string | undefined {
  const bare = url.replace(IGNORED_IN_URL, '');
  return OPENABLE.test(bare) && bare.length <= 2048 ? bare : undefined;
}

/**
 * A card shows the start of an answer (the text editor has the rest): beyond this many
 * characters the answer is cut at a line break and ends in "…", so a plan with a 500 KB
 * section still re-renders while typing.
 */
export const RICH_LIMIT = 4000;

/** An answer's Markdown as rich blocks. */
export function richMarkdown(markdown: string, limit = RICH_LIMIT): RichBlock[] {
  if (markdown.trim() === '') return [];
  if (markdown.length <= limit) return blocks(parseMarkdown(markdown).children);
  const cut = markdown.lastIndexOf('\n', limit);
  return [...blocks(parseMarkdown(markdown.slice(0, cut > 0 ? cut : limit)).children), { type: 'paragraph', children: [{ type: 'text', value: '…' }] }];
}

/** Plain text as one paragraph (placeholders, note text that is not Markdown). */
export function richPlain(text: string): RichBlock[] {
  return text ? [{ type: 'paragraph', children: [{ type: 'text', value: text }] }] : [];
}

function blocks(nodes: RootContent[]): RichBlock[] {
  const out: RichBlock[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case 'paragraph':
      case 'heading':
        out.push({ type: 'paragraph', children: node.type === 'heading' ? [{ type: 'strong', children: inlines(node.children) }] : inlines(node.children) });
        break;
      case 'list':
        out.push({ type: 'list', ordered: node.ordered === true, start: node.start ?? 1, items: node.children.map((item) => blocks(item.children)) });
        break;
      case 'code':
        out.push({ type: 'code', value: node.value });
        break;
      case 'blockquote':
        out.push({ type: 'quote', children: blocks(node.children) });
        break;
      case 'table':
        for (const row of node.children) out.push({ type: 'paragraph', children: joinCells(row.children.map((cell) => inlines(cell.children))) });
        break;
      case 'html':
        out.push({ type: 'paragraph', children: [{ type: 'text', value: node.value }] });
        break;
      case 'thematicBreak':
      case 'definition':
      case 'footnoteDefinition':
      case 'yaml':
        break;
      default:
        if ('children' in node) out.push(...blocks((node as { children: RootContent[] }).children));
    }
  }
  return out;
}

function joinCells(cells: RichInline[][]): RichInline[] {
  return cells.flatMap((cell, index) => (index === 0 ? cell : [{ type: 'text' as const, value: ' | ' }, ...cell]));
}

/**
 * A note's inline Markdown up to `end` (a source offset): the vote suffix after it ("— stemmen: ●●")
 * is shown as dots, not as text.
 */
export function richInlinesUntil(nodes: PhrasingContent[], end: number): RichInline[] {
  const kept: PhrasingContent[] = [];
  for (const node of nodes) {
    const start = node.position?.start.offset ?? 0;
    if (start >= end) break;
    const stop = node.position?.end.offset ?? 0;
    kept.push(node.type === 'text' && stop > end ? { ...node, value: node.value.slice(0, Math.max(0, end - start)).trimEnd() } : node);
  }
  return inlines(kept);
}

function inlines(nodes: PhrasingContent[]): RichInline[] {
  const out: RichInline[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
      case 'html':
        out.push({ type: 'text', value: node.value });
        break;
      case 'strong':
      case 'emphasis':
      case 'delete':
        out.push({ type: node.type, children: inlines(node.children) });
        break;
      case 'inlineCode':
        out.push({ type: 'inlineCode', value: node.value });
        break;
      case 'break':
        out.push({ type: 'break' });
        break;
      case 'link': {
        const url = openableUrl(node.url);
        const children = inlines(node.children);
        if (url) out.push({ type: 'link', url, children });
        else out.push(...children);
        break;
      }
      case 'image':
        if (node.alt) out.push({ type: 'text', value: node.alt });
        break;
      case 'linkReference':
      case 'imageReference':
        if ('children' in node) out.push(...inlines(node.children));
        break;
      default:
        if ('children' in node) out.push(...inlines((node as { children: PhrasingContent[] }).children));
        else if ('value' in node) out.push({ type: 'text', value: String((node as Nodes & { value: unknown }).value) });
    }
  }
  return out;
}

/** The text of inline content, as a screen reader or a character count sees it. */
export function inlineText(nodes: RichInline[]): string {
  return nodes.map((node) => ('value' in node ? node.value : 'children' in node ? inlineText(node.children) : '\n')).join('');
}

/** Keeps about `max` characters of text, ending the last kept text with "…" (storyboard frames, car parts). */
export function clipRich(input: RichBlock[], max: number): RichBlock[] {
  let left = max;
  const clipInlines = (nodes: RichInline[]): RichInline[] => {
    const out: RichInline[] = [];
    for (const node of nodes) {
      if (left <= 0) break;
      if (node.type === 'text' || node.type === 'inlineCode') {
        const value = node.value.length > left ? `${node.value.slice(0, left).trimEnd()}…` : node.value;
        left -= node.value.length;
        out.push({ ...node, value });
      } else if (node.type === 'break') out.push(node);
      else out.push({ ...node, children: clipInlines(node.children) });
    }
    return out;
  };
  const clipBlocks = (list: RichBlock[]): RichBlock[] => {
    const out: RichBlock[] = [];
    for (const block of list) {
      if (left <= 0) break;
      if (block.type === 'paragraph') out.push({ ...block, children: clipInlines(block.children) });
      else if (block.type === 'quote') out.push({ ...block, children: clipBlocks(block.children) });
      else if (block.type === 'code') {
        const value = block.value.length > left ? `${block.value.slice(0, left)}…` : block.value;
        left -= block.value.length;
        out.push({ ...block, value });
      } else {
        const items: RichBlock[][] = [];
        for (const item of block.items) {
          if (left <= 0) break;
          items.push(clipBlocks(item));
        }
        out.push({ ...block, items });
      }
    }
    return out;
  };
  return clipBlocks(input);
}
