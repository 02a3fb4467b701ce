import { lint, PathPatterns, type Config, type DetectOptions, type LintResult } from '../../core/index.js';

/** Where a file is, for plan detection: its path relative to the config (or the working directory). */
export interface DetectRequest {
  path: string;
  /** `--force`: check it as a plan whatever it looks like. */
  force: boolean;
}

const patterns = new WeakMap<Config, PathPatterns>();

/** Lints a plan; the core picks the cheapest parse for its size. With `detect`, a non-plan gets no findings. */
export function lintText(text: string, config: Config, detect?: DetectRequest): LintResult {
  return lint(text, { config, detect: detect ? detectOptions(config, detect) : undefined });
}

export function detectOptions(config: Config, detect: DetectRequest): DetectOptions {
  let plans = patterns.get(config);
  if (!plans) patterns.set(config, (plans = new PathPatterns(config.plans ?? [])));
  return { path: detect.path, plans, force: detect.force };
}
