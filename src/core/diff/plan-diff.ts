import { explainJudgement } from '../answers.js';
import { extractFacts } from '../facts/index.js';
import { plainText } from '../judge/text.js';
import { lint, type LintOptions, type LintResult } from '../lint.js';
import type { Language } from '../model/plan.js';
import { FIVE_QUESTIONS } from '../model/vocabulary.js';
import { factChangesByQuestion } from './facts.js';
import type { AnswerSide, PlanDiff, QuestionChange } from './types.js';
import { wordDiff } from './words.js';

export interface PlanDiffOptions {
  /** Language of the reasons; defaults to the newer plan's own. */
  language?: Language;
}

/**
 * What changed per question between two versions of one plan (undefined: the plan was added or
 * removed). Questions are matched by id, never by position: a reordered or renamed heading that
 * keeps its answer is no change.
 */
export function diffPlans(before: LintResult | undefined, after: LintResult | undefined, options: PlanDiffOptions = {}): PlanDiff {
  const language = options.language ?? (after ?? before)?.plan.language ?? 'nl';
  const factChanges = factChangesByQuestion(before ? extractFacts(before.plan) : null, after ? extractFacts(after.plan) : null);
  const whole = !before || !after;
  const changes: QuestionChange[] = [];
  for (const question of questionsOf(before, after)) {
    const sideBefore = answerSide(before, question, language);
    const sideAfter = answerSide(after, question, language);
    const facts = factChanges[question];
    const textChanged = sideBefore.text !== sideAfter.text && !movedWhole(sideBefore, sideAfter);
    if (!whole && !facts && !textChanged && sideBefore.status === sideAfter.status) continue;
    const change: QuestionChange = { question, before: sideBefore, after: sideAfter, weakened: !whole && weakened(sideBefore, sideAfter) };
    if (textChanged && sideBefore.text && sideAfter.text) change.words = wordDiff(sideBefore.text, sideAfter.text);
    if (facts) change.facts = facts;
    changes.push(change);
  }
  return { kind: { before: before?.plan.kind ?? null, after: after?.plan.kind ?? null }, changes };
}

/** Lints both texts (undefined: absent) and compares them; `lint` options apply to both. */
export function diffPlanTexts(before: string | undefined, after: string | undefined, options: PlanDiffOptions & Pick<LintOptions, 'config'> = {}): PlanDiff {
  const read = (text: string | undefined) => (text === undefined ? undefined : lint(text, { config: options.config }));
  return diffPlans(read(before), read(after), options);
}

/** The five questions first, then the further questions of either kind, in the plan's order. */
function questionsOf(before: LintResult | undefined, after: LintResult | undefined): string[] {
  const ids = new Set<string>(FIVE_QUESTIONS);
  for (const result of [before, after]) for (const id of result?.plan.coverage.keys() ?? []) ids.add(id);
  return [...ids];
}

function answerSide(result: LintResult | undefined, question: string, language: Language): AnswerSide {
  const judgement = result?.plan.coverage.get(question);
  if (!result) return { status: 'missing', text: null };
  if (!judgement) return { status: 'missing', text: null, asked: false };
  const evidence = explainJudgement(result.plan, judgement, language);
  const site = judgement.site;
  const side: AnswerSide = { status: judgement.status, text: site && judgement.status !== 'missing' ? answerText(site.answer, site.label) : null };
  if (evidence.line !== undefined) side.line = evidence.line;
  // A sentence found in prose is its own label: only a heading, label or key says where it moved.
  if (site && judgement.status !== 'missing' && site.source !== 'prose') side.where = plainText(site.label);
  if (judgement.status !== 'answered') side.reason = evidence.reason;
  return side;
}

/** Plain words with white space collapsed, so re-wrapped lines are no change. */
function answerText(answer: string, label: string): string {
  return (plainText(answer) || plainText(label)).replace(/\s+/g, ' ').trim();
}

/**
 * A combined section split in two ("Planning en kosten" → "Planning", "Kosten"), or two merged:
 * the answer moved to another heading and only lost or gained the other question's words.
 */
function movedWhole(before: AnswerSide, after: AnswerSide): boolean {
  if (!before.text || !after.text || before.where === after.where) return false;
  return before.text.includes(after.text) || after.text.includes(before.text);
}

function weakened(before: AnswerSide, after: AnswerSide): boolean {
  return before.status === 'answered' && after.status !== 'answered' && before.asked !== false && after.asked !== false;
}
