import type { Nodes } from 'mdast';
import type { TextBlock } from './split.js';
import type { ParsedBlock } from './incremental.js';

/**
 * Link reference and footnote definitions count document-wide: `[x][ref]` in one
 * block is a link when `[ref]: …` is defined in another. A block parsed alone does not
 * see that, so after a first parse of every block we collect the definitions the
 * parser really found (a line that only looks like one, inside a paragraph say, is
 * not one) and parse again, with stub definitions appended, each block that mentions
 * a label defined elsewhere. Plans seldom have definitions, so this is seldom needed.
 */
export function completeDefinitions(parsed: ParsedBlock[], reparse: Reparse): ParsedBlock[] {
  const defined = collectDefinitions(parsed);
  if (defined.size === 0) return parsed;
  return parsed.map((block, index) => {
    // A block read as plain text (guard.ts) stays plain: stubs would not make it cheaper to parse.
    const stubs = block.notice ? '' : definitionStubs(block.text, index, defined);
    if (!stubs) return block;
    // Stubs go before the text, where no fence or comment left open at the end can swallow
    // them; the first block, which may open with frontmatter, is never the last one here.
    return index === 0 ? reparse(block, `${block.text}\n\n${stubs}`, 0) : reparse(block, `${stubs}\n${block.text}`, stubs.length + 1);
  });
}

/** Parses a block again from `parsedText`, which holds the block's text after `prefix` characters of stubs. */
export type Reparse = (block: TextBlock, parsedText: string, prefix: number) => ParsedBlock;

type Definitions = Map<string, { label: string; footnote: boolean; blocks: Set<number> }>;

function collectDefinitions(parsed: ParsedBlock[]): Definitions {
  const defined: Definitions = new Map();
  parsed.forEach((block, index) => {
    if (!block.text.includes(']:')) return;
    const stack: Nodes[] = [...block.nodes];
    while (stack.length > 0) {
      const node = stack.pop()!;
      if ((node.type === 'definition' || node.type === 'footnoteDefinition') && node.label) {
        const footnote = node.type === 'footnoteDefinition';
        const key = (footnote ? '^' : '') + normalizeLabel(node.label);
        const entry = defined.get(key) ?? { label: node.label, footnote, blocks: new Set<number>() };
        entry.blocks.add(index);
        defined.set(key, entry);
      }
      if ('children' in node) stack.push(...(node.children as Nodes[]));
    }
  });
  return defined;
}

/** Stub definitions for the labels defined in other blocks and mentioned in this one. */
function definitionStubs(text: string, index: number, defined: Definitions): string {
  if (!text.includes('[')) return '';
  const normalized = normalizeLabel(text);
  let stubs = '';
  for (const [key, entry] of defined) {
    if (entry.blocks.size === 1 && entry.blocks.has(index)) continue;
    if (!normalized.includes(entry.footnote ? `[${key}]` : `[${key}`)) continue;
    stubs += entry.footnote ? `[^${entry.label}]: x\n\n` : `[${entry.label}]: #\n`;
  }
  return stubs;
}

/** Case and runs of white space do not matter in labels. */
function normalizeLabel(label: string): string {
  return label.toLowerCase().replace(/\s+/g, ' ').trim();
}
