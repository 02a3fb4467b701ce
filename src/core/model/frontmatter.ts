import { parseDocument, isMap, isScalar, type Pair } from 'yaml';
import type { Root } from 'mdast';
import type { LineIndex, Range } from '../text/lineIndex.js';
import { readSimpleMapping } from './simpleYaml.js';

export interface Frontmatter {
  data: Record<string, unknown>;
  /** Where each top-level key's line is, for pointing at it. */
  keyRanges: Map<string, Range>;
  /** The whole block, fences included. */
  range: Range;
  errors: Array<{ message: string; range: Range }>;
}

/** Reads the YAML frontmatter block. A malformed block yields errors with positions, never a throw. */
export function readFrontmatter(root: Root, lines: LineIndex): Frontmatter | undefined {
  const node = root.children[0];
  if (!node || node.type !== 'yaml' || !node.position) return undefined;
  const blockStart = node.position.start.offset ?? 0;
  const blockEnd = node.position.end.offset ?? blockStart;
  // The YAML text starts after the opening fence and its line break.
  const yamlStart = lines.text.indexOf('\n', blockStart) + 1;
  const at = (offset: number, end = offset) => lines.rangeOf(yamlStart + offset, yamlStart + Math.max(end, offset));

  const result: Frontmatter = { data: {}, keyRanges: new Map(), range: lines.rangeOf(blockStart, blockEnd), errors: [] };
  const simple = readSimpleMapping(node.value);
  if (simple) {
    result.data = simple.data;
    for (const pair of simple.pairs) result.keyRanges.set(pair.key.toLowerCase(), at(pair.start, pair.end));
    return result;
  }
  let document;
  try {
    document = parseDocument(node.value, { prettyErrors: false, uniqueKeys: true });
  } catch (error) {
    result.errors.push({ message: String(error), range: result.range });
    return result;
  }
  for (const error of document.errors) {
    const [start, end] = error.pos ?? [0, 0];
    result.errors.push({ message: error.message.split('\n')[0], range: at(start, end) });
  }
  if (document.errors.length > 0) return result;
  if (document.contents !== null && !isMap(document.contents)) {
    result.errors.push({ message: 'frontmatter is not a mapping of keys to values', range: result.range });
    return result;
  }
  let data;
  try {
    data = document.toJS() ?? {};
  } catch (error) {
    // An alias to no anchor (`a: *x`) parses, but cannot be turned into data.
    result.errors.push({ message: (error as Error).message.split('\n')[0], range: result.range });
    return result;
  }
  result.data = typeof data === 'object' ? data : {};
  if (isMap(document.contents)) {
    for (const pair of document.contents.items as Pair[]) {
      if (isScalar(pair.key) && pair.key.range) {
        const [start] = pair.key.range;
        const valueEnd = (pair.value as { range?: number[] } | null)?.range?.[1] ?? pair.key.range[1];
        result.keyRanges.set(String(pair.key.value).toLowerCase(), at(start, valueEnd));
      }
    }
  }
  return result;
}
