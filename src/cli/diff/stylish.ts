import pc from 'picocolors';
import type { QuestionChange } from '../../core/index.js';
import type { FileDiff } from './collect.js';
import { condensedWords, describeFacts, shorten, statusMove } from './describe.js';
import { summaryLine } from './summary.js';

type Colors = ReturnType<typeof pc.createColors>;

/** The terminal view: per plan, per changed question its status, the facts that moved and the changed words. */
export function diffStylish(diffs: FileDiff[], color: boolean): string {
  const c = pc.createColors(color);
  const out: string[] = [];
  for (const diff of diffs) {
    const renamed = diff.previousPath ? c.dim(` (from ${diff.previousPath})`) : '';
    out.push(`${c.underline(diff.path)}  ${c.dim(diff.status)}${renamed}`);
    if (diff.changes.length === 0) out.push(c.dim('  no question changed'));
    const width = Math.max(0, ...diff.changes.map((change) => change.question.length));
    for (const change of diff.changes) out.push(...questionLines(change, diff.status, width, c));
    out.push('');
  }
  out.push(summaryLine(diffs));
  return out.join('\n') + '\n';
}

function questionLines(change: QuestionChange, status: FileDiff['status'], width: number, c: Colors): string[] {
  const paint = change.weakened ? c.red : change.after.status === 'answered' && change.before.status !== 'answered' ? c.green : (text: string) => text;
  const move = status === 'added' ? change.after.status : status === 'removed' ? change.before.status : statusMove(change);
  const indent = ' '.repeat(width + 4);
  const lines = [`  ${c.bold(change.question.padEnd(width))}  ${paint(move)}`];
  for (const fact of describeFacts(change.facts)) lines.push(`${indent}${fact}`);
  const side = status === 'removed' ? change.before : change.after;
  if (side.reason && (change.weakened || status !== 'modified')) lines.push(`${indent}${c.dim(side.reason)}`);
  if (change.words) lines.push(`${indent}${wordLine(change, c)}`);
  else if (status !== 'modified' && side.text) lines.push(`${indent}${c.dim(`“${shorten(side.text, 120)}”`)}`);
  else if (change.before.text !== change.after.text) lines.push(`${indent}${change.after.text ? c.green(`+ ${shorten(change.after.text, 120)}`) : c.red(`− ${shorten(change.before.text ?? '', 120)}`)}`);
  return lines;
}

/** Removed words struck through in red, added in green; git's [-…-]{+…+} marks without colour. */
function wordLine(change: QuestionChange, c: Colors): string {
  return condensedWords(change)
    .map((part) => {
      if (part.type === 'same') return c.dim(part.text);
      if (!c.isColorSupported) return part.type === 'added' ? `{+${part.text}+}` : `[-${part.text}-]`;
      return part.type === 'added' ? c.green(part.text) : c.red(c.strikethrough(part.text));
    })
    .join(' ');
}
