import type { OverlapPair } from './types.js';

/**
 * Pairs a team has read and judged to be two initiatives (`overlap.distinct` in .innovatierc.json): the
 * detector proposes, people decide, and a decided pair is not reported again. Paths are relative to the
 * config file's folder; `pathOf` turns a pair's plan id into such a path.
 */
export function setAsideDistinct<Pair extends Pick<OverlapPair, 'a' | 'b'>>(
  pairs: readonly Pair[],
  distinct: ReadonlyArray<readonly string[]> | undefined,
  pathOf: (id: string) => string,
): { pairs: Pair[]; distinct: Pair[] } {
  if (!distinct?.length) return { pairs: [...pairs], distinct: [] };
  const decided = new Set(distinct.filter((pair) => pair.length === 2).map(([a, b]) => distinctPairKey(a, b)));
  const kept: Pair[] = [];
  const setAside: Pair[] = [];
  for (const pair of pairs) (decided.has(distinctPairKey(pathOf(pair.a), pathOf(pair.b))) ? setAside : kept).push(pair);
  return { pairs: kept, distinct: setAside };
}

/** One spelling per path: forward slashes, no leading "./". */
export function normalPlanPath(path: string): string {
  return path.replace(/\\/g, '/').replace(/^(?:\.\/)+/, '');
}

/** Two plan paths as one key, whatever their order or spelling. */
export function distinctPairKey(a: string, b: string): string {
  return [normalPlanPath(a), normalPlanPath(b)].sort().join('\n');
}
