/** Build Your Vehicle: the car with numbered parts, and a card per part. */
import type { BoardModel } from '../../src/core/board/types';
import { h, s, type VNode } from '../vnode';
import { carDrawing } from '../../src/core/board/svg/car';
import { cardView } from './card';
import type { ViewContext } from './context';

export function vehicleView(board: BoardModel, ctx: ViewContext): VNode {
  const parts = board.vehicle.map((card, index) => h('li', { class: `part part-${index + 1}` },
    cardView(card, ctx, { idPrefix: 'v', excerpt: 400, kicker: String(index + 1) })));
  return h('section', { class: 'view view-vehicle', 'aria-label': ctx.t.views.vehicle },
    h('h2', { class: 'visually-hidden' }, ctx.t.views.vehicle),
    h('div', { class: 'vehicle-layout' },
      h('figure', { class: 'vehicle-figure' },
        s('svg', { viewBox: '0 0 420 240', role: 'img', 'aria-label': ctx.t.car, class: 'car-svg' },
          carDrawing(board.vehicle.map((card) => card.heading)))),
      h('ol', { class: 'parts' }, parts)));
}
