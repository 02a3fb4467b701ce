/** Crystal Ball: a line from now to five years ahead, each dated item placed by its month. */
import { HORIZON_MONTHS, type BoardModel, type TimelineItem } from '../../src/core/board/types';
import { h, type VNode } from '../vnode';
import { cardView } from './card';
import type { ViewContext } from './context';

export function crystalView(board: BoardModel, ctx: ViewContext): VNode {
  const { timeline } = board;
  const startYear = Number(timeline.now.slice(0, 4));
  return h('section', { class: 'view view-crystal', 'aria-label': ctx.t.views.crystal },
    h('h2', { class: 'visually-hidden' }, ctx.t.views.crystal),
    timeline.start ? cardView(timeline.start, ctx, { idPrefix: 'cb' }) : undefined,
    h('div', { class: 'axis', 'aria-hidden': 'true' },
      h('span', { class: 'axis-label' }, `${ctx.t.now} (${timeline.now})`),
      h('div', { class: 'axis-track' },
        [1, 2, 3, 4].map((year) => h('span', { class: 'tick', style: { '--at': `${(year * 12 * 100) / HORIZON_MONTHS}%` } }, String(startYear + year)))),
      h('span', { class: 'axis-label' }, ctx.t.fiveYears)),
    timeline.items.length === 0
      ? h('p', { class: 'empty-state' }, ctx.t.noDates)
      : h('ol', { class: 'timeline' }, timeline.items.map((item, index) => itemView(item, index, ctx))),
    timeline.horizon ? cardView(timeline.horizon, ctx, { idPrefix: 'cb' }) : undefined);
}

function itemView(item: TimelineItem, index: number, ctx: ViewContext): VNode {
  const at = Math.max(0, Math.min(HORIZON_MONTHS, item.month));
  const outside = item.month < 0 ? ctx.t.before : item.month > HORIZON_MONTHS ? ctx.t.after : undefined;
  const ref = `t:${index}`;
  return h('li', { class: 'milestone', 'data-ref': ref, 'data-action': 'reveal-item' },
    h('span', { class: 'when' }, item.when, outside ? ` (${outside})` : undefined),
    h('span', { class: 'track', 'aria-hidden': 'true' }, h('span', { class: 'dot', style: { '--at': `${(at * 100) / HORIZON_MONTHS}%` } })),
    h('button', { type: 'button', class: 'milestone-text', 'data-action': 'reveal', 'data-ref': ref, 'data-focus': `reveal:${ref}` }, item.text));
}
