import assert from 'node:assert/strict';
import { layoutTimeline } from '../../src/shared/portfolio/timeline.js';
import { costPerOwner, grandTotals } from '../../src/shared/portfolio/totals.js';
import { planRow } from './portfolio.fixtures.js';

describe('portfolio timeline layout', () => {
  it('spans whole years and places bars as percentages, in order of start', () => {
    const layout = layoutTimeline([
      planRow({ path: 'late.md', start: '2027-01-01', end: '2027-12-31' }),
      planRow({ path: 'early.md', start: '2026-01-01', end: '2026-06-30' }),
      planRow({ path: 'undated.md' }),
    ])!;
    assert.equal(layout.from, '2026-01-01');
    assert.equal(layout.to, '2027-12-31');
    assert.deepEqual(layout.years.map((year) => [year.year, year.left]), [[2026, 0], [2027, 50]]);
    assert.deepEqual(layout.bars.map((bar) => bar.title), ['early.md', 'late.md'], 'the undated plan is left out');
    assert.deepEqual([layout.bars[1].left, layout.bars[1].width], [50, 50]);
    assert.ok(Math.abs(layout.bars[0].width - 24.8) < 0.1, String(layout.bars[0].width));
  });

  it('draws a plan with one date, or an end before its start, as a point', () => {
    const layout = layoutTimeline([
      planRow({ path: 'start-only.md', start: '2026-07-01' }),
      planRow({ path: 'end-only.md', end: '2026-12-31' }),
      planRow({ path: 'backwards.md', start: '2026-05-01', end: '2026-02-01' }),
    ])!;
    for (const bar of layout.bars) assert.equal(bar.width, 0, bar.title);
    assert.equal(layout.bars.find((bar) => bar.title === 'end-only.md')!.left > 99, true);
  });

  it('has no layout when no plan has a date', () => {
    assert.equal(layoutTimeline([planRow({ path: 'a.md' }), planRow({ path: 'b.md', start: 'soon' })]), undefined);
  });
});

describe('portfolio cost per owner', () => {
  it('adds the amounts per owner and currency, counts plans without one, highest first', () => {
    const rows = costPerOwner([
      planRow({ path: 'a.md', owner: 'Gemeente A', cost: 1_000 }),
      planRow({ path: 'b.md', owner: 'Gemeente A', cost: 2_500.5 }),
      planRow({ path: 'c.md', owner: 'Gemeente A' }),
      planRow({ path: 'd.md', owner: 'Provincie B', cost: 10_000 }),
      planRow({ path: 'e.md', owner: 'Provincie B', cost: 300, currency: 'USD' }),
      planRow({ path: 'f.md', cost: 50 }),
    ]);
    assert.deepEqual(rows.map((row) => [row.owner, row.currency, row.total, row.withCost, row.withoutCost]), [
      ['Provincie B', 'EUR', 10_000, 1, 0],
      ['Gemeente A', 'EUR', 3_500.5, 2, 1],
      ['Provincie B', 'USD', 300, 1, 0],
      [undefined, 'EUR', 50, 1, 0],
    ]);
    assert.deepEqual(grandTotals(rows), [{ currency: 'EUR', total: 13_550.5 }, { currency: 'USD', total: 300 }]);
  });
});
