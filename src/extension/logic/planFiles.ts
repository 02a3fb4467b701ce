import type { Config, DetectOptions } from '../../core/index.js';
import { PathPatterns } from './patterns.js';

const patternCache = new Map<string, PathPatterns>();

/** Compiling patterns on every keystroke is waste: keep the few distinct lists a session sees. */
function patterns(list: readonly string[]): PathPatterns {
  const key = JSON.stringify(list);
  let compiled = patternCache.get(key);
  if (!compiled) {
    if (patternCache.size >= 32) patternCache.clear();
    patternCache.set(key, (compiled = new PathPatterns(list)));
  }
  return compiled;
}

/**
 * What the core needs to decide whether a file is a plan, built the way the CLI
 * builds it: `plans` from `.innovatierc.json` plus the `innovatie.plans` setting,
 * `ignore` from `.innovatierc.json`. The decision itself is the core's (detectPlan).
 */
export function planDetectOptions(relativePath: string | undefined, config: Pick<Config, 'plans' | 'ignore'>, settingPlans: readonly string[] = []): DetectOptions {
  return {
    path: relativePath,
    plans: patterns([...(config.plans ?? []), ...settingPlans]),
    ignore: patterns(config.ignore ?? []),
  };
}
