/**
 * Board edit → text edits, always against the current text. The webview's intent names
 * its target by the text it saw (an anchor); the target is looked up again in a board
 * built from the current text, so offsets from an older version are never applied.
 * When the target's text itself changed meanwhile, the edit is refused ("stale"): the
 * other side's characters win and the board re-renders.
 */
import type { EditIntent } from '../protocol';
import { relocate } from '../../../core/board/anchor';
import { minimalEdit, type TextEdit } from '../../../core/board/textEdit';
import type { BoardModel, Card } from '../../../core/board/types';
import { voteEdit } from '../../../core/board/votes';

export type Resolution = { ok: true; edits: TextEdit[] } | { ok: false; reason: 'stale' | 'invalid' };

const MAX_ANSWER = 100_000;

/** `board` must be built from `text` (the current document). */
export function resolveIntent(text: string, board: BoardModel, intent: EditIntent, headingFor: (questionId: string) => string): Resolution {
  switch (intent.kind) {
    case 'vote': {
      const note = relocate(board.notes, intent.anchor);
      if (!note) return { ok: false, reason: 'stale' };
      const lineEnd = endOfItemLine(text, note.anchor.end);
      const edit = voteEdit(note.anchor.end, text.slice(note.anchor.end, lineEnd), intent.delta === -1 ? -1 : 1, board.voteWord);
      return { ok: true, edits: edit ? [edit] : [] };
    }
    case 'answer': {
      if (typeof intent.newText !== 'string' || intent.newText.length > MAX_ANSWER) return { ok: false, reason: 'invalid' };
      const card = findCard(board, intent.questionId);
      if (!card?.edit || card.edit.text !== intent.anchor.text) return { ok: false, reason: 'stale' };
      const newText = normalizeDraft(intent.newText, text);
      const replacement = card.edit.text === '' && newText !== '' ? (card.editPrefix ?? '') + newText : newText;
      const edit = minimalEdit(card.edit.start, card.edit.text, replacement);
      return { ok: true, edits: edit ? [edit] : [] };
    }
    case 'add': {
      const card = findCard(board, intent.questionId);
      if (typeof intent.newText !== 'string' || intent.newText.length > MAX_ANSWER) return { ok: false, reason: 'invalid' };
      if (!card || card.status !== 'missing') return { ok: false, reason: 'stale' };
      const body = normalizeDraft(intent.newText, text);
      const lead = text === '' || text.endsWith('\n\n') ? '' : text.endsWith('\n') ? '\n' : '\n\n';
      const section = `${lead}${'#'.repeat(questionDepth(text))} ${headingFor(intent.questionId)}\n\n${body}${body ? '\n' : ''}`;
      return { ok: true, edits: [{ start: text.length, end: text.length, newText: section }] };
    }
    default:
      return { ok: false, reason: 'invalid' };
  }
}

function findCard(board: BoardModel, questionId: string): Card | undefined {
  return [...board.cards, ...board.vehicle, ...board.storyboard].find((card) => card.questionId === questionId);
}

/** Vote suffixes sit at the end of the item's first line. */
function endOfItemLine(text: string, from: number): number {
  const newline = text.indexOf('\n', from);
  return newline === -1 ? text.length : newline;
}

/** Text from a textarea: no trailing whitespace, and the document's own line ends. */
function normalizeDraft(draft: string, text: string): string {
  const lines = draft.replace(/\r\n?/g, '\n').replace(/\s+$/, '');
  return text.includes('\r\n') ? lines.replace(/\n/g, '\r\n') : lines;
}

/** New sections get the depth most question headings in the plan use (## by default). */
function questionDepth(text: string): number {
  const depths = [...text.matchAll(/^(#{2,3}) /gm)].map((match) => match[1].length);
  if (depths.length === 0) return 2;
  const twos = depths.filter((depth) => depth === 2).length;
  return twos * 2 >= depths.length ? 2 : 3;
}
