import type { Plan, Language } from '../model/plan.js';
import type { Finding, Severity } from '../findings.js';

export type Localized = { nl: string; en: string };

/** An example that the tests, the docs generator and the hover text all read. */
export interface RuleExample {
  /** A short name for the example. */
  name: string;
  markdown: string;
  /** For not-ok examples: how many findings the rule must report (default 1). */
  findings?: number;
}

export interface RuleContext {
  plan: Plan;
  /** The language of messages (the user's), not necessarily the plan's. */
  language: Language;
  options: unknown;
  report(finding: Omit<Finding, 'ruleId' | 'severity'>): void;
}

export interface Rule {
  id: string;
  defaultSeverity: Severity;
  /** Off unless the config sets a severity for it (the cross-file rules); `defaultSeverity` is for documentation. */
  optIn?: boolean;
  description: Localized;
  /** A few sentences for the rules reference and the hover. */
  rationale: Localized;
  examples: { ok: RuleExample[]; notOk: RuleExample[] };
  check(context: RuleContext): void;
}
