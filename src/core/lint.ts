import type { Root } from 'mdast';
import type { Config } from './config/config.js';
import { severityOf } from './config/config.js';
import type { Finding } from './findings.js';
import { buildPlan, type Language, type Plan, type Status } from './model/plan.js';
import { FIVE_QUESTIONS, type FiveQuestion } from './model/vocabulary.js';
import { IncrementalParser, parseDocument } from './parse/incremental.js';
import type { ParseNotice } from './parse/guard.js';
import { RULES } from './rules/index.js';
import { detectPlan, type DetectOptions, type PlanDetection } from './detect/detect.js';

export interface LintOptions {
  config?: Config;
  /** Language of messages; defaults to the config's, else the plan's own. */
  language?: Language;
  /** Keep one per open document so that edits re-parse only changed blocks. */
  parser?: IncrementalParser;
  /**
   * Decide first whether the file is a plan (see detect/detect.ts) and, when it is not,
   * run no rules: the editor and the CLI stay quiet on READMEs and notes.
   */
  detect?: DetectOptions | boolean;
}

export interface LintResult {
  plan: Plan;
  findings: Finding[];
  coverage: Record<FiveQuestion, Status>;
  /** Whether the file is a plan, and why; without `detect` every file is linted as one. */
  detection: PlanDetection;
  /** The language of the messages: the option, else the config's, else the plan's own. */
  language: Language;
  /** Parts of the plan too complex to parse, read as plain text (absent for ordinary plans). */
  notices?: ParseNotice[];
}

export function lint(text: string, options: LintOptions = {}): LintResult {
  const { root, notices } = options.parser ? options.parser.parse(text) : parseDocument(text);
  const result = lintTree(text, root, options);
  return notices.length > 0 ? { ...result, notices } : result;
}

/** Lints an already parsed tree (the tests use it to compare whole-document parsing). */
export function lintTree(text: string, root: Root, options: LintOptions = {}): LintResult {
  const config = options.config ?? {};
  const plan = buildPlan(text, root, { synonyms: config.synonyms, requiredQuestions: config.requiredQuestions });
  const language = options.language ?? config.language ?? plan.language;
  const detection = detectPlan(plan, typeof options.detect === 'object' ? options.detect : {});
  const coverage = Object.fromEntries(FIVE_QUESTIONS.map((id) => [id, plan.coverage.get(id)?.status ?? 'missing'])) as Record<FiveQuestion, Status>;
  if (options.detect && !detection.isPlan) return { plan, findings: [], coverage, detection, language };
  const disabled = readDirectives(plan);
  const findings: Finding[] = [];
  for (const rule of RULES) {
    const severity = severityOf(config.rules?.[rule.id], rule.defaultSeverity);
    if (severity === 'off') continue;
    try {
      rule.check({
        plan,
        language,
        options: undefined,
        report: (finding) => {
          if (!disabled(rule.id, finding.range.start.line)) findings.push({ ruleId: rule.id, severity, ...finding });
        },
      });
    } catch (error) {
      // One broken rule must not take the others (or the editor) down with it.
      findings.push({
        ruleId: rule.id,
        severity: 'error',
        message: `internal error in rule ${rule.id}: ${(error as Error).message}`,
        range: plan.lines.rangeOf(0, 0),
      });
    }
  }
  findings.sort((a, b) => a.range.start.offset - b.range.start.offset || a.ruleId.localeCompare(b.ruleId));
  return { plan, findings, coverage, detection, language };
}

// The ids run to the last character before the closing white space (`([^>]*?)\s*-->` tried the rest of the
// comment after every character of a long one).
const DIRECTIVE = /^<!--\s*innovatie-(disable-next-line|disable-line|disable-file|disable|enable)\b((?:[^>]*[^>\s])?)\s*-->$/;

/**
 * Inline comments switch rules off: `<!-- innovatie-disable id -->` until
 * `<!-- innovatie-enable id -->`, `-next-line`, `-line` and `-file`. No ids means all rules.
 */
function readDirectives(plan: Plan): (ruleId: string, line: number) => boolean {
  const ranges: Array<{ ids: string[] | undefined; from: number; to: number }> = [];
  const open = new Map<string, number>();
  for (const node of plan.nodes.html) {
    const match = DIRECTIVE.exec(node.value.trim());
    if (!match || !node.position) continue;
    const ids = match[2].trim() ? match[2].trim().split(/[\s,]+/) : undefined;
    const line = node.position.start.line;
    const endLine = node.position.end.line;
    switch (match[1]) {
      case 'disable-next-line':
        ranges.push({ ids, from: endLine + 1, to: endLine + 1 });
        break;
      case 'disable-line':
        ranges.push({ ids, from: line, to: endLine });
        break;
      case 'disable-file':
        ranges.push({ ids, from: 0, to: Infinity });
        break;
      case 'disable':
        for (const id of ids ?? ['*']) if (!open.has(id)) open.set(id, line);
        break;
      case 'enable':
        for (const id of ids ?? [...open.keys()]) {
          const from = open.get(id);
          if (from !== undefined) ranges.push({ ids: id === '*' ? undefined : [id], from, to: line });
          open.delete(id);
        }
        break;
    }
  }
  for (const [id, from] of open) ranges.push({ ids: id === '*' ? undefined : [id], from, to: Infinity });
  if (ranges.length === 0) return () => false;
  return (ruleId, line) => ranges.some((range) => line >= range.from && line <= range.to && (!range.ids || range.ids.includes(ruleId)));
}
