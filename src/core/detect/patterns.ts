import ignore from 'ignore';

/**
 * Path patterns with .gitignore semantics, the same library the CLI uses for
 * `ignore`, so `plans/` or `*.plan.md` mean the same in the editor and in CI.
 */
export class PathPatterns {
  private readonly matcher;
  readonly empty: boolean;

  constructor(patterns: readonly string[] = []) {
    const clean = patterns.filter((pattern) => typeof pattern === 'string' && pattern.trim() !== '');
    this.empty = clean.length === 0;
    this.matcher = ignore().add(clean);
  }

  /** `relativePath` uses forward slashes and is relative to the workspace folder. */
  matches(relativePath: string | undefined): boolean {
    if (this.empty || !relativePath) return false;
    const path = relativePath.replace(/\\/g, '/').replace(/^\.\//, '');
    // Paths outside the workspace (absolute, or "..") cannot match a workspace pattern.
    if (path.startsWith('/') || path.startsWith('../') || /^[a-zA-Z]:/.test(path)) return false;
    try {
      return this.matcher.ignores(path);
    } catch {
      return false;
    }
  }
}
