import type { Plan } from '../model/plan.js';
import { offsetOf } from '../model/sites.js';
import { plainText } from '../judge/text.js';
import type { Evidence } from './types.js';

/** A piece of plan text with where it starts: a line of a paragraph, a table cell, a sentence. */
export interface Piece {
  text: string;
  start: number;
  end: number;
}

/** Sections that describe the problem or the history: money and dates there are not the plan's. */
const BACKGROUND_TITLE =
  /\b(?:aanleiding|inleiding|voorwoord|context|achtergrond|probleem\w*|knelpunt\w*|waarom|huidige situatie|waar staan we|vertrekpunt|background|introduction|problem|why|current situation|where we stand|history|geschiedenis|terugblik|waar gaat het om)\b/i;
/** Sections about what the plan yields: a saving there is not a cost. */
const YIELD_TITLE = /\b(?:opbrengst\w*|baten|besparing\w*|wat levert het op|benefits?|savings?|returns?|what does it (?:yield|deliver))\b/i;

export type SectionFilter = 'background' | 'yield';

/** Offset ranges of the plan's background (and, for cost, yield) sections. */
export function excludedRanges(plan: Plan, filters: SectionFilter[]): Array<[number, number]> {
  const matches = (title: string) => (filters.includes('background') && BACKGROUND_TITLE.test(title)) || (filters.includes('yield') && YIELD_TITLE.test(title));
  const sections = plan.sections
    // The title heading spans the whole plan: its words ("benefit applications") say nothing of a section.
    .filter((section) => section.node.depth > 1 && matches(section.title))
    .map((section): [number, number] => [section.start, section.end]);
  // A paragraph that opens with such a label in bold ("**Problem.** A uniform costs a family £250") is one too.
  const paragraphs = plan.nodes.paragraphs
    .map(({ node }): [number, number] => [offsetOf(node, 'start'), offsetOf(node, 'end')])
    .filter(([start, end]) => {
      const label = LEAD_LABEL.exec(plan.lines.text.slice(start, Math.min(end, start + 60)));
      return !!label && matches(label[1]);
    });
  return [...sections, ...paragraphs];
}

const LEAD_LABEL = /^\s*(?:\*\*|__)([^*_\n]{2,40}?)[.:?]?(?:\*\*|__)/;

export function inRanges(offset: number, ranges: Array<[number, number]>): boolean {
  return ranges.some(([start, end]) => offset >= start && offset < end);
}

/** Lines about the document itself: its date, an e-mail header, the next meeting. */
export const META_LINE =
  /^\s*(?:[-*+]\s+)?(?:\*\*|__)?\s*(?:datum|date|date of meeting|vergaderdatum|vergadering van|versie|version|laatst bijgewerkt|last updated|onderwerp|subject|aan|to|cc|van|from|volgende vergadering|next meeting|aanwezig|present|notulist|steller|author|auteur)\b[^:|\n]{0,20}(?::|\*\*)/i;

/** Every line of every paragraph and every table cell, in document order, outside the excluded ranges. */
export function pieces(plan: Plan, excluded: Array<[number, number]>): Piece[] {
  const text = plan.lines.text;
  const out: Piece[] = [];
  const add = (start: number, end: number) => {
    let from = start;
    let last: Piece | undefined;
    for (const line of text.slice(start, end).split('\n')) {
      const to = from + line.length;
      if (line.trim() && !inRanges(from, excluded)) {
        // A paragraph wrapped by hand runs on after a comma, or from a lower-case word to one
        // ("Dr. Anouk Peeters,⏎GP and member of our board, is responsible"): one piece.
        if (last && last.end === from - 1 && (/,\s*$/.test(last.text) || (/\p{Ll}\s*$/u.test(last.text) && /^\s*\p{Ll}/u.test(line)))) {
          last.text = `${last.text}\n${line}`;
          last.end = to;
        } else out.push((last = { text: line, start: from, end: to }));
      } else last = undefined;
      from = to + 1;
    }
  };
  for (const { node, inChecklist } of plan.nodes.paragraphs) if (!inChecklist) add(offsetOf(node, 'start'), offsetOf(node, 'end'));
  for (const cell of plan.nodes.tableCells) add(offsetOf(cell, 'start'), offsetOf(cell, 'end'));
  return out.sort((a, b) => a.start - b.start);
}

const SENTENCE_END = /(?<=[.!?])\s+(?=[\p{Lu}\d"'(*_[€])/gu;

/** Splits a piece into sentences, keeping offsets. */
export function sentences(piece: Piece): Piece[] {
  const out: Piece[] = [];
  let from = 0;
  SENTENCE_END.lastIndex = 0;
  for (let match = SENTENCE_END.exec(piece.text); ; match = SENTENCE_END.exec(piece.text)) {
    const to = match ? match.index : piece.text.length;
    const text = piece.text.slice(from, to);
    if (text.trim()) out.push({ text, start: piece.start + from, end: piece.start + to });
    if (!match) break;
    from = match.index + match[0].length;
  }
  return out;
}

const EXCERPT_LENGTH = 120;

/** Evidence for an offset range: its line and its words, shortened. */
export function evidenceAt(plan: Plan, start: number, end = start): Evidence {
  const line = plan.lines.pointAt(start).line;
  const lineStart = plan.lines.lineStarts[line - 1];
  const lineEnd = plan.lines.lineEnd(line);
  const raw = plainText(plan.lines.text.slice(start, Math.max(end, start)) || plan.lines.text.slice(lineStart, lineEnd));
  const words = raw || plainText(plan.lines.text.slice(lineStart, lineEnd));
  return { line, excerpt: words.length > EXCERPT_LENGTH ? `${words.slice(0, EXCERPT_LENGTH - 1).trimEnd()}…` : words };
}

const NUMBER_WORDS: Record<string, number> = {
  een: 1, één: 1, one: 1, a: 1, an: 1, twee: 2, two: 2, drie: 3, three: 3, vier: 4, four: 4, vijf: 5, five: 5, zes: 6, six: 6,
  zeven: 7, seven: 7, acht: 8, eight: 8, negen: 9, nine: 9, tien: 10, ten: 10, elf: 11, eleven: 11, twaalf: 12, twelve: 12,
  dertien: 13, thirteen: 13, veertien: 14, fourteen: 14, vijftien: 15, fifteen: 15, zestien: 16, sixteen: 16, achttien: 18,
  eighteen: 18, twintig: 20, twenty: 20, dertig: 30, thirty: 30, veertig: 40, forty: 40, vijftig: 50, fifty: 50, zestig: 60, honderd: 100,
  anderhalf: 1.5, half: 0.5, halve: 0.5,
};
export const NUMBER_WORD = Object.keys(NUMBER_WORDS).sort((a, b) => b.length - a.length).join('|');

/** "18", "achttien", "twelve" as a number, or undefined. */
export function readCount(word: string): number | undefined {
  const lower = word.toLowerCase();
  if (/^\d+(?:[.,]\d+)?$/.test(lower)) return Number(lower.replace(',', '.'));
  return NUMBER_WORDS[lower];
}
