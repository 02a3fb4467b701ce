/** The plans' start and end dates as bars on a shared axis of years. Positions come from the shared layout. */
import type { PortfolioStrings } from '../../src/shared/portfolio/protocol';
import { layoutTimeline } from '../../src/shared/portfolio/timeline';
import type { PortfolioPlan } from '../../src/shared/portfolio/types';
import { el } from './dom';
import { dateText } from '../../src/shared/portfolio/format';

export function timelineSection(plans: readonly PortfolioPlan[], t: PortfolioStrings): HTMLElement {
  const layout = layoutTimeline(plans);
  const heading = el('h2', { id: 'timeline-heading' }, t.timeline);
  if (!layout) return el('section', { class: 'timeline', 'aria-labelledby': 'timeline-heading' }, heading, el('p', {}, t.noDates));
  const axis = el('div', { class: 'axis', 'aria-hidden': 'true' });
  for (const year of layout.years) {
    const tick = el('span', { class: 'tick' }, String(year.year));
    tick.style.left = `${year.left}%`;
    axis.append(tick);
  }
  const bars = layout.bars.map((bar) => {
    const shape = el('div', { class: bar.width > 0 ? 'bar' : 'bar point' });
    // CSSOM, not a style attribute: the CSP allows no inline styles.
    shape.style.left = `${bar.left}%`;
    shape.style.width = bar.width > 0 ? `${bar.width}%` : '';
    return el('li', {},
      el('span', { class: 'label' }, bar.title),
      el('span', { class: 'dates' }, `${dateText(bar.start)} – ${dateText(bar.end)}`),
      el('div', { class: 'track', 'aria-hidden': 'true' }, shape));
  });
  return el('section', { class: 'timeline', 'aria-labelledby': 'timeline-heading' },
    heading,
    el('div', { class: 'axis-row' }, el('span', { class: 'label' }), el('span', { class: 'dates' }), axis),
    el('ol', { class: 'bars' }, ...bars));
}
