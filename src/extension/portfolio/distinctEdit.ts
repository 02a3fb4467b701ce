/**
 * The config text with a pair added to `overlap.distinct`. jsonc-parser edits the text in place, so the
 * file keeps its own layout, order and other keys. No `vscode` here: the tests run it as it is.
 */
import { applyEdits, modify, parse, type ParseError } from 'jsonc-parser';
import { normalPlanPath } from '../../core/index.js';

const FORMAT = { formattingOptions: { insertSpaces: true, tabSize: 2, eol: '\n' } };

/** The config text with the pair added (unchanged when it is already there); throws when the text is no JSON object. */
export function withDistinctPair(text: string, a: string, b: string): string {
  const source = text.trim() ? text : '{}\n';
  const errors: ParseError[] = [];
  const data: unknown = parse(source, errors, { allowTrailingComma: false, disallowComments: true });
  if (errors.length > 0 || typeof data !== 'object' || data === null || Array.isArray(data)) throw new Error('is not a JSON object');
  const pair = [normalPlanPath(a), normalPlanPath(b)].sort();
  const overlap = (data as { overlap?: { distinct?: unknown } }).overlap;
  const distinct = overlap?.distinct;
  if (Array.isArray(distinct) && distinct.some((entry) => Array.isArray(entry) && [...entry].map(String).map(normalPlanPath).sort().join('\n') === pair.join('\n'))) return text;
  // Append to the list when there is one, else make it.
  const path = Array.isArray(distinct) ? ['overlap', 'distinct', -1] : ['overlap', 'distinct'];
  return applyEdits(source, modify(source, path, Array.isArray(distinct) ? pair : [pair], FORMAT));
}

