/** The plan engine: no `vscode`, no Node built-ins, so it runs in the editor, the CLI, the browser and tests. */
export { lint, lintTree, type LintOptions, type LintResult } from './lint.js';
export { IncrementalParser, parseDocument, parseUnits, parseUnit, joinParsed, type ParsedBlock, type ParseResult } from './parse/incremental.js';
export type { TextBlock } from './parse/split.js';
export { parseMarkdown } from './parse/processor.js';
export { buildPlan, type PlanOptions, type Plan, type Judgement, type Status, type Language } from './model/plan.js';
export { FIVE_QUESTIONS, QUESTIONS } from './model/vocabulary.js';
export { KINDS, REQUIRED_QUESTIONS, type Kind } from './model/kind.js';
export { RULES, RULES_BY_ID, ruleDocsUrl } from './rules/index.js';
export type { Rule, RuleExample } from './rules/rule.js';
export { applyEdits, type Finding, type Fix, type TextEdit, type Severity } from './findings.js';
export { parseConfig, validateConfig, ConfigError, type Config } from './config/config.js';
export { LineIndex, type Range, type Point } from './text/lineIndex.js';
export { default as GUIDANCE } from './guidance.json';
export type { AnswerSite, HeadingSection } from './model/sites.js';
export { parseEuro, formatEuro } from './judge/cost.js';
export { parseDate } from './judge/when.js';
export { plainText } from './judge/text.js';
