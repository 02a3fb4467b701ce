/** The HKW board: notes grouped by the heading they stand under, with dot votes shown and castable. */
import type { BoardModel, Note } from '../../src/core/board/types';
import { h, type VNode } from '../vnode';
import type { ViewContext } from './context';
import { markdownInline } from './markdown';

export function hkwView(board: BoardModel, ctx: ViewContext): VNode {
  const total = board.notes.reduce((sum, note) => sum + note.votes, 0);
  if (board.notes.length === 0) return h('section', { class: 'view view-hkw', 'aria-label': ctx.t.views.hkw },
    h('h2', { class: 'visually-hidden' }, ctx.t.views.hkw), h('p', { class: 'empty-state' }, ctx.t.noNotes));
  const clusters = new Map<string, Array<{ note: Note; index: number }>>();
  board.notes.forEach((note, index) => {
    const list = clusters.get(note.cluster) ?? [];
    list.push({ note, index });
    clusters.set(note.cluster, list);
  });
  const top = topVoted(board.notes);
  return h('section', { class: 'view view-hkw', 'aria-label': ctx.t.views.hkw },
    h('h2', { class: 'visually-hidden' }, ctx.t.views.hkw),
    h('p', { class: 'summary', role: 'status' }, ctx.t.totalVotes(total)),
    h('div', { class: 'clusters' },
      [...clusters].map(([cluster, notes], order) => h('section', { class: 'cluster', 'aria-labelledby': `cl-${order}` },
        h('h3', { id: `cl-${order}`, class: 'cluster-title' }, cluster || ctx.t.noCluster),
        h('ul', { class: 'notes' }, notes.map(({ note, index }) => noteView(note, index, top.has(index), ctx)))))));
}

function noteView(note: Note, index: number, isTop: boolean, ctx: ViewContext): VNode {
  const ref = `n:${index}`;
  const label = note.text.length > 80 ? `${note.text.slice(0, 80)}…` : note.text;
  return h('li', { class: `note${isTop ? ' top' : ''}`, 'data-ref': ref, 'data-action': 'reveal-note' },
    h('button', { type: 'button', class: 'note-text md', 'data-action': 'reveal', 'data-ref': ref, 'data-focus': `reveal:${note.text}` }, note.rich.length > 0 ? markdownInline(note.rich) : note.text),
    h('div', { class: 'note-votes' },
      h('span', { class: 'dots', role: 'img', 'aria-label': ctx.t.votes(note.votes) }, note.votes > 0 ? '●'.repeat(Math.min(note.votes, 40)) : '○'),
      ctx.readOnly ? undefined : h('vscode-button', { secondary: true, 'data-action': 'vote', 'data-ref': ref, 'data-focus': `vote:${note.text}`, 'aria-label': ctx.t.vote(label) }, '+●'),
      ctx.readOnly || note.votes === 0 ? undefined : h('vscode-button', { secondary: true, 'data-action': 'unvote', 'data-ref': ref, 'data-focus': `unvote:${note.text}`, 'aria-label': ctx.t.unvote(label) }, '−●')));
}

/** The three notes with the most votes (the method keeps at most three). */
function topVoted(notes: Note[]): Set<number> {
  const ranked = notes.map((note, index) => ({ votes: note.votes, index })).filter((entry) => entry.votes > 0).sort((a, b) => b.votes - a.votes);
  return new Set(ranked.slice(0, 3).map((entry) => entry.index));
}
