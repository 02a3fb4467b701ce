/** Smallest text edits: a board action changes a few characters, not the whole answer. */
import type { TextEdit } from '../index.js';

export type { TextEdit };

/** The edit that turns `oldText` (found at `start`) into `newText`, trimmed to the part that differs. */
export function minimalEdit(start: number, oldText: string, newText: string): TextEdit | undefined {
  if (oldText === newText) return undefined;
  const limit = Math.min(oldText.length, newText.length);
  let prefix = 0;
  while (prefix < limit && oldText.charCodeAt(prefix) === newText.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < limit - prefix && oldText.charCodeAt(oldText.length - 1 - suffix) === newText.charCodeAt(newText.length - 1 - suffix)) suffix++;
  // Never cut a surrogate pair in two: VS Code would see half a character.
  if (prefix > 0 && isLowSurrogate(oldText.charCodeAt(prefix))) prefix--;
  if (suffix > 0 && isLowSurrogate(oldText.charCodeAt(oldText.length - suffix))) suffix--;
  return { start: start + prefix, end: start + oldText.length - suffix, newText: newText.slice(prefix, newText.length - suffix) };
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
