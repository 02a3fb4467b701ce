/**
 * Splits a Markdown document into blocks that parse the same alone as they do in
 * the whole document, so each block can be parsed (and cached) separately.
 *
 * A block starts at an ATX heading at the margin, outside fenced code, HTML blocks
 * and frontmatter. Such a heading always ends whatever block structure came
 * before it (CommonMark: headings interrupt paragraphs, lists and quotes), so the
 * split is safe. A long block (a plan without such headings) is also split before a
 * line that starts with a letter right after a blank line: such a line starts a new
 * paragraph at the top level (a blank line ends quotes, tables and HTML blocks of the
 * kinds that end at one; a list or footnote goes on only with indented lines).
 * Where we are unsure we do not split: a larger block is only slower. Where the splitter
 * is fooled anyway, the parse shows it and the blocks are joined again (open-ends.ts).
 */
export interface TextBlock {
  text: string;
  startOffset: number;
  /** 1-based line of the block's first character. */
  startLine: number;
}

// Only at the margin: an indented heading may belong to a list item (`- a` then `  # b`).
const ATX_HEADING = /^#{1,6}(?:[ \t]|$)/;
const STARTS_WITH_LETTER = /^\p{L}/u;
// CommonMark's blank line: spaces and tabs only (a no-break space is text).
const BLANK = /^[ \t]*$/;
/** From this length a block is also split at paragraphs; below it the split is not worth a parser call. */
export const PARAGRAPH_SPLIT_MIN = 4 * 1024;
const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})(.*)$/;
/** HTML blocks that only an end marker closes: how each starts, and its end marker. */
export const HTML_UNTIL_MARKER: Array<[RegExp, RegExp]> = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?:\s|>|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];
const HTML_UNTIL_BLANK = /^ {0,3}<\/?[A-Za-z]/;

type State =
  | { kind: 'normal' }
  | { kind: 'fence'; close: RegExp }
  | { kind: 'html-marker'; end: RegExp }
  | { kind: 'html-blank' }
  | { kind: 'frontmatter'; marker: string };

export function splitBlocks(text: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  let state: State = frontmatterState(text);
  let blockStart = 0;
  let blockStartLine = 1;
  let lineNumber = 1;
  let offset = 0;
  let firstLine = true;
  let previousBlank = false;

  while (offset < text.length) {
    const newline = text.indexOf('\n', offset);
    const lineEnd = newline === -1 ? text.length : newline;
    const line = text.slice(offset, lineEnd).replace(/\r$/, '');

    const startsParagraph = previousBlank && offset - blockStart >= PARAGRAPH_SPLIT_MIN && STARTS_WITH_LETTER.test(line);
    if (state.kind === 'normal' && (ATX_HEADING.test(line) || startsParagraph) && offset > blockStart) {
      blocks.push({ text: text.slice(blockStart, offset), startOffset: blockStart, startLine: blockStartLine });
      blockStart = offset;
      blockStartLine = lineNumber;
    }
    state = firstLine && state.kind === 'frontmatter' ? state : nextState(state, line);
    firstLine = false;
    previousBlank = BLANK.test(line);

    offset = lineEnd + 1;
    lineNumber++;
  }
  if (blockStart < text.length || blocks.length === 0) {
    blocks.push({ text: text.slice(blockStart), startOffset: blockStart, startLine: blockStartLine });
  }
  return blocks;
}

function frontmatterState(text: string): State {
  return /^(---|\+\+\+)\r?\n/.test(text) ? { kind: 'frontmatter', marker: text.slice(0, 3) } : { kind: 'normal' };
}

function nextState(state: State, line: string): State {
  switch (state.kind) {
    case 'frontmatter':
      return line === state.marker || (state.marker === '---' && line === '...') ? { kind: 'normal' } : state;
    case 'fence':
      return state.close.test(line) ? { kind: 'normal' } : state;
    case 'html-marker':
      return state.end.test(line) ? { kind: 'normal' } : state;
    case 'html-blank':
      return BLANK.test(line) ? { kind: 'normal' } : state;
    case 'normal':
      return openingState(line);
  }
}

/** For a line that opens a fenced code block, the pattern of the line that closes it. */
export function fenceCloser(line: string): RegExp | undefined {
  const fence = FENCE_OPEN.exec(line);
  if (!fence || (fence[1][0] === '`' && fence[2].includes('`'))) return undefined;
  const char = fence[1][0] === '`' ? '`' : '~';
  return new RegExp(`^ {0,3}${char}{${fence[1].length},}[ \\t]*$`);
}

function openingState(line: string): State {
  const close = fenceCloser(line);
  if (close) return { kind: 'fence', close };
  for (const [start, end] of HTML_UNTIL_MARKER) {
    if (start.test(line)) {
      // The end marker may stand on the opening line itself.
      const rest = line.replace(start, '');
      return end.test(rest) ? { kind: 'normal' } : { kind: 'html-marker', end };
    }
  }
  if (HTML_UNTIL_BLANK.test(line)) return { kind: 'html-blank' };
  return { kind: 'normal' };
}
