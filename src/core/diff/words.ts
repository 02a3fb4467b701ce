import { diffArrays } from 'diff';
import type { WordChange } from './types.js';

/**
 * Which words were removed and added between two answers. Texts arrive with their white space
 * collapsed, so a word is whatever stands between spaces: "€ 40.000" stays "€" and "40.000"
 * rather than jsdiff's diffWords split at the dot. Runs are joined by single spaces.
 */
export function wordDiff(before: string, after: string): WordChange[] {
  const changes: WordChange[] = [];
  for (const part of diffArrays(words(before), words(after))) {
    const type = part.added ? 'added' : part.removed ? 'removed' : 'same';
    const text = part.value.join(' ');
    const last = changes[changes.length - 1];
    if (last && last.type === type) last.text += ` ${text}`;
    else changes.push({ type, text });
  }
  return changes;
}

function words(text: string): string[] {
  return text.split(/\s+/).filter((word) => word.length > 0);
}
