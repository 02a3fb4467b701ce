/**
 * One test for "does any of these patterns match": the patterns joined into one alternation per
 * set of flags, so a text is scanned once or twice instead of once per pattern (the time
 * expressions are twenty patterns, tried on every sentence of a plan). A match of the
 * alternation is a match of one of its parts, so the answer is the same. Patterns must not use
 * the `g` or `y` flag (no lastIndex state) or numbered backreferences (they would shift).
 */
export function anyPattern(patterns: readonly RegExp[]): (text: string) => boolean {
  const byFlags = new Map<string, string[]>();
  for (const pattern of patterns) {
    if (/[gy]/.test(pattern.flags) || /\\[1-9]/.test(pattern.source)) throw new Error(`anyPattern cannot join ${pattern}`);
    const sources = byFlags.get(pattern.flags) ?? [];
    sources.push(`(?:${pattern.source})`);
    byFlags.set(pattern.flags, sources);
  }
  const joined = [...byFlags].map(([flags, sources]) => new RegExp(sources.join('|'), flags));
  return (text) => joined.some((pattern) => pattern.test(text));
}
