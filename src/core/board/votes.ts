/**
 * Dot votes live in the Markdown as a readable suffix after an item, the convention
 * of the templates: "- Hoe kunnen we …? — stemmen: ●●" (English: " — votes: ●●").
 * A vote is one ● added or removed: a one-character edit, so undo and diffs stay small.
 */
import type { TextEdit } from './textEdit';

export const VOTE_DOT = '●';

/** The suffix at the end of an item's text: dash, word, colon, dots. Hyphen and en dash are accepted too. */
// (Tried only where spaces start, and the spaces after the colon go before the dots or, with no dots, nowhere
// else: a long run of spaces was read once per position in it.)
const SUFFIX = /(?<![ \t])[ \t]+(?:—|–|--?)[ \t]+(stemmen|stem|votes|vote|stippen|dots)[ \t]*:[ \t]*(●*)(?:(?<=●)[ \t]*)?$/iu;

export interface VoteSuffix {
  /** The item text without the suffix. */
  text: string;
  votes: number;
  /** The word used ("stemmen", "votes"), when there is a suffix. */
  word?: string;
  /** Offsets within the item text: where the suffix starts and where its dots end. */
  suffixStart: number;
  dotsEnd: number;
}

export function readVotes(itemText: string): VoteSuffix {
  const match = SUFFIX.exec(itemText);
  if (!match) return { text: itemText, votes: 0, suffixStart: itemText.length, dotsEnd: itemText.length };
  return {
    text: itemText.slice(0, match.index),
    votes: [...match[2]].length,
    word: match[1],
    suffixStart: match.index,
    // Dots are the suffix's last characters; with no dots yet this is just after the colon.
    dotsEnd: match.index + match[0].trimEnd().length,
  };
}

/**
 * The edit that changes the votes of the item whose text (without suffix) ends at
 * `textEnd` and whose line continues with `rest` (the suffix, if any, up to the end of
 * the item). Returns undefined when there is nothing to do (removing from zero).
 */
export function voteEdit(textEnd: number, rest: string, delta: 1 | -1, defaultWord: string): TextEdit | undefined {
  const current = readVotes(rest);
  if (current.text !== '') {
    // `rest` is not a pure suffix: treat it as absent and add the suffix right after the text.
    return delta === 1 ? { start: textEnd, end: textEnd, newText: ` — ${defaultWord}: ${VOTE_DOT}` } : undefined;
  }
  if (current.word === undefined) {
    return delta === 1 ? { start: textEnd, end: textEnd, newText: ` — ${defaultWord}: ${VOTE_DOT}` } : undefined;
  }
  const dotsEnd = textEnd + current.dotsEnd;
  if (delta === 1) return { start: dotsEnd, end: dotsEnd, newText: current.votes === 0 ? ` ${VOTE_DOT}` : VOTE_DOT };
  if (current.votes === 0) return undefined;
  // The last vote takes the whole suffix with it: "— stemmen:" with no dots reads as noise.
  if (current.votes === 1) return { start: textEnd, end: textEnd + rest.trimEnd().length, newText: '' };
  return { start: dotsEnd - VOTE_DOT.length, end: dotsEnd, newText: '' };
}
