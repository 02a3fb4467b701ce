import { lint, type Config, type LintResult } from '../../core/index.js';

/** Lints a plan; the core picks the cheapest parse for its size. */
export function lintText(text: string, config: Config): LintResult {
  return lint(text, { config });
}
