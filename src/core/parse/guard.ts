import type { Paragraph } from 'mdast';
import type { TextBlock } from './split.js';

/** A part of a plan the linter read as plain text, and why; shown to the user beside the findings. */
export interface ParseNotice {
  message: string;
  /** 1-based line where the part starts. */
  line: number;
}

/**
 * Limits on one parse unit, past which micromark's cost per character grows without
 * bound (measured in bench/hostile.ts): container nesting costs about depth² per line,
 * a nested list about its block size per character, runs of emphasis markers or
 * brackets in one paragraph their count squared. Below the limits a unit costs at most
 * a few times an ordinary one; no plan in the corpora, examples or templates comes near
 * them (test/core/guard.test.ts).
 */
export const LIMITS = {
  /** List or quote levels on one line (markdown-it stops at 100 too). */
  nesting: 100,
  /** Characters of a block the splitter could not cut (no heading, no paragraph break). */
  block: 64 * 1024,
  /** The same for a block with nested list items, which cost more per character as they grow. */
  nestedListBlock: 24 * 1024,
  /** Emphasis marker runs (`*`, `_`) or brackets in one paragraph, list item or table row. */
  markers: 300,
};

/** Why a unit is too complex to parse, or undefined when it is fine. Linear in the text. */
export function checkUnit(unit: TextBlock): ParseNotice | undefined {
  const { text } = unit;
  const tooLarge = (kind: string) => notice(unit, `${kind} of ${size(text.length)} with no heading or paragraph break`, unit.startLine);
  if (text.length > LIMITS.block) return tooLarge('a block');
  let line = unit.startLine;
  let nestedList = false;
  let emphasis = 0;
  let brackets = 0;
  for (let start = 0; start < text.length; line++) {
    const end = lineEnd(text, start);
    const prefix = containerPrefix(text, start, end);
    if (prefix.depth > LIMITS.nesting) return notice(unit, `list or quote nesting over ${LIMITS.nesting} levels`, line);
    if (prefix.nestedList) nestedList = true;
    // A new paragraph, list item, heading or table row: inline content starts afresh.
    const first = text.charCodeAt(prefix.end);
    if (prefix.end === end || prefix.listMarker || first === 0x23 /* # */ || first === 0x7c /* | */) emphasis = brackets = 0;
    for (let i = prefix.end; i < end; i++) {
      const code = text.charCodeAt(i);
      if ((code === 0x2a || code === 0x5f) && text.charCodeAt(i - 1) !== code) emphasis++;
      else if (code === 0x5b || code === 0x5d) brackets++;
    }
    if (emphasis > LIMITS.markers) return notice(unit, `over ${LIMITS.markers} emphasis markers in one paragraph`, line);
    if (brackets > LIMITS.markers) return notice(unit, `over ${LIMITS.markers} brackets in one paragraph`, line);
    start = end + 1;
  }
  if (nestedList && text.length > LIMITS.nestedListBlock) return tooLarge('a nested list');
  return undefined;
}

/** The notice for a unit read as plain text (also used when open blocks cannot be joined). */
export function notice(unit: TextBlock, reason: string, line: number): ParseNotice {
  // A final line break ends the last line; it starts no new one.
  const lastLine = unit.startLine + countLines(unit.text) - 1 - (unit.text.endsWith('\n') ? 1 : 0);
  return { message: `too complex to check: ${reason} at line ${line}; lines ${unit.startLine}-${Math.max(unit.startLine, lastLine)} read as plain text`, line };
}

/** A unit as one paragraph of its text: the words still count, the markup does not. */
export function plainNodes(unit: TextBlock): Paragraph[] {
  const lines = countLines(unit.text);
  const lastBreak = unit.text.lastIndexOf('\n');
  const position = {
    start: { line: unit.startLine, column: 1, offset: unit.startOffset },
    end: { line: unit.startLine + lines - 1, column: unit.text.length - lastBreak, offset: unit.startOffset + unit.text.length },
  };
  return [{ type: 'paragraph', children: [{ type: 'text', value: unit.text, position: structuredClone(position) }], position }];
}

interface Prefix {
  /** Quote and list levels, with two columns of indentation counted as a level (a list item's least). */
  depth: number;
  listMarker: boolean;
  /** A list marker after indentation or another marker: an item in a nested list. */
  nestedList: boolean;
  /** Where the line's content starts. */
  end: number;
}

/** Reads the quote marks, list markers and indentation at the start of a line: an upper bound on its nesting. */
function containerPrefix(text: string, start: number, end: number): Prefix {
  let levels = 0;
  let columns = 0;
  let listMarker = false;
  let nestedList = false;
  let i = start;
  while (i < end) {
    const code = text.charCodeAt(i);
    if (code === 0x20) columns++;
    else if (code === 0x09) columns += 4;
    else if (code === 0x3e /* > */) levels++;
    else if ((code === 0x2d || code === 0x2a || code === 0x2b) && isSpace(text.charCodeAt(i + 1))) {
      levels++;
      nestedList ||= listMarker || columns >= 2;
      listMarker = true;
    } else {
      let digits = i;
      while (digits < end && digits - i < 9 && text.charCodeAt(digits) >= 0x30 && text.charCodeAt(digits) <= 0x39) digits++;
      const delimiter = text.charCodeAt(digits);
      if (digits === i || (delimiter !== 0x2e && delimiter !== 0x29) || !isSpace(text.charCodeAt(digits + 1))) break;
      levels++;
      nestedList ||= listMarker || columns >= 2;
      listMarker = true;
      i = digits;
    }
    i++;
  }
  return { depth: levels + (columns >> 1), listMarker, nestedList, end: i };
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09;
}

function lineEnd(text: string, start: number): number {
  const newline = text.indexOf('\n', start);
  return newline === -1 ? text.length : newline;
}

function countLines(text: string): number {
  let lines = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines++;
  return lines;
}

function size(chars: number): string {
  return chars >= 1024 * 1024 ? `${(chars / 1048576).toFixed(1)} MB` : `${Math.round(chars / 1024)} KB`;
}
