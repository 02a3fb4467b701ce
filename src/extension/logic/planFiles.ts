import type { LintResult } from '../../core/index.js';
import { FIVE_QUESTIONS } from '../../core/index.js';
import type { PathPatterns } from './patterns.js';

/** The parts of a lint result that decide whether a Markdown file is a plan. */
export type PlanEvidence = Pick<LintResult, 'coverage'> & { plan: Pick<LintResult['plan'], 'kind' | 'frontmatter'> };

export interface PlanFileRules {
  /** `innovatie.plans` and the config's `plans`: these files are always plans. */
  plans: PathPatterns;
  /** The config's `ignore`: these files are never linted. */
  ignore: PathPatterns;
}

/** How many of the five questions a document at least attempts before it counts as a plan. */
export const MIN_QUESTIONS_FOR_PLAN = 2;

/**
 * A Markdown file is a plan when it says so (frontmatter `soort:`), when a
 * setting names it, or when it looks like one: a recognised kind, or at least
 * two of the five questions attempted. READMEs and notes stay quiet.
 */
export function isPlan(result: PlanEvidence, relativePath: string | undefined, rules: PlanFileRules): boolean {
  if (rules.ignore.matches(relativePath)) return false;
  if (rules.plans.matches(relativePath)) return true;
  const data = result.plan.frontmatter?.data ?? {};
  if (data.soort !== undefined || data.kind !== undefined) return true;
  if (result.plan.kind !== 'plan') return true;
  return FIVE_QUESTIONS.filter((id) => result.coverage[id] !== 'missing').length >= MIN_QUESTIONS_FOR_PLAN;
}
