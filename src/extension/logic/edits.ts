import type { Root } from 'mdast';
import { applyEdits, type Finding, type TextEdit } from '../../core/index.js';

/** A top-level Markdown block by offsets: enough to place a comment without breaking it. */
export interface Block {
  type: string;
  start: number;
  end: number;
}

export function blocksOf(root: Root): Block[] {
  return root.children
    .filter((node) => node.position)
    .map((node) => ({ type: node.type, start: node.position!.start.offset ?? 0, end: node.position!.end.offset ?? 0 }));
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
}

/**
 * Edits that switch `ruleId` off for the line of `offset`. A comment line cannot
 * go inside frontmatter (undefined: offer the file-wide switch) nor between table
 * rows (the table is wrapped in disable/enable instead).
 */
export function disableLineEdits(text: string, offset: number, ruleId: string, blocks: readonly Block[]): TextEdit[] | undefined {
  const block = blocks.find((candidate) => candidate.start <= offset && offset < Math.max(candidate.end, candidate.start + 1));
  if (block?.type === 'yaml') return undefined;
  if (block?.type === 'table') {
    const start = lineStart(text, block.start);
    return [
      { start, end: start, newText: `<!-- innovatie-disable ${ruleId} -->\n\n` },
      { start: block.end, end: block.end, newText: `\n\n<!-- innovatie-enable ${ruleId} -->` },
    ];
  }
  const start = lineStart(text, offset);
  // Keep blockquote markers and indentation, so the comment stays in the same container.
  const prefix = /^[ \t>]*/.exec(text.slice(start, start + 200))![0];
  const previousStart = start === 0 ? -1 : lineStart(text, start - 1);
  if (previousStart >= 0) {
    const previous = text.slice(previousStart, start - 1);
    const existing = /^([ \t>]*)<!--\s*innovatie-disable-next-line\b([^>]*?)\s*-->\s*$/.exec(previous);
    if (existing && existing[2].trim()) {
      if (existing[2].split(/[\s,]+/).includes(ruleId)) return [];
      const at = previousStart + previous.lastIndexOf('-->');
      return [{ start: at, end: at, newText: `${ruleId} ` }];
    }
  }
  return [{ start, end: start, newText: `${prefix}<!-- innovatie-disable-next-line ${ruleId} -->\n` }];
}

const DISABLE_FILE = /^<!--\s*innovatie-disable-file\b([^>]*?)\s*-->[ \t]*$/m;

/** The edit that switches `ruleId` off for the whole file: a comment after the frontmatter. */
export function disableFileEdit(text: string, ruleId: string, frontmatterEnd: number | undefined): TextEdit | undefined {
  const existing = DISABLE_FILE.exec(text);
  if (existing) {
    const ids = existing[1].trim();
    // Without ids it switches off every rule already; naming one would narrow it.
    if (!ids || ids.split(/[\s,]+/).includes(ruleId)) return undefined;
    const at = existing.index + existing[0].lastIndexOf('-->');
    return { start: at, end: at, newText: `${ruleId} ` };
  }
  if (frontmatterEnd !== undefined) return { start: frontmatterEnd, end: frontmatterEnd, newText: `\n\n<!-- innovatie-disable-file ${ruleId} -->` };
  return { start: 0, end: 0, newText: `<!-- innovatie-disable-file ${ruleId} -->\n\n` };
}

/**
 * The fixes of all findings as one set of non-overlapping edits. A fix is
 * all-or-nothing; one that overlaps a fix taken earlier is left for a later run.
 * Insertions at the same offset are joined in finding order, so the result
 * does not depend on how the editor orders equal positions.
 */
export function fixAllEdits(findings: readonly Finding[]): TextEdit[] {
  const taken: TextEdit[] = [];
  const seen = new Set<string>();
  for (const finding of findings) {
    const edits = finding.fix?.edits;
    if (!edits || edits.length === 0) continue;
    const key = JSON.stringify(edits);
    if (seen.has(key)) continue;
    seen.add(key);
    if (edits.some((edit) => taken.some((other) => overlaps(edit, other)))) continue;
    taken.push(...edits);
  }
  return joinInsertions(taken).sort((a, b) => a.start - b.start);
}

/**
 * The findings whose fix really fixes: applied alone, the text has fewer findings
 * of that rule and question. Inserting an empty section with a prompt does not
 * (the question is still unanswered), so "fix all" and fix-on-save leave it to the writer.
 */
export function fixesThatFix(text: string, findings: readonly Finding[], relint: (text: string) => readonly Finding[]): Finding[] {
  const key = (finding: Finding) => `${finding.ruleId}\u0000${finding.questionId ?? ''}`;
  const count = (list: readonly Finding[], wanted: string) => list.filter((finding) => key(finding) === wanted).length;
  return findings.filter((finding) => {
    if (!finding.fix?.edits.length) return false;
    return count(relint(applyEdits(text, finding.fix.edits)), key(finding)) < count(findings, key(finding));
  });
}

function overlaps(a: TextEdit, b: TextEdit): boolean {
  if (a.start === a.end && b.start === b.end) return false;
  if (a.start === a.end) return b.start < a.start && a.start < b.end;
  if (b.start === b.end) return a.start < b.start && b.start < a.end;
  return a.start < b.end && b.start < a.end;
}

function joinInsertions(edits: TextEdit[]): TextEdit[] {
  const result: TextEdit[] = [];
  const insertions = new Map<number, TextEdit>();
  for (const edit of edits) {
    const earlier = edit.start === edit.end ? insertions.get(edit.start) : undefined;
    if (!earlier) {
      result.push({ ...edit });
      if (edit.start === edit.end) insertions.set(edit.start, result[result.length - 1]);
      continue;
    }
    // Two sections appended at the end must not run into each other.
    const gap = earlier.newText.endsWith('\n') && !edit.newText.startsWith('\n') ? '\n' : '';
    earlier.newText += gap + edit.newText;
  }
  return result;
}
