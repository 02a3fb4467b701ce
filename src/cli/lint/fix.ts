import { applyEdits, type Config, type Finding, type LintResult, type TextEdit } from '../../core/index.js';
import { lintText, type DetectRequest } from './engine.js';

/** Fixes can enable other fixes (or need fresh offsets), so we re-lint; 10 passes stop a fix that never settles. */
export const MAX_FIX_PASSES = 10;

export interface FixOutcome {
  text: string;
  /** The lint result of the final text. */
  result: LintResult;
  /** How many findings were fixed over all passes. */
  fixed: number;
}

/** Applies the fixes the rules offer, pass after pass, touching nothing outside their edits. */
export function fixText(original: string, config: Config, detect?: DetectRequest): FixOutcome {
  let text = original;
  let result = lintText(text, config, detect);
  let fixed = 0;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const chosen = chooseFixes(result.findings);
    if (chosen.length === 0) break;
    const edits = chosen.flatMap((finding) => finding.fix!.edits).map((edit) => withLineEnding(edit, eol));
    const next = applyEdits(text, edits);
    // A fix that leaves the text as it was would otherwise be offered (and counted) forever.
    if (next === text) break;
    text = next;
    fixed += chosen.length;
    result = lintText(text, config, detect);
  }
  return { text, result, fixed };
}

/**
 * Picks fixes whose edits neither overlap nor touch an edit already picked, in
 * document order. Two insertions at the same offset count as overlapping: each
 * was computed against the text without the other, so the second waits a pass.
 */
export function chooseFixes(findings: Finding[]): Finding[] {
  const fixable = findings.filter((finding) => finding.fix && finding.fix.edits.length > 0);
  fixable.sort((a, b) => firstStart(a) - firstStart(b));
  const taken: TextEdit[] = [];
  const chosen: Finding[] = [];
  for (const finding of fixable) {
    const edits = finding.fix!.edits;
    if (edits.some((edit) => taken.some((other) => edit.start <= other.end && other.start <= edit.end))) continue;
    taken.push(...edits);
    chosen.push(finding);
  }
  return chosen;
}

function firstStart(finding: Finding): number {
  return Math.min(...finding.fix!.edits.map((edit) => edit.start));
}

/** Inserted lines follow the file's own line endings, so a CRLF file stays CRLF. */
function withLineEnding(edit: TextEdit, eol: string): TextEdit {
  return eol === '\n' ? edit : { ...edit, newText: edit.newText.replace(/\r?\n/g, eol) };
}
