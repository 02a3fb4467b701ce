/** One card per question: the linter's verdict, the answer text and where a board edit may write. */
import { GUIDANCE, QUESTIONS, type Judgement, type Plan } from '../index.js';
import { anchorAt } from './anchor';
import { richMarkdown, richPlain } from './rich';
import type { Anchor, Card } from './types';

type Site = NonNullable<Judgement['site']>;
type GuidanceTable = Record<string, { nl: string; en: string } | undefined>;

/** Where a card's answer may be replaced, and what goes around text typed into an empty answer. */
export interface EditTarget {
  anchor: Anchor;
  /** Put in front of new text when the answer was empty ("## Wie" needs a blank line after it). */
  prefix: string;
}

export function cardFor(text: string, plan: Plan, questionId: string): Card {
  const language = plan.language;
  const judgement = plan.coverage.get(questionId) ?? judgeFromSites(plan, questionId);
  const site = judgement.site;
  const target = site ? editTarget(text, site) : undefined;
  const answer = site ? withoutComments(site.source === 'frontmatter' ? site.answer : text.slice(site.answerStart, site.answerEnd)).trim() : '';
  return {
    questionId,
    heading: QUESTIONS[questionId]?.heading[language] ?? questionId,
    status: judgement.status,
    weakness: judgement.weakness?.reason,
    guidance: (GUIDANCE as GuidanceTable)[questionId]?.[language] ?? '',
    answer,
    rich: site?.source === 'frontmatter' ? richPlain(answer) : richMarkdown(answer),
    reveal: site ? { start: site.labelRange.start.offset, end: site.labelRange.end.offset } : undefined,
    edit: target?.anchor,
    editPrefix: target?.prefix || undefined,
  };
}

/**
 * Worksheet parts the plan's kind does not require (a car part in an agenda) have no
 * verdict from the linter; an answer under their heading counts, an empty one does not.
 */
function judgeFromSites(plan: Plan, questionId: string): Judgement {
  const site = plan.sites.find((candidate) => candidate.questionId === questionId);
  if (!site) return { questionId, status: 'missing' };
  return { questionId, status: withoutComments(site.answer).trim() === '' ? 'missing' : 'answered', site };
}

/** The part of an answer a board edit replaces; undefined where editing belongs in the text editor. */
export function editTarget(text: string, site: Site): EditTarget | undefined {
  if (site.source === 'frontmatter') return undefined; // YAML quoting is easy to break from a text box
  let start = site.answerStart;
  let end = site.answerEnd;
  if (site.source === 'heading' && /:\s/.test(site.label)) return undefined; // "## Kosten: € 40.000" answers in the heading
  // Guidance comments at the top of a section stay: the board edits what comes after them.
  for (;;) {
    const rest = text.slice(start, end);
    const lead = /^\s*<!--[\s\S]*?-->/.exec(rest);
    if (!lead) break;
    start += lead[0].length;
  }
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  const slice = text.slice(start, end);
  if (site.source === 'table' && /[|\n]/.test(slice)) return undefined; // several cells: edit the table as text
  if (slice === '') start = end = contentEnd(text, site);
  return { anchor: anchorAt(text, start, end), prefix: slice === '' ? prefixFor(text, start) : '' };
}

/** An empty answer is inserted right after its label or heading (and any guidance comments). */
function contentEnd(text: string, site: Site): number {
  let at = site.answerStart;
  for (;;) {
    const lead = /^\s*<!--[\s\S]*?-->/.exec(text.slice(at, site.answerEnd));
    if (!lead) break;
    at += lead[0].length;
  }
  return at;
}

function prefixFor(text: string, at: number): string {
  const before = text[at - 1];
  if (before === undefined || before === '\n') return '';
  if (before === ' ' || before === '\t') return '';
  // After a heading line or a comment block: a new paragraph. After "Wie:" on a label line: a space.
  return before === ':' || before === '*' || before === '_' ? ' ' : '\n\n';
}

export function withoutComments(markdown: string): string {
  return markdown.replace(/<!--[\s\S]*?(?:-->|$)/g, '').replace(/\n{3,}/g, '\n\n');
}
