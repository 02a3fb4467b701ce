import type { QuestionChange } from '../../core/index.js';
import type { FileDiff } from './collect.js';
import { condensedWords, describeFacts, shorten, statusMove } from './describe.js';
import { summaryLine } from './summary.js';

/** A hidden marker so a CI job can find its own comment and update it instead of adding one. */
export const COMMENT_MARKER = '<!-- innovatie-diff -->';
/** GitHub refuses comments over 65,536 characters; stay well below with the closing note. */
export const MARKDOWN_LIMIT = 65_000;
const CELL_TEXT = 300;

/** A pull-request comment or step summary: a table per plan, the weakened answers first. */
export function diffMarkdown(diffs: FileDiff[], limit = MARKDOWN_LIMIT): string {
  const head = [COMMENT_MARKER, '### Plan changes', '', escape(summaryLine(diffs)), ''];
  const weakened = diffs.flatMap((diff) => diff.changes.filter((change) => change.weakened).map((change) => `- **${escape(diff.path)}**: ${escape(change.question)} ${escape(statusMove(change))}`));
  if (weakened.length > 0) head.push('**Answers that got weaker** (the review gate fails):', '', ...weakened.slice(0, 50), ...(weakened.length > 50 ? [`- … and ${weakened.length - 50} more`] : []), '');
  let output = head.join('\n') + '\n';
  for (let index = 0; index < diffs.length; index++) {
    const block = fileBlock(diffs[index]);
    const rest = diffs.length - index;
    if (output.length + block.length + 200 > limit) {
      return output + `_… and ${rest} more ${rest === 1 ? 'plan' : 'plans'} not shown: a comment holds at most ${limit.toLocaleString('en')} characters. Run \`innovatie diff\` for all of them._\n`;
    }
    output += block;
  }
  return output;
}

function fileBlock(diff: FileDiff): string {
  const renamed = diff.previousPath ? ` (from ${escape(diff.previousPath)})` : '';
  const lines = [`#### ${escape(diff.path)} — ${diff.status}${renamed}`, ''];
  if (diff.changes.length === 0) return lines.concat('No question changed.', '', '').join('\n');
  const whole = diff.status === 'added' || diff.status === 'removed';
  lines.push(whole ? '| Question | Status | Answer |' : '| Question | Status | What changed |', '| --- | --- | --- |');
  for (const change of diff.changes) lines.push(`| ${escape(change.question)} | ${statusCell(change, diff.status)} | ${whole ? wholeCell(change, diff.status) : changeCell(change)} |`);
  return lines.concat('', '').join('\n');
}

function statusCell(change: QuestionChange, status: FileDiff['status']): string {
  if (status === 'added') return change.after.status;
  if (status === 'removed') return change.before.status;
  return `${change.weakened ? '⚠️ ' : ''}${escape(statusMove(change))}`;
}

function wholeCell(change: QuestionChange, status: FileDiff['status']): string {
  const side = status === 'removed' ? change.before : change.after;
  return side.text ? escape(shorten(side.text, CELL_TEXT)) : `_${escape(side.reason ?? 'missing')}_`;
}

function changeCell(change: QuestionChange): string {
  const parts = describeFacts(change.facts).map(escape);
  if (change.weakened && change.after.reason) parts.push(`_${escape(change.after.reason)}_`);
  if (change.words) parts.push(wordCell(change));
  else if (change.after.text && !change.before.text) parts.push(`added: ${escape(shorten(change.after.text, CELL_TEXT))}`);
  else if (change.before.text && !change.after.text) parts.push(`removed: ~~${escape(shorten(change.before.text, CELL_TEXT))}~~`);
  return parts.join('<br>');
}

/** Removed words struck through, added words bold; long unchanged runs shortened to "…". */
function wordCell(change: QuestionChange): string {
  let budget = CELL_TEXT * 2;
  const out: string[] = [];
  for (const part of condensedWords(change)) {
    if (budget <= 0) {
      out.push('…');
      break;
    }
    const text = escape(shorten(part.text, budget));
    budget -= part.text.length;
    out.push(part.type === 'same' ? text : part.type === 'added' ? `**${text}**` : `~~${text}~~`);
  }
  return out.join(' ');
}

/**
 * Plan text is untrusted: no HTML, no Markdown of its own, no table breaks, no @-mentions that
 * would notify people from a bot's comment.
 */
export function escape(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_~[\]|#]/g, '\\$&')
    .replace(/@(?=\w)/g, '@\u200b')
    .replace(/\r?\n/g, ' ');
}
