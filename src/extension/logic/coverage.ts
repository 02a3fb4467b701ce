import { FIVE_QUESTIONS, QUESTIONS, type LintResult, type Finding } from '../../core/index.js';
import type { UiLanguage } from './language.js';

export type Coverage = LintResult['coverage'];

const SYMBOL = { answered: '✓', weak: '~', missing: '✗' } as const;

/** "wie ✓ · wat ✓ · hoe ~ · wanneer ✗ · kosten ✓" — the canonical ids are the same in both languages. */
export function coverageLine(coverage: Coverage, separator = ' · '): string {
  return FIVE_QUESTIONS.map((id) => `${id} ${SYMBOL[coverage[id]]}`).join(separator);
}

export function answeredCount(coverage: Coverage): number {
  return FIVE_QUESTIONS.filter((id) => coverage[id] === 'answered').length;
}

export interface OpenQuestion {
  questionId: string;
  label: string;
  status: 'weak' | 'missing';
  /** The finding that reports it, to jump to. */
  finding?: Finding;
}

/** The five questions that are not answered, with the finding that reports each. */
export function openQuestions(coverage: Coverage, findings: readonly Finding[], language: UiLanguage): OpenQuestion[] {
  const open: OpenQuestion[] = [];
  for (const id of FIVE_QUESTIONS) {
    const status = coverage[id];
    if (status === 'answered') continue;
    open.push({
      questionId: id,
      label: QUESTIONS[id]?.heading[language] ?? id,
      status,
      finding: findings.find((finding) => finding.questionId === id),
    });
  }
  return open;
}
