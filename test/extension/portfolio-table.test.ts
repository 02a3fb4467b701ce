import assert from 'node:assert/strict';
import { answeredCount, DEFAULT_VIEW, kindsOf, toggleSort, visibleRows } from '../../src/shared/portfolio/table.js';
import { planRow } from './portfolio.fixtures.js';

const PLANS = [
  planRow({ path: 'b.md', title: 'Digitale balie', kind: 'actieplan', owner: 'Fatima el Amrani', start: '2027-01-01', cost: 45_000 }),
  planRow({ path: 'a.md', title: 'Chatbot afval', kind: 'pitch', owner: 'Jan de Vries', start: '2026-03-01', cost: 9_500, answered: { wie: 'answered', wat: 'answered', hoe: 'weak', wanneer: 'answered', kosten: 'answered' } }),
  planRow({ path: 'c.md', title: 'Energiecoach', kind: 'actieplan' }),
];

const titles = (rows: ReturnType<typeof visibleRows>) => rows.map((row) => row.title);

describe('portfolio table', () => {
  it('sorts by title by default and reverses on a second click of the same column', () => {
    assert.deepEqual(titles(visibleRows(PLANS, DEFAULT_VIEW)), ['Chatbot afval', 'Digitale balie', 'Energiecoach']);
    const once = toggleSort(DEFAULT_VIEW, 'title');
    assert.equal(once.descending, true);
    assert.deepEqual(titles(visibleRows(PLANS, once)), ['Energiecoach', 'Digitale balie', 'Chatbot afval']);
    assert.equal(toggleSort(once, 'cost').descending, false, 'another column starts ascending');
  });

  it('sorts numbers as numbers and puts plans without a value last in both directions', () => {
    const byCost = toggleSort(DEFAULT_VIEW, 'cost');
    assert.deepEqual(titles(visibleRows(PLANS, byCost)), ['Chatbot afval', 'Digitale balie', 'Energiecoach']);
    assert.deepEqual(titles(visibleRows(PLANS, toggleSort(byCost, 'cost'))), ['Digitale balie', 'Chatbot afval', 'Energiecoach']);
    assert.deepEqual(titles(visibleRows(PLANS, toggleSort(DEFAULT_VIEW, 'start'))), ['Chatbot afval', 'Digitale balie', 'Energiecoach']);
  });

  it('sorts by how many of the five questions are answered', () => {
    assert.equal(answeredCount(PLANS[1]), 4);
    assert.deepEqual(titles(visibleRows(PLANS, { ...toggleSort(DEFAULT_VIEW, 'answered'), descending: true })), ['Chatbot afval', 'Digitale balie', 'Energiecoach']);
  });

  it('filters by every word of the text (title, path, owner, kind) and by kind', () => {
    assert.deepEqual(titles(visibleRows(PLANS, { ...DEFAULT_VIEW, text: 'jan AFVAL' })), ['Chatbot afval']);
    assert.deepEqual(titles(visibleRows(PLANS, { ...DEFAULT_VIEW, text: 'c.md' })), ['Energiecoach']);
    assert.deepEqual(titles(visibleRows(PLANS, { ...DEFAULT_VIEW, kind: 'actieplan' })), ['Digitale balie', 'Energiecoach']);
    assert.deepEqual(visibleRows(PLANS, { ...DEFAULT_VIEW, text: 'nothing like it' }), []);
    assert.deepEqual(kindsOf(PLANS), ['actieplan', 'pitch']);
  });

  it('does not reorder the array it was given', () => {
    const before = PLANS.map((plan) => plan.path);
    visibleRows(PLANS, toggleSort(DEFAULT_VIEW, 'cost'));
    assert.deepEqual(PLANS.map((plan) => plan.path), before);
  });
});
