/** The question cards: the five questions and the further questions of the plan's kind. */
import type { BoardModel } from '../../src/core/board/types';
import { h, type VNode } from '../vnode';
import { cardView } from './card';
import type { ViewContext } from './context';

export function cardsView(board: BoardModel, ctx: ViewContext): VNode {
  return h('section', { class: 'view view-cards', 'aria-label': ctx.t.views.cards },
    h('h2', { class: 'visually-hidden' }, ctx.t.views.cards),
    h('div', { class: 'card-grid', role: 'list' },
      board.cards.map((card) => h('div', { role: 'listitem', class: 'cell' }, cardView(card, ctx, { idPrefix: 'q' })))));
}
