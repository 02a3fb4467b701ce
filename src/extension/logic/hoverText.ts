import { GUIDANCE, QUESTIONS, RULES_BY_ID, ruleDocsUrl, type Finding, type Status } from '../../core/index.js';
import type { UiLanguage } from './language.js';

const GUIDE = GUIDANCE as Record<string, { nl: string; en: string } | undefined>;

const STATUS: Record<Status, { nl: string; en: string }> = {
  answered: { nl: '✓ beantwoord', en: '✓ answered' },
  weak: { nl: '~ zwak beantwoord', en: '~ weakly answered' },
  missing: { nl: '✗ ontbreekt', en: '✗ missing' },
};

const GOOD_ANSWER = { nl: 'Zo ziet een goed antwoord eruit:', en: 'What a good answer looks like:' };
const ABOUT_RULE = { nl: 'Over deze regel', en: 'About this rule' };

/** The rule that checks a question: one per five-question, `kind-questions` for the rest. */
function ruleFor(questionId: string): string {
  return RULES_BY_ID.has(`question-${questionId}`) ? `question-${questionId}` : 'kind-questions';
}

/**
 * Markdown for a hover on a question's heading or label: its status and why
 * (the sentence `innovatie explain` gives), what the method asks, and an example.
 */
export function questionHover(questionId: string, status: Status | undefined, language: UiLanguage, reason?: string): string {
  const heading = QUESTIONS[questionId]?.heading[language] ?? questionId;
  const parts = [`**${heading}**${status ? ` — ${STATUS[status][language]}` : ''}`];
  if (reason) parts.push(escapeMarkdown(reason));
  const guidance = GUIDE[questionId]?.[language];
  if (guidance) parts.push(guidance);
  const rule = RULES_BY_ID.get(ruleFor(questionId));
  if (rule && rule.id !== 'kind-questions') {
    parts.push(rule.rationale[language]);
    // The rules' examples are Dutch plans; an English reader gets the rationale only.
    const example = language === 'nl' ? rule.examples.ok[0]?.markdown.replace(/^# Plan\n\n/, '') : undefined;
    if (example) parts.push(`${GOOD_ANSWER[language]}\n\n${fence(example)}`);
  }
  parts.push(`[${ABOUT_RULE[language]}: ${ruleFor(questionId)}](${ruleDocsUrl(ruleFor(questionId))})`);
  return parts.join('\n\n');
}

/** Markdown for a hover on a finding: the rule, the question's status and why, why it matters and what the method asks there. */
export function findingHover(finding: Finding, language: UiLanguage, evidence?: { status: Status; reason: string }): string {
  const rule = RULES_BY_ID.get(finding.ruleId);
  const parts = [`**${finding.ruleId}** — ${rule?.description[language] ?? ''}`];
  if (evidence) parts.push(`${STATUS[evidence.status][language]}: ${escapeMarkdown(evidence.reason)}`);
  if (finding.questionId && GUIDE[finding.questionId]) parts.push(GUIDE[finding.questionId]![language]);
  if (rule) parts.push(rule.rationale[language]);
  parts.push(`[${ABOUT_RULE[language]}](${ruleDocsUrl(finding.ruleId)})`);
  return parts.join('\n\n');
}

/** The reason quotes the plan's own words: they must not turn into links or emphasis. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>~]/g, (char) => `\\${char}`);
}

function fence(markdown: string): string {
  const longest = Math.max(2, ...[...markdown.matchAll(/`+/g)].map((match) => match[0].length));
  const ticks = '`'.repeat(longest + 1);
  return `${ticks}markdown\n${markdown.trimEnd()}\n${ticks}`;
}
