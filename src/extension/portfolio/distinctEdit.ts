/**
 * The config text with a pair added to `overlap.distinct`. jsonc-parser edits the text in place, so the
 * file keeps its own layout, order and other keys. No `vscode` here: the tests run it as it is.
 */
import { applyEdits, modify, parse, type ParseError } from 'jsonc-parser';
import { distinctPairKey, normalPlanPath } from '../../core/index.js';

const FORMAT = { formattingOptions: { insertSpaces: true, tabSize: 2, eol: '\n' } };

/** The config text with the pair added (unchanged when it is already there); throws when the text is no JSON object. */
export function withDistinctPair(text: string, a: string, b: string): string {
  const { source, distinct, index } = read(text, a, b);
  if (index >= 0) return text;
  // Append to the list when there is one, else make it.
  const pair = [normalPlanPath(a), normalPlanPath(b)].sort();
  return applyEdits(source, modify(source, distinct ? ['overlap', 'distinct', -1] : ['overlap', 'distinct'], distinct ? pair : [pair], FORMAT));
}

/** The config text without the pair (unchanged when it is not there); throws when the text is no JSON object. */
export function withoutDistinctPair(text: string, a: string, b: string): string {
  const { source, index } = read(text, a, b);
  return index < 0 ? text : applyEdits(source, modify(source, ['overlap', 'distinct', index], undefined, FORMAT));
}

/** The config's `overlap.distinct` list, and where the pair stands in it (-1: not there). */
function read(text: string, a: string, b: string): { source: string; distinct?: unknown[]; index: number } {
  const source = text.trim() ? text : '{}\n';
  const errors: ParseError[] = [];
  const data: unknown = parse(source, errors, { allowTrailingComma: false, disallowComments: true });
  if (errors.length > 0 || typeof data !== 'object' || data === null || Array.isArray(data)) throw new Error('is not a JSON object');
  const key = distinctPairKey(a, b);
  const distinct = (data as { overlap?: { distinct?: unknown } }).overlap?.distinct;
  if (!Array.isArray(distinct)) return { source, index: -1 };
  return { source, distinct, index: distinct.findIndex((entry) => Array.isArray(entry) && entry.length === 2 && distinctPairKey(String(entry[0]), String(entry[1])) === key) };
}
