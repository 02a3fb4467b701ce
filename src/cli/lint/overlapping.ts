/**
 * The cross-file rule `overlapping-initiative`: after every file is linted, the plans are
 * compared pairwise (the core's overlap detection) and each plan of an overlapping pair gets a
 * warning on its title naming the other plan. Off unless a plan's config sets a severity for it.
 */
import { buildPlan, DEFAULT_OVERLAP_THRESHOLD, findOverlaps, overlapDocument, parseDocument, setAsideDistinct, type Config, type Finding } from '../../core/index.js';
import { OVERLAPPING_INITIATIVE, overlapMessage, overlapRuleSeverity, overlapTitleRange } from '../../core/rules/overlapping-initiative.js';
import type { FileReport } from '../format/types.js';

export { OVERLAPPING_INITIATIVE };

export interface LintedPlan {
  report: FileReport;
  text: string;
  /** The plan's own (nearest) config: whether the rule is on for it, and its severity. */
  config: Config;
}

/** Whether a config switches the rule on: it names it with a severity other than off. */
export function overlapRuleOn(config: Config): boolean {
  return overlapRuleSeverity(config) !== undefined;
}

/** The reports with the rule's findings added (new report objects; the given ones are untouched). */
export function addOverlapFindings(plans: readonly LintedPlan[], threshold = DEFAULT_OVERLAP_THRESHOLD, distinct?: { pairs?: string[][]; pathOf: (id: string) => string }): FileReport[] {
  const candidates = plans.filter((entry) => entry.report.isPlan);
  if (!candidates.some((entry) => overlapRuleOn(entry.config))) return plans.map((entry) => entry.report);
  const parsed = new Map(candidates.map((entry) => [entry.report.path, buildPlan(entry.text, parseDocument(entry.text).root, { synonyms: entry.config.synonyms, requiredQuestions: entry.config.requiredQuestions })]));
  const found = findOverlaps([...parsed].map(([path, plan]) => overlapDocument(path, plan)), { threshold });
  // A pair the team judged two initiatives (overlap.distinct) is not reported again.
  const { pairs } = setAsideDistinct(found, distinct?.pairs, distinct?.pathOf ?? ((id) => id));
  return plans.map((entry) => {
    const plan = parsed.get(entry.report.path);
    if (!plan || !overlapRuleOn(entry.config)) return entry.report;
    const severity: Finding['severity'] = overlapRuleSeverity(entry.config)!;
    const language = entry.config.language ?? plan.language;
    const added = pairs
      .filter((pair) => pair.a === entry.report.path || pair.b === entry.report.path)
      .map((pair): Finding => {
        const other = pair.a === entry.report.path ? pair.b : pair.a;
        return { ruleId: OVERLAPPING_INITIATIVE, severity, message: overlapMessage({ title: parsed.get(other)!.title?.text ?? other, path: other }, pair.score, pair.terms, language), range: overlapTitleRange(plan) };
      });
    if (added.length === 0) return entry.report;
    const findings = [...entry.report.findings, ...added].sort((x, y) => x.range.start.offset - y.range.start.offset || x.ruleId.localeCompare(y.ruleId));
    return { ...entry.report, findings };
  });
}
