import type { Heading, Paragraph, TableCell } from 'mdast';
import type { NodeIndex } from './nodes.js';
import type { LineIndex } from '../text/lineIndex.js';
import type { AnswerSite } from './sites.js';
import { offsetOf } from './sites.js';
import { blank, plainText, stripPrompts, isPrompt, TITLE_OR_INITIAL } from '../judge/text.js';

/** Words that show a sentence speaks to a question, so a date or amount in it is an answer. */
// "This will lead to an article", "citizens hold leaders accountable": a consequence, not who carries the work.
const CUES: Record<string, RegExp> = {
  wie: /\b(?:eigenaar\w*|eindverantwoordelijk\w*|verantwoordelijk\w*|trekker|trekt|leidt|geleid|opdrachtgever|projectleider|owner|owns|(?<!\bhold(?:s|ing)?\b[^.!?]{0,40})accountable|responsible|leads?(?! to\b)|led by|in charge|(?:will|shall) (?:manage|oversee|supervise|coordinate)|(?:zal|zullen) (?:\p{L}+ ){0,3}(?:beheren|coördineren|begeleiden))\b/iu,
  wanneer: /\b(?:start\w*|begin\w*|klaar|gereed|afgerond|afronden|rond[a-z]*|oplever\w*|uiterlijk|vanaf|mijlpa\w*|fase|deadline|loopt|duurt|looptijd|doorlooptijd|planning|gepland|live|lancer\w*|eind|einde|tot|by|until|from|starts?|finish\w*|complet\w*|deliver\w*|launch\w*|go-live|ends?|within|binnen|implementeren|invoeren|uitrollen|roll[- ]?out|scheduled|planned|vindt plaats|vinden plaats|takes? place|due)\b/i,
  // "Hotfixes - 23.5 Hours (3 Days)", "binnen de voorziene 100 uren", "een uur werk": effort the work takes.
  kosten: /\(\d+ (?:hours|uur|uren)\)|\S\s[-–—:|]\s\d+(?:[.,]\d+)?\s*(?:hours|hrs|uur|uren)\b(?:\s*\([^)]*\))?\s*$|\b(?:voorzien|gepland|begroot|toegekend|allotted|allocated|budgeted|planned)e? \d+(?:[.,]\d+)? (?:uren|uur|hours)\b|\b(?:uur|uren) werk\b|\bhours? of (?:work|effort)\b|\b(?:kost\w*|budget\w*|begrot\w*|(?:personele )?inzet|estimated? (?:at|the)|effort (?:at|of|is)|geschat op|naar schatting|besteedt|besteden|dedicate|vergt|bedraagt|eigen bijdrage|financiële (?:consequenties|gevolgen)|financial implications|no-cost|middelen|total hours|totaal (?:aantal )?uren|investering\w*|investeren|bedrag|prijs|uitgave\w*|financier\w*|subsidie|cost\w*|spend\w*|price|invest\w*|fund\w*|geld|money)\b/i,
  wat: /\b(?:het plan is|plan is (?:daarom )?om|the plan is|idee|voorstel|we willen|willen we|ons plan|doel|resultaat|oplossing|idea|we propose|proposal|we want to|goal|aim|result|solution)\b/i,
  hoe: /\b(?:aanpak\w*|eerst|daarna|vervolgens|stap(?:pen)?|beginnen met|door middel van|werkwijze|approach|first|then|next|steps?|we start|method)\b/i,
};

const SAVINGS = /\b(?:bespa(?:a?r)\w*|besparing\w*|opbrengst\w*|oplevert|levert\b.*\bop|saves?|saving\w*|revenue|returns?|yields?)\b/i;
// Lines about the document itself (its date, an e-mail header) and template instructions answer nothing.
const DOCUMENT_DATE_LINE = /^\s*(?:\*\*)?(?:datum|date|versie|version|laatst bijgewerkt|last updated|onderwerp|subject|van|from|aan|to|cc|re|(?:next |call |submission )?deadline (?:for (?:the )?(?:call|submissions?|proposals)|voor (?:indiening|aanvragen))|next deadline|call deadline|submission deadline|indieningsdeadline|sluitingsdatum)\s*:|^\s*[*_]{0,2}(?:generated|gegenereerd|created|aangemaakt|exported|geëxporteerd)\b[^.\n]{0,40}\b(?:on|op)\s+\d/i;

// "“Show me temperature anomalies for Oahu from 2010 to 2020.”": a sentence wholly in quotes is someone else's words
// (an example question, a quote from a user), not what the plan says it will do.
// Inside, an apostrophe counts only within a word ("don’t"), so "'SmartBin' costs ... as a 'pilot'." is no quote.
const QUOTED = /^["“„«‘'](?:[^"“”„«»'’]|['’](?=\p{L}))*["”»’'][.!?:;,)]*$/u;
const QUOTED_WORDS = 3;

export function isQuoted(plain: string): boolean {
  return QUOTED.test(plain) && plain.split(/\s+/).length >= QUOTED_WORDS;
}

/**
 * A piece that is one link and marks around it: `/^[\s\W]*!?\[[^\]]*\]\([^)]*\)[\s\W]*$/u`. Read in one pass:
 * the regex tried every `[` before the first word character and read the rest of the piece from each, which
 * cost a run of brackets ("[[[[", "[]()[]()") its length squared. Every word character must lie inside the
 * link, so it opens before the first one and closes after the last one.
 */
function isOnlyLink(piece: string): boolean {
  const isWord = (at: number) => /\w/.test(piece[at]);
  let firstWord = 0;
  while (firstWord < piece.length && !isWord(firstWord)) firstWord++;
  let lastWord = piece.length - 1;
  while (lastWord >= 0 && !isWord(lastWord)) lastWord--;
  // The first `]` after the `[` and the first `)` after the `(`: shared by the next `[` while it comes before them.
  let close = -1;
  let paren = -1;
  for (let open = piece.indexOf('['); open >= 0 && open < firstWord; open = piece.indexOf('[', open + 1)) {
    if (close < open) close = piece.indexOf(']', open + 1);
    if (close < 0) return false;
    if (piece[close + 1] !== '(') continue;
    if (paren < close + 2) paren = piece.indexOf(')', close + 2);
    if (paren < 0) return false;
    if (paren > lastWord) return true;
  }
  return false;
}
// "ing. Mark Hendriks", "prof. dr. A. Verbeek", "e.g. the city": a title, an initial or an abbreviation ends no sentence.
const SENTENCE_BREAK = new RegExp(String.raw`(?<=[.!?])(?<!${TITLE_OR_INITIAL})(?<!\b(?:bijv|o\.a|e\.g|i\.e|vs|nr|no|ca|zgn|resp)\.)\s+|\n`, 'giu');

export interface Sentence {
  text: string;
  start: number;
  end: number;
  /** A heading's text: "October 31st", "Fase 2: maart 2026". */
  heading?: boolean;
  /** Wholly in quotes: someone else's words, which answer nothing (they may still show the plan speaks as "we"). */
  quoted?: boolean;
}

// `<aside class="example">` (ReSpec and other specification templates): the template's example of another
// project, left standing; nothing in it is this plan's answer.
const EXAMPLE_BLOCK = /<(aside|div|section|figure)\b[^<>]*\bclass=["'][^"'<>]*(?<![\w-])example(?![\w-])[^"'<>]*["'][^<>]*>[\s\S]*?(?:<\/\1\s*>|$)/gi;
const MAY_HOLD_EXAMPLE = /example/i;

/** Whether an offset lies in an example block. */
export function exampleBlocks(text: string): (offset: number) => boolean {
  if (!MAY_HOLD_EXAMPLE.test(text)) return () => false;
  const ranges = [...text.matchAll(EXAMPLE_BLOCK)].map((match) => [match.index, match.index + match[0].length] as const);
  return (offset) => ranges.some(([start, end]) => offset >= start && offset < end);
}

/** The text with every example block blanked out (same length, so offsets hold). */
export function withoutExampleBlocks(markdown: string): string {
  return MAY_HOLD_EXAMPLE.test(markdown) ? markdown.replace(EXAMPLE_BLOCK, blank) : markdown;
}

const WHOLLY_BRACKETED = /^\s*\\?\[(?![ xX]?\\?\])[^\]\n]{2,600}\\?\]\s*$/;

/** The sentences of every paragraph and table cell, with where they are. Computed once per plan. */
export function collectSentences(nodes: NodeIndex, lines: LineIndex): Sentence[] {
  const sentences: Sentence[] = [];
  const text = withoutExampleBlocks(lines.text);
  const add = (node: Paragraph | TableCell | Heading) => {
    const start = offsetOf(node, 'start');
    const end = offsetOf(node, 'end');
    const raw = text.slice(start, end);
    let from = 0;
    SENTENCE_BREAK.lastIndex = 0;
    for (;;) {
      const next = SENTENCE_BREAK.exec(raw);
      const to = next ? next.index : raw.length;
      const piece = raw.slice(from, to);
      // An empty piece (between two line breaks) holds no sentence.
      // A sentence that is only a link ("📑 Plan van aanpak.pdf") points elsewhere; it answers nothing here.
      // "- [100% na oplevering binnen 14 dagen]": a sentence wholly in brackets is a template's slot or example.
      if (piece && !DOCUMENT_DATE_LINE.test(piece) && !isPrompt(piece) && !isOnlyLink(piece) && !WHOLLY_BRACKETED.test(piece)) {
        const text = plainText(stripPrompts(piece));
        if (text) sentences.push({ text, start: start + from, end: start + to, ...(node.type === 'heading' ? { heading: true } : {}), ...(isQuoted(text) ? { quoted: true } : {}) });
      }
      if (!next) break;
      from = SENTENCE_BREAK.lastIndex;
    }
  };
  // A checklist ("- [ ] Er staat een bedrag in") describes the plan; it does not answer anything.
  for (const paragraph of nodes.paragraphs) if (!paragraph.inChecklist) add(paragraph.node);
  // A header cell ("Pilot owner", "Verwachte bron/owner") names a column; the rows under it answer.
  const headerCells = new Set<TableCell>(nodes.tables.flatMap((table) => (table.children.length > 1 ? table.children[0].children : [])));
  for (const cell of nodes.tableCells) if (!headerCells.has(cell)) add(cell);
  // "Milestone 1 (Month 1) - 15.000 EUR", "Planning (4 weken)": headings carry answers too; the title does not.
  nodes.headings.forEach((heading, index) => {
    if (index > 0 || heading.depth > 1) add(heading);
  });
  return sentences;
}

/** Step-by-step wording strong enough to count as an approach even under another heading. */
export const STEPS = /\b(?:in (?:twee|drie|vier|vijf|\d) stappen|stap(?:pen)? \d|eerste stap|in (?:two|three|four|five|\d) (?:steps|phases)|first step|step \d|(?:beginnen|starten) (?:we )?(?:met|bij)|we (?:starten|beginnen) met|first,? we|we (?:will )?start (?:by|with)|(?:consists|is made up) of (?:two|three|four|five|\d) (?:parts|phases|stages|work ?packages|sub-?projects)|bestaat uit (?:twee|drie|vier|vijf|\d) (?:delen|fasen|fases|stappen|onderdelen|werkpakketten|deelprojecten))\b/i;

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
