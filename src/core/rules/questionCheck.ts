import guidance from '../guidance.json';
import type { Fix } from '../findings.js';
import type { Plan } from '../model/plan.js';
import { QUESTIONS } from '../model/vocabulary.js';
import type { Range } from '../text/lineIndex.js';
import type { RuleContext } from './rule.js';
import { missingMessage, weakMessage } from './messages.js';

/** Reports one question that the plan's kind requires and that is not answered. */
export function checkQuestion(context: RuleContext, questionId: string): void {
  const { plan, language } = context;
  if (!plan.required.includes(questionId)) return;
  const judgement = plan.coverage.get(questionId);
  if (!judgement || judgement.status === 'answered') return;
  if (judgement.status === 'missing') {
    context.report({ message: missingMessage(questionId, language), range: topOfPlan(plan), questionId, fix: insertSection(plan, questionId, language) });
    return;
  }
  context.report({
    message: weakMessage(questionId, judgement.weakness ?? { reason: 'empty' }, language),
    range: judgement.site?.labelRange ?? topOfPlan(plan),
    questionId,
    // A weak answer with no place of its own gets one, as a missing answer does.
    ...(judgement.site ? {} : { fix: insertSection(plan, questionId, language) }),
  });
}

/** Where a finding about the whole plan goes: its title, else its first line. */
export function topOfPlan(plan: Plan): Range {
  return plan.title?.range ?? plan.lines.rangeOf(0, plan.lines.lineEnd(1));
}

const PROMPTS = guidance as Record<string, { nl: string; en: string }>;

/** Inserts the missing question as a section at the end, with guidance as a comment. */
function insertSection(plan: Plan, questionId: string, language: 'nl' | 'en'): Fix {
  const text = plan.lines.text;
  const heading = QUESTIONS[questionId]?.heading[plan.language] ?? questionId;
  const prompt = PROMPTS[questionId]?.[plan.language] ?? '';
  const lead = text.length === 0 ? '' : text.endsWith('\n\n') ? '' : text.endsWith('\n') ? '\n' : '\n\n';
  return {
    description: language === 'nl' ? `Voeg de sectie '${heading}' toe` : `Add the '${heading}' section`,
    edits: [{ start: text.length, end: text.length, newText: `${lead}## ${heading}\n\n<!-- ${prompt} -->\n` }],
  };
}
