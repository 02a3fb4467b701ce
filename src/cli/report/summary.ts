import { extractFacts, FIVE_QUESTIONS, overlapDocument, type Config, type CostFact, type OverlapDocument, type PlanFacts, type Status } from '../../core/index.js';
import { lintText, type DetectRequest } from '../lint/engine.js';
import type { PlanBasics } from '../../shared/portfolio/types.js';

/** Where a plan's cost came from: frontmatter budget, a cost table's Totaal row, a total the text states, the items added up, an explicit zero. */
export type CostSource = 'budget' | 'total-row' | 'stated' | 'sum' | 'zero';

export interface PlanSummary extends PlanBasics {
  costSource?: CostSource;
  answered: Record<string, Status>;
  errors: number;
  warnings: number;
  /** Every typed fact with where it was read (line, excerpt). */
  facts: PlanFacts;
}

const SOURCES: Record<CostFact['source'], CostSource> = { frontmatter: 'budget', 'table-total': 'total-row', 'stated-total': 'stated', items: 'sum', zero: 'zero' };

/** The plan's summary, or undefined when the file is not a plan (see the core's detection). */
export function summarizePlan(path: string, text: string, config: Config, detect?: DetectRequest): PlanSummary | undefined {
  return readForReport(path, text, config, detect)?.summary;
}

/** The summary and what overlap detection reads of the plan, from one parse. */
export function readForReport(path: string, text: string, config: Config, detect?: DetectRequest): { summary: PlanSummary; overlap: OverlapDocument } | undefined {
  const { plan, findings, coverage, detection } = lintText(text, config, detect);
  if (!detection.isPlan) return undefined;
  const facts = extractFacts(plan);
  const cost = facts.cost?.total ?? null;
  const summary: PlanSummary = {
    path,
    title: plan.title?.text ?? path,
    kind: plan.kind,
    owner: facts.owner?.value,
    start: facts.start?.value,
    end: facts.end?.value,
    cost,
    costSource: cost !== null && facts.cost ? SOURCES[facts.cost.source] : undefined,
    answered: Object.fromEntries(FIVE_QUESTIONS.map((id) => [id, coverage[id]])),
    errors: findings.filter((finding) => finding.severity === 'error').length,
    warnings: findings.filter((finding) => finding.severity === 'warning').length,
    facts,
  };
  return { summary, overlap: overlapDocument(path, plan) };
}

