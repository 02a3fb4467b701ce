/** How a document is linted, by size and content. */
export type LintMode = 'live' | 'throttled' | 'skip-large' | 'skip-binary';

export const THROTTLE_ABOVE_BYTES = 5 * 1024 * 1024;
export const SKIP_ABOVE_BYTES = 10 * 1024 * 1024;

/** `length` is the text length in UTF-16 units, close enough to bytes for a threshold. */
export function lintMode(text: string): LintMode {
  const bySize = sizeMode(text.length);
  if (bySize === 'skip-large') return bySize;
  // A NUL character never appears in Markdown; it marks a binary file opened as text.
  return text.slice(0, 8000).includes('\u0000') ? 'skip-binary' : bySize;
}

/** The mode from the length alone: cheap enough to ask on every keystroke. */
export function sizeMode(length: number): LintMode {
  if (length > SKIP_ABOVE_BYTES) return 'skip-large';
  return length > THROTTLE_ABOVE_BYTES ? 'throttled' : 'live';
}

/**
 * The wait before linting after an edit. Large documents wait at least twice
 * as long as their last lint took, so typing never queues lint after lint.
 */
export function debounceDelay(mode: LintMode, settingMs: number, lastLintMs: number): number {
  const base = Number.isFinite(settingMs) && settingMs >= 0 ? settingMs : 300;
  if (mode !== 'throttled') return base;
  return Math.max(base, 1000, Math.ceil(lastLintMs * 2));
}
