/** The pitch as a storyboard: one numbered frame per part of the story, in the order it is told. */
import type { BoardModel } from '../../src/core/board/types';
import { h, type VNode } from '../vnode';
import { cardView } from './card';
import type { ViewContext } from './context';

export function storyboardView(board: BoardModel, ctx: ViewContext): VNode {
  return h('section', { class: 'view view-pitch', 'aria-label': ctx.t.views.pitch },
    h('h2', { class: 'visually-hidden' }, ctx.t.views.pitch),
    h('ol', { class: 'storyboard' },
      board.storyboard.map((card, index) => h('li', { class: 'frame' },
        cardView(card, ctx, { idPrefix: 'f', excerpt: 280, kicker: ctx.t.frame(index + 1) })))));
}
