/** Anchors: a target range plus the text around it, so a stale edit can find its place again. */
import type { Anchor } from './types';

/** How much text in front of a target is kept to recognise the place later. */
const CONTEXT = 48;

export function anchorAt(text: string, start: number, end: number): Anchor {
  return { start, end, text: text.slice(start, end), before: text.slice(Math.max(0, start - CONTEXT), start) };
}

/**
 * Finds, among `candidates` built from the current text, the one that is the target of
 * `anchor` made against an older text: same text (and same context, when that tells
 * duplicates apart), nearest to where it was. Undefined when the target is gone, so the
 * caller rejects the edit instead of applying it at stale offsets.
 */
export function relocate<T extends { anchor: Anchor }>(candidates: T[], anchor: Anchor): T | undefined {
  const same = candidates.filter((candidate) => candidate.anchor.text === anchor.text);
  if (same.length <= 1) return same[0];
  const inContext = same.filter((candidate) => candidate.anchor.before === anchor.before);
  const pool = inContext.length > 0 ? inContext : same;
  return pool.reduce((best, candidate) => (distance(candidate, anchor) < distance(best, anchor) ? candidate : best));
}

function distance(candidate: { anchor: Anchor }, anchor: Anchor): number {
  return Math.abs(candidate.anchor.start - anchor.start);
}
