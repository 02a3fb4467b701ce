import type { Root, RootContent, Table, Heading } from 'mdast';
import type { NodeIndex } from './nodes.js';
import { toString } from 'mdast-util-to-string';
import type { LineIndex, Range } from '../text/lineIndex.js';
import type { LabelMatcher } from './labels.js';
import type { Frontmatter } from './frontmatter.js';
import { FRONTMATTER_KEYS } from './vocabulary.js';

export type SiteSource = 'heading' | 'label' | 'table' | 'frontmatter' | 'byline' | 'prose';

/** A place in the plan that is meant to answer a question. */
export interface AnswerSite {
  questionId: string;
  source: SiteSource;
  label: string;
  /** The heading, label or key: where findings about this answer point. */
  labelRange: Range;
  /** The answer's Markdown, from the document. */
  answer: string;
  answerStart: number;
  answerEnd: number;
}

export interface HeadingSection {
  node: Heading;
  title: string;
  questionIds: string[];
  start: number;
  /** End of the heading line; the section's own content starts here. */
  contentStart: number;
  end: number;
}

export function headingSections(root: Root, lines: LineIndex, matcher: LabelMatcher): HeadingSection[] {
  const children = root.children;
  const headings: Array<{ index: number; node: Heading; questionIds: string[]; title: string }> = [];
  children.forEach((node, index) => {
    if (node.type === 'heading') {
      const title = toString(node);
      headings.push({ index, node, title, questionIds: withNumberedStep(title, matcher.match(title.split(/:\s/)[0])) });
    }
  });
  return headings.map((heading, order) => {
    // A section runs to the next heading as high or higher; its subsections are part of its answer.
    let next: (typeof headings)[number] | undefined;
    for (let later = order + 1; later < headings.length && !next; later++) {
      if (headings[later].node.depth <= heading.node.depth) next = headings[later];
    }
    const end = next ? offsetOf(children[next.index], 'start') : lines.text.length;
    return {
      node: heading.node,
      title: heading.title,
      questionIds: heading.questionIds,
      start: offsetOf(heading.node, 'start'),
      contentStart: offsetOf(heading.node, 'end'),
      end,
    };
  });
}

// "Stap 1: data ophalen", "Fase 2: maart 2026", "Week 3", "Sprint 4 – testen": one step of an approach.
const NUMBERED_STEP = /^\s*(?:(stap|step|fase|phase|iteratie|iteration|mijlpaal|milestone)|(sprint|week|maand|month|periode|period))\s*[\dIVX]+\b/i;

function withNumberedStep(title: string, ids: string[]): string[] {
  const step = NUMBERED_STEP.exec(title);
  if (!step) return ids;
  return [...new Set([...ids, 'hoe', ...(step[2] ? ['wanneer'] : [])])];
}

// "Kosten: € 40.000", "Planning (4 weken)", "Milestone 1 (Month 1) - 15.000 EUR": the heading carries part of its answer.
const INLINE_SEPARATOR = /\s*(?::\s|\s[-–—]\s|\()/;

function inlineAnswer(title: string): string {
  const separator = INLINE_SEPARATOR.exec(title);
  return separator ? title.slice(separator.index).replace(/^\s*:\s*/, '') + '\n' : '';
}

export function headingSites(sections: HeadingSection[], lines: LineIndex): AnswerSite[] {
  return sections.flatMap((section) =>
    section.questionIds.map((questionId) => {
      // "## Kosten: € 40.000" carries its answer in the heading itself.
      const inline = inlineAnswer(section.title);
      return {
        questionId,
        source: 'heading' as const,
        label: section.title,
        labelRange: lines.rangeOf(section.start, section.contentStart),
        answer: inline + lines.text.slice(section.contentStart, section.end),
        answerStart: section.contentStart,
        answerEnd: section.end,
      };
    }),
  );
}

// "**Wie:**", "- **Budget**:", "⏱️ **Duration** — 10 weeks", "**Approach.** Group the failures ...": a bold run-in label.
const BOLD_LABEL = /^(\s*(?:[-*+]\s+)?(?:\p{Extended_Pictographic}[\uFE0F\u200D\p{Extended_Pictographic}]*\s*)?)(\*\*|__)([^*_\n]{1,80}?)\2\s*(:|\.|[—–](?=\s))?[ \t]*/u;
// `Wie: ...` and the definition-list style `Eigenaar — ...`.
const PLAIN_LABEL = /^(\s*(?:[-*+]\s+)?)([^\s:*|#>][^:\n—–]{0,58}?)\s*(?::(?:[ \t]+|$)|[ \t][—–][ \t]+)/;
// Every label holds a colon, a dash or bold marks; most prose lines hold none, so they skip the patterns.
const MAY_BE_LABEL = /[:—–]|\*\*|__/;
const NOT_ANSWER_LABELS = /^(?:datum|date|versie|version|status|gewijzigd|laatst bijgewerkt|last updated|titel|title)$/i;

interface LabelLine {
  label: string;
  ids: string[];
  start: number;
  labelEnd: number;
  lineEnd: number;
}

/** A label that asks only for a name ("naam:", "Name:"). */
export const NAME_LABEL = /^(?:naam|name)\s*:?$/i;
/** "### PAGINA 2 / naam: Menu": under a page, screen or part of the product a name label names that part, not a person. */
const PART_SECTION = /\b(?:pagina|pages?|scherm|screens?|features?|functionaliteit\w*|componenten|component|modules?|tabel|tables?|entiteit\w*|entit(?:y|ies)|klassen?|class(?:es)?|endpoints?)\b/i;

/** Whether an offset lies under a sub-heading (not the plan's title) that names a page, screen or part. */
export function inPartSection(sections: HeadingSection[], offset: number): boolean {
  const section = sectionAt(sections, offset);
  return !!section && section.node.depth > 1 && PART_SECTION.test(section.title);
}

/** `**Wie:** ...`, `Wie: ...` and `- **Wat kost het?** ...` lines, in paragraphs anywhere. */
export function labelSites(nodes: NodeIndex, lines: LineIndex, matcher: LabelMatcher): AnswerSite[] {
  const sites: AnswerSite[] = [];
  for (const { node, index, parent } of nodes.paragraphs) {
    const start = offsetOf(node, 'start');
    const end = offsetOf(node, 'end');
    const labelled = findLabelLines(lines.text, start, end, matcher);
    if (labelled.length === 0) {
      const pseudo = pseudoHeading(lines.text, start, end, matcher);
      if (pseudo) labelled.push(pseudo);
    }
    labelled.forEach((line, order) => {
      if (line.ids.length === 0) return;
      let answerEnd = order + 1 < labelled.length ? labelled[order + 1].start : end;
      let answer = lines.text.slice(line.labelEnd, answerEnd);
      // "**Planning:**" alone on its line: the answer is the list or paragraph after it. A nested list of
      // labelled items ("- Testen: 1 week") is the label's breakdown, not a new label.
      const next = parent && index !== undefined ? parent.children[index + 1] : undefined;
      const breakdown = next?.type === 'list' && parent?.type === 'listItem';
      if (answer.trim() === '' && order === labelled.length - 1 && next && next.type !== 'heading' && (breakdown || !startsWithLabel(next, lines, matcher))) {
        answerEnd = offsetOf(next, 'end');
        answer = lines.text.slice(line.labelEnd, answerEnd);
      }
      for (const questionId of line.ids) {
        sites.push({
          questionId,
          source: 'label',
          label: line.label,
          labelRange: lines.rangeOf(line.start, line.labelEnd),
          answer,
          answerStart: line.labelEnd,
          answerEnd,
        });
      }
    });
  }
  return sites;
}

// "GOAL" over its text, or "Doel" alone in a paragraph: a heading written as a line.
const PSEUDO_HEADING = /^(?:\*\*|__)?([\p{L}' ]{3,40}?)(?:\*\*|__)?[ \t]*$/u;

function pseudoHeading(text: string, start: number, end: number, matcher: LabelMatcher): LabelLine | undefined {
  const newline = text.indexOf('\n', start);
  const lineEnd = newline === -1 || newline > end ? end : newline;
  const line = text.slice(start, lineEnd);
  const match = PSEUDO_HEADING.exec(line);
  if (!match) return undefined;
  const label = match[1].trim();
  const shaped = label === label.toUpperCase() || /^(?:\*\*|__)/.test(line) || lineEnd === end;
  const ids = shaped ? matcher.match(label, true) : [];
  return ids.length > 0 ? { label, ids, start, labelEnd: lineEnd, lineEnd } : undefined;
}

function findLabelLines(text: string, start: number, end: number, matcher: LabelMatcher): LabelLine[] {
  const found: LabelLine[] = [];
  if (!MAY_BE_LABEL.test(text.slice(start, end))) return found;
  let lineStart = start;
  while (lineStart < end) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 || newline > end ? end : newline;
    const line = text.slice(lineStart, lineEnd);
    const label = readLabel(line, matcher);
    if (label) found.push({ label: label.label, ids: label.ids, start: lineStart + label.indent, labelEnd: lineStart + label.length, lineEnd });
    lineStart = lineEnd + 1;
  }
  return found;
}

function readLabel(line: string, matcher: LabelMatcher): { label: string; ids: string[]; indent: number; length: number } | undefined {
  if (!MAY_BE_LABEL.test(line)) return undefined;
  const bold = BOLD_LABEL.exec(line);
  if (bold) {
    const label = bold[3].trim();
    const isLabel = bold[4] === ':' || /[:?]$/.test(label);
    // A bold word closed by a full stop or followed by a dash is a label only when it names a question:
    // "**Important.** Do not ..." is emphasis.
    const runIn = !isLabel && (bold[4] !== undefined || label.endsWith('.'));
    if ((!isLabel && !runIn) || NOT_ANSWER_LABELS.test(label.replace(/[:?.]$/, ''))) return undefined;
    const ids = matcher.match(label.replace(/\.$/, ''));
    if (runIn && ids.length === 0) return undefined;
    return { label, ids, indent: bold[1].length, length: bold[0].length };
  }
  const plain = PLAIN_LABEL.exec(line);
  // "summary?: string" is code, not a label.
  if (plain && !/\?$/.test(plain[2]) && !NOT_ANSWER_LABELS.test(plain[2].trim()) && !/^https?$/i.test(plain[2])) {
    // An unknown short label ("Telefoon:") still ends the answer of the label before it.
    const ids = matcher.match(plain[2], true);
    const shortLabel = () => plain[2].trim().split(/\s+/).length <= 3;
    return ids.length > 0 || shortLabel() ? { label: plain[2].trim(), ids, indent: plain[1].length, length: plain[0].length } : undefined;
  }
  return undefined;
}

function startsWithLabel(node: RootContent, lines: LineIndex, matcher: LabelMatcher): boolean {
  const start = offsetOf(node, 'start');
  const newline = lines.text.indexOf('\n', start);
  const first = lines.text.slice(start, newline === -1 ? undefined : newline).replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '');
  // A list whose first item is labelled by a question ("- **Wat:** ...") starts new answers; one labelled otherwise
  // ("- M1.D1 — CLI", "- Personeel: € 5.000") is the answer of the label above it.
  const label = readLabel(first, matcher);
  return !!label && (label.ids.length > 0 || node.type !== 'list');
}

/** Two-column "Vraag | Antwoord" tables, and tables whose header row names the questions. */
export function tableSites(nodes: NodeIndex, lines: LineIndex, matcher: LabelMatcher): AnswerSite[] {
  const sites: AnswerSite[] = [];
  for (const table of nodes.tables) {
    const rows = table.children;
    if (rows.length === 0) continue;
    const header = rows[0].children.map((cell) => matcher.match(toString(cell)));
    const named = header.filter((ids) => ids.length > 0).length;
    // "| Dag | Taak |": one column named exactly as a question, over at least two rows, is that answer.
    const oneExact = named === 1 && rows.length >= 3 && rows[0].children.some((cell) => matcher.match(toString(cell), true).length > 0);
    if (named >= 2 || oneExact) {
      header.forEach((ids, column) => {
        const cells = rows.slice(1).map((row) => row.children[column]).filter(Boolean);
        if (ids.length === 0 || cells.length === 0) return;
        for (const questionId of ids) sites.push(cellSite(questionId, rows[0].children[column], cells, lines));
      });
      continue;
    }
    for (const row of rows) {
      if (row.children.length < 2) continue;
      const ids = matcher.match(toString(row.children[0]));
      for (const questionId of ids) sites.push(cellSite(questionId, row.children[0], row.children.slice(1), lines));
    }
  }
  return sites;
}

function cellSite(questionId: string, labelCell: RootContent | Table['children'][number]['children'][number], cells: Array<Table['children'][number]['children'][number]>, lines: LineIndex): AnswerSite {
  const start = offsetOf(cells[0], 'start');
  const end = offsetOf(cells[cells.length - 1], 'end');
  return {
    questionId,
    source: 'table',
    label: toString(labelCell),
    labelRange: lines.rangeOf(offsetOf(labelCell, 'start'), offsetOf(labelCell, 'end')),
    answer: cells.map((cell) => lines.text.slice(offsetOf(cell, 'start'), offsetOf(cell, 'end'))).join('\n'),
    answerStart: start,
    answerEnd: end,
  };
}

export function frontmatterSites(frontmatter: Frontmatter | undefined): AnswerSite[] {
  if (!frontmatter) return [];
  const sites: AnswerSite[] = [];
  for (const [key, value] of Object.entries(frontmatter.data)) {
    // `coordinator-name`, `projectleider_naam`: the name of the party the key names.
    const questionId = FRONTMATTER_KEYS[key.toLowerCase()] ?? FRONTMATTER_KEYS[key.toLowerCase().replace(/[-_](?:name|naam)$/, '')];
    const range = frontmatter.keyRanges.get(key.toLowerCase());
    if (!questionId || !range) continue;
    let answer = value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);
    // `budget: 185000` with `valuta: EUR` (or a key like `budget_eur`): the number is an amount.
    if (questionId === 'kosten' && /^\d+(?:[.,]\d+)?$/.test(answer.trim())) {
      const currency = currencyOf(frontmatter.data, key);
      if (currency) answer = `${currency} ${answer.trim()}`;
    }
    sites.push({
      questionId,
      source: 'frontmatter',
      label: key,
      labelRange: range,
      answer,
      answerStart: range.start.offset,
      answerEnd: range.end.offset,
    });
  }
  return sites;
}

const CURRENCY_KEYS = ['valuta', 'currency', 'munteenheid', 'munt'];

function currencyOf(data: Record<string, unknown>, key: string): string | undefined {
  const inKey = /(?:^|[_-])(eur|euro|usd|gbp)$/i.exec(key);
  if (inKey) return inKey[1].toUpperCase() === 'EURO' ? 'EUR' : inKey[1].toUpperCase();
  for (const [name, value] of Object.entries(data)) {
    if (CURRENCY_KEYS.includes(name.toLowerCase()) && typeof value === 'string' && /^(?:€|eur|euro|usd|\$|gbp|£)$/i.test(value.trim())) return value.trim();
  }
  return undefined;
}

/** The innermost section around an offset. */
export function sectionAt(sections: HeadingSection[], offset: number): HeadingSection | undefined {
  let found: HeadingSection | undefined;
  for (const section of sections) {
    if (section.start > offset) break;
    if (offset < section.end) found = section;
  }
  return found;
}

export function offsetOf(node: { position?: { start: { offset?: number }; end: { offset?: number } } }, side: 'start' | 'end'): number {
  return node.position?.[side].offset ?? 0;
}
