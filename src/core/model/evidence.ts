import type { Root, Paragraph, TableCell } from 'mdast';
import { visit } from 'unist-util-visit';
import type { LineIndex } from '../text/lineIndex.js';
import type { AnswerSite } from './sites.js';
import { offsetOf } from './sites.js';
import { plainText, stripPrompts } from '../judge/text.js';

/** Words that show a sentence speaks to a question, so a date or amount in it is an answer. */
const CUES: Record<string, RegExp> = {
  wie: /\b(?:eigenaar\w*|eindverantwoordelijk\w*|verantwoordelijk\w*|trekker|trekt|leidt|geleid|opdrachtgever|projectleider|owner|owns|accountable|responsible|leads?|led by|in charge)\b/i,
  wanneer: /\b(?:start\w*|begin\w*|klaar|gereed|afgerond|afronden|rond[a-z]*|oplever\w*|uiterlijk|vanaf|mijlpa\w*|fase|deadline|loopt|duurt|looptijd|doorlooptijd|planning|gepland|live|lancer\w*|eind|einde|tot|by|until|from|starts?|finish\w*|complet\w*|deliver\w*|launch\w*|go-live|ends?|within|binnen|implementeren|invoeren|uitrollen|roll[- ]?out)\b/i,
  kosten: /\b(?:kost\w*|budget\w*|begroting|begroot|investering\w*|investeren|bedrag|prijs|uitgave\w*|financier\w*|subsidie|cost\w*|spend\w*|price|invest\w*|fund\w*|geld|money)\b/i,
  wat: /\b(?:idee|voorstel|we willen|willen we|ons plan|doel|resultaat|oplossing|idea|we propose|proposal|we want to|goal|aim|result|solution)\b/i,
  hoe: /\b(?:aanpak\w*|eerst|daarna|vervolgens|stap(?:pen)?|beginnen met|door middel van|pilot|werkwijze|approach|first|then|next|steps?|we start|method)\b/i,
};

const SAVINGS = /\b(?:bespaar\w*|besparing\w*|opbrengst\w*|oplevert|levert\b.*\bop|saves?|saving\w*|revenue|returns?|yields?)\b/i;
const DOCUMENT_DATE_LINE = /^\s*(?:\*\*)?(?:datum|date|versie|version|laatst bijgewerkt|last updated)\b/i;

export interface Sentence {
  text: string;
  start: number;
  end: number;
}

/** The sentences of every paragraph and table cell, with where they are. Computed once per plan. */
export function collectSentences(root: Root, lines: LineIndex): Sentence[] {
  const sentences: Sentence[] = [];
  const add = (node: Paragraph | TableCell) => {
    const start = offsetOf(node, 'start');
    const end = offsetOf(node, 'end');
    const raw = lines.text.slice(start, end);
    let cursor = 0;
    for (const piece of raw.split(/(?<=[.!?])\s+|\n/)) {
      const at = raw.indexOf(piece, cursor);
      cursor = at + piece.length;
      if (DOCUMENT_DATE_LINE.test(piece)) continue;
      const text = plainText(stripPrompts(piece));
      if (text) sentences.push({ text, start: start + at, end: start + cursor });
    }
  };
  visit(root, (node) => {
    // A checklist ("- [ ] Er staat een bedrag in") describes the plan; it does not answer anything.
    if (node.type === 'listItem' && typeof (node as { checked?: boolean | null }).checked === 'boolean') return 'skip';
    if (node.type === 'paragraph' || node.type === 'tableCell') {
      add(node as Paragraph | TableCell);
      return 'skip';
    }
    return undefined;
  });
  return sentences;
}

export function cueFor(questionId: string): RegExp | undefined {
  return CUES[questionId];
}

export function speaksOfSavingsOnly(sentence: string): boolean {
  return SAVINGS.test(sentence) && !CUES.kosten.test(sentence.replace(SAVINGS, ''));
}

export function proseSite(questionId: string, sentence: Sentence, lines: LineIndex): AnswerSite {
  return {
    questionId,
    source: 'prose',
    label: sentence.text.slice(0, 60),
    labelRange: lines.rangeOf(sentence.start, sentence.end),
    answer: sentence.text,
    answerStart: sentence.start,
    answerEnd: sentence.end,
  };
}
