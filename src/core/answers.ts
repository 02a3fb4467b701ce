import { plainText } from './judge/text.js';
import { missingMessage, questionName, weakMessage } from './rules/messages.js';
import type { Judgement, Language, Plan, Status } from './model/plan.js';
import type { SiteSource } from './model/sites.js';
import { QUESTIONS } from './model/vocabulary.js';

/** The evidence behind one judgement: what a reviewer would point at, and why. */
export interface AnswerEvidence {
  status: Status;
  /** 1-based lines of the text that answered (or tried to); absent when missing. */
  line?: number;
  endLine?: number;
  /** The answering text as plain words, at most EXCERPT_LENGTH characters. */
  excerpt?: string;
  /** One sentence in the requested language. */
  reason: string;
}

export const EXCERPT_LENGTH = 200;

const WHERE: Record<SiteSource, { nl: (label: string) => string; en: (label: string) => string }> = {
  heading: { nl: (label) => `onder de kop '${label}'`, en: (label) => `under the heading '${label}'` },
  label: { nl: (label) => `bij het label '${label}'`, en: (label) => `at the label '${label}'` },
  table: { nl: (label) => `in de tabel bij '${label}'`, en: (label) => `in the table at '${label}'` },
  frontmatter: { nl: (label) => `in de frontmatter ('${label}')`, en: (label) => `in the frontmatter ('${label}')` },
  byline: { nl: (label) => `in de regel met namen onder de titel ('${label}')`, en: (label) => `in the line of names under the title ('${label}')` },
  prose: { nl: () => 'in de lopende tekst', en: () => 'in the running text' },
};

const WHAT_COUNTS: Record<string, { nl: string; en: string }> = {
  who: { nl: 'er staat een persoon, rol, team of organisatie die het werk draagt', en: 'it names a person, role, team or organisation that carries the work' },
  when: { nl: 'er staat een datum, periode of doorlooptijd voor het eigen werk', en: "it gives a date, period or duration for the plan's own work" },
  cost: { nl: 'er staat een bedrag, een inzet in uren of fte, of expliciet nul', en: 'it gives an amount, an effort in hours or fte, or an explicit zero' },
  hkw: { nl: "er staat een goed gevormde 'Hoe kunnen we ...?'-vraag", en: "it holds a well-formed 'How might we ...?' question" },
  text: { nl: 'het beschrijft het inhoudelijk', en: 'it describes it in substance' },
};

/** The evidence for every question the plan is judged on, in `language`. */
export function answerEvidence(plan: Plan, language: Language): Record<string, AnswerEvidence> {
  const evidence: Record<string, AnswerEvidence> = {};
  for (const [questionId, judgement] of plan.coverage) evidence[questionId] = explainJudgement(plan, judgement, language);
  return evidence;
}

export function explainJudgement(plan: Plan, judgement: Judgement, language: Language): AnswerEvidence {
  const { questionId, status, site } = judgement;
  if (status === 'missing') return { status, reason: missingMessage(questionId, language) };
  // Weak without a place: the plan has text, but no passage that answers the question.
  if (!site) return { status, reason: weakMessage(questionId, judgement.weakness ?? { reason: 'not-located' }, language) };
  const line = site.labelRange.start.line;
  // A section's answer ends where the next one starts: do not count the blank lines before it.
  const endOffset = Math.max(site.answerStart, trimEnd(plan.lines.text, site.answerEnd));
  const endLine = Math.max(line, plan.lines.pointAt(endOffset).line);
  const excerpt = shorten(plainText(site.answer) || site.label);
  if (status === 'weak') return { status, line, endLine, excerpt, reason: weakMessage(questionId, judgement.weakness ?? { reason: 'empty' }, language) };
  const where = WHERE[site.source][language](shorten(plainText(site.label), 60));
  const judge = judgeOf(questionId);
  const name = questionName(questionId, language);
  const reason = language === 'nl'
    ? `'${name}' is beantwoord ${where}: ${WHAT_COUNTS[judge].nl}.`
    : `'${name}' is answered ${where}: ${WHAT_COUNTS[judge].en}.`;
  return { status, line, endLine, excerpt, reason };
}

function judgeOf(questionId: string): string {
  return QUESTIONS[questionId]?.judge ?? 'text';
}

function trimEnd(text: string, end: number): number {
  let at = end;
  while (at > 0 && /\s/.test(text[at - 1])) at--;
  return at;
}

function shorten(text: string, length = EXCERPT_LENGTH): string {
  return text.length <= length ? text : `${text.slice(0, length - 1).trimEnd()}…`;
}
