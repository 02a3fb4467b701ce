import type { TextEdit } from '../../core/index.js';

const OPENING = /^(\uFEFF?)---[ \t]*(\r?\n)/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*$/;
// `soort:` or `kind:` without a value (or with null, ~ or ""): the core reads no kind there.
const EMPTY_KIND = /^(soort|kind)[ \t]*:[ \t]*(?:null|~|""|'')?[ \t]*(?:#.*)?$/i;

/**
 * The one edit that makes a Markdown file a plan by its frontmatter: a `soort: plan`
 * line in an existing block (filling an empty `soort:`), or a new block at the top.
 * It only inserts or fills in, so no text is ever lost.
 */
export function markAsPlanEdit(text: string): TextEdit {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const opening = OPENING.exec(text);
  const block = opening && frontmatterLines(text, opening[0].length);
  if (!opening || !block) {
    const at = text.startsWith('\uFEFF') ? 1 : 0;
    return { start: at, end: at, newText: `---${eol}soort: plan${eol}---${eol}${text.length > at ? eol : ''}` };
  }
  for (const line of block) {
    const empty = EMPTY_KIND.exec(line.text);
    if (empty) return { start: line.start, end: line.start + line.text.length, newText: `${empty[1]}: plan` };
  }
  const at = opening[0].length;
  return { start: at, end: at, newText: `soort: plan${opening[2]}` };
}

/** The lines between the fences, or undefined when the block is never closed (then it is no frontmatter). */
function frontmatterLines(text: string, from: number): Array<{ start: number; text: string }> | undefined {
  const lines: Array<{ start: number; text: string }> = [];
  let start = from;
  while (start <= text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    const line = text.slice(start, end).replace(/\r$/, '');
    if (CLOSING.test(line)) return lines;
    lines.push({ start, text: line });
    if (newline === -1) return undefined;
    start = newline + 1;
  }
  return undefined;
}

/**
 * A `.gitignore`-style pattern that matches exactly this workspace-relative file:
 * anchored with `/` (a bare `README.md` would match in every folder) and with the
 * pattern characters escaped.
 */
export function exactPathPattern(relativePath: string): string {
  const path = relativePath.replace(/\\/g, '/').replace(/^\.?\//, '');
  const escaped = path.replace(/[*?[\]]/g, (char) => `\\${char}`).replace(/ $/, '\\ ');
  return `/${escaped}`;
}
