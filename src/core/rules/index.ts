import type { Rule } from './rule.js';
import questionWie from './question-wie.js';
import questionWat from './question-wat.js';
import questionHoe from './question-hoe.js';
import questionWanneer from './question-wanneer.js';
import questionKosten from './question-kosten.js';
import kindQuestions from './kind-questions.js';
import frontmatterValid from './frontmatter-valid.js';
import noPlaceholder from './no-placeholder.js';
import hkwForm from './hkw-form.js';
import riskMitigation from './risk-mitigation.js';
import costTotal from './cost-total.js';
import milestoneOrder from './milestone-order.js';
import overlappingInitiative from './overlapping-initiative.js';

/** Every rule, in the order the reference lists them. */
export const RULES: readonly Rule[] = [
  questionWie, questionWat, questionHoe, questionWanneer, questionKosten,
  kindQuestions, frontmatterValid, noPlaceholder, hkwForm, riskMitigation, costTotal, milestoneOrder,
];

/** Rules that compare plans with each other: `innovatie lint` runs them over all its files, when the config names them. */
export const CROSS_FILE_RULES: readonly Rule[] = [overlappingInitiative];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map([...RULES, ...CROSS_FILE_RULES].map((rule) => [rule.id, rule]));

export const DOCS_BASE_URL = 'https://github.com/innovatie-tools/innovatie/blob/main/docs/rules.md';

export function ruleDocsUrl(id: string): string {
  return `${DOCS_BASE_URL}#${id}`;
}
