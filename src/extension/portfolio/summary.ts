/** One plan's row in the portfolio and what overlap detection reads of it, from one lint. No `vscode`: plain tests run it. */
import { extractFacts, lint, overlapDocument, type Config, type DetectOptions, type Language, type OverlapDocument, type Range } from '../../core/index.js';
import { overlapTitleRange } from '../../core/rules/overlapping-initiative.js';
import type { PortfolioPlan } from '../../shared/portfolio/types.js';

export interface PlanEntry {
  plan: PortfolioPlan;
  overlap: OverlapDocument;
  /** Where the rule overlapping-initiative reports in the editor: the plan's title. */
  titleRange: Range;
}

export interface SummaryOptions {
  config: Config;
  detect: DetectOptions;
  language?: Language;
}

/** Undefined when the file is not a plan (the core's detection, as the linter decides). */
export function summarizePlan(id: string, path: string, text: string, options: SummaryOptions): PlanEntry | undefined {
  const { plan, coverage, detection } = lint(text.replace(/^\uFEFF/, ''), { config: options.config, language: options.language, detect: options.detect });
  if (!detection.isPlan) return undefined;
  const facts = extractFacts(plan);
  const row: PortfolioPlan = {
    id,
    path,
    title: plan.title?.text || path,
    kind: plan.kind,
    owner: facts.owner?.value,
    start: facts.start?.value,
    end: facts.end?.value,
    cost: facts.cost?.total ?? null,
    currency: facts.cost?.currency ?? 'EUR',
    answered: { ...coverage },
  };
  return { plan: row, overlap: overlapDocument(id, plan), titleRange: overlapTitleRange(plan) };
}
