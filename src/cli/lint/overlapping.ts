/**
 * The cross-file rule `overlapping-initiative`: after every file is linted, the plans are
 * compared pairwise (the core's overlap detection) and each plan of an overlapping pair gets a
 * warning on its title naming the other plan. Off unless a plan's config sets a severity for it.
 */
import { buildPlan, DEFAULT_OVERLAP_THRESHOLD, findOverlaps, overlapDocument, parseDocument, type Config, type Finding, type OverlapPair, type Plan } from '../../core/index.js';
import { severityOf } from '../../core/config/config.js';
import type { FileReport } from '../format/types.js';

export const OVERLAPPING_INITIATIVE = 'overlapping-initiative';

export interface LintedPlan {
  report: FileReport;
  text: string;
  /** The plan's own (nearest) config: whether the rule is on for it, and its severity. */
  config: Config;
}

/** Whether a config switches the rule on: it names it with a severity other than off. */
export function overlapRuleOn(config: Config): boolean {
  const setting = config.rules?.[OVERLAPPING_INITIATIVE];
  return setting !== undefined && severityOf(setting, 'warning') !== 'off';
}

/** The reports with the rule's findings added (new report objects; the given ones are untouched). */
export function addOverlapFindings(plans: readonly LintedPlan[], threshold = DEFAULT_OVERLAP_THRESHOLD): FileReport[] {
  const candidates = plans.filter((entry) => entry.report.isPlan);
  if (!candidates.some((entry) => overlapRuleOn(entry.config))) return plans.map((entry) => entry.report);
  const parsed = new Map(candidates.map((entry) => [entry.report.path, buildPlan(entry.text, parseDocument(entry.text).root, { synonyms: entry.config.synonyms, requiredQuestions: entry.config.requiredQuestions })]));
  const pairs = findOverlaps([...parsed].map(([path, plan]) => overlapDocument(path, plan)), { threshold });
  return plans.map((entry) => {
    const plan = parsed.get(entry.report.path);
    if (!plan || !overlapRuleOn(entry.config)) return entry.report;
    const severity = severityOf(entry.config.rules![OVERLAPPING_INITIATIVE], 'warning') as Finding['severity'];
    const language = entry.config.language ?? plan.language;
    const added = pairs
      .filter((pair) => pair.a === entry.report.path || pair.b === entry.report.path)
      .map((pair): Finding => {
        const other = pair.a === entry.report.path ? pair.b : pair.a;
        return { ruleId: OVERLAPPING_INITIATIVE, severity, message: message(pair, other, parsed.get(other)!, language), range: titleRange(plan) };
      });
    if (added.length === 0) return entry.report;
    const findings = [...entry.report.findings, ...added].sort((x, y) => x.range.start.offset - y.range.start.offset || x.ruleId.localeCompare(y.ruleId));
    return { ...entry.report, findings };
  });
}

function message(pair: OverlapPair, otherPath: string, other: Plan, language: 'nl' | 'en'): string {
  const title = other.title?.text ?? otherPath;
  const terms = pair.terms.slice(0, 5).join(', ');
  return language === 'nl'
    ? `Dit plan beschrijft waarschijnlijk hetzelfde initiatief als '${title}' (${otherPath}, score ${pair.score.toFixed(2)}; gedeelde termen: ${terms}). Kijk of jullie samen kunnen optrekken.`
    : `This plan probably describes the same initiative as '${title}' (${otherPath}, score ${pair.score.toFixed(2)}; shared terms: ${terms}). See whether you can join forces.`;
}

/** The H1 (or the first line after the frontmatter's title): where a reader looks for what the plan is. */
function titleRange(plan: Plan): Finding['range'] {
  if (plan.title) return plan.title.range;
  return plan.lines.rangeOf(0, plan.lines.lineEnd(1));
}
