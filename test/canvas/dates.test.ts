import assert from 'node:assert/strict';
import { findDate, formatMonth, monthOf } from '../../src/core/board/dates';

const NOW = 2026 * 12 + 10; // November 2026
const found = (text: string) => {
  const date = findDate(text, NOW);
  return date && [date.when, formatMonth(date.month)];
};

describe('canvas dates', () => {
  it('reads the date expressions plans use', () => {
    assert.deepEqual(found('2027-03-01: start pilot'), ['2027-03-01', '2027-03']);
    assert.deepEqual(found('Q3 2027 eerste cohort'), ['Q3 2027', '2027-08']);
    assert.deepEqual(found('1 maart 2027 akkoord'), ['1 maart 2027', '2027-03']);
    assert.deepEqual(found('November 2031: klaar'), ['November 2031', '2031-11']);
    assert.deepEqual(found('eind 2028 evaluatie'), ['eind 2028', '2028-11']);
    assert.deepEqual(found('medio 2029'), ['medio 2029', '2029-06']);
    assert.deepEqual(found('In 2030 sluiten anderen aan'), ['2030', '2030-06']);
    assert.deepEqual(found('over twee jaar is het landelijk'), ['over twee jaar', '2028-11']);
    assert.deepEqual(found('after 6 months we review'), ['after 6 months', '2027-05']);
    assert.deepEqual(found('12-05-2027 oplevering'), ['12-05-2027', '2027-05']);
  });

  it('takes the first expression in a line and ignores text without one', () => {
    assert.deepEqual(found('Q1 2027 start, klaar Q4 2028'), ['Q1 2027', '2027-02']);
    assert.equal(findDate('zo snel mogelijk', NOW), undefined);
    assert.equal(findDate('€ 185.000 in totaal', NOW), undefined);
  });

  it('reads the plan date from frontmatter strings and Dates', () => {
    const today = new Date(2026, 0, 15);
    assert.equal(formatMonth(monthOf('2026-11-25', today)), '2026-11');
    assert.equal(formatMonth(monthOf(new Date(Date.UTC(2025, 5, 1)), today)), '2025-06');
    assert.equal(formatMonth(monthOf('{{date}}', today)), '2026-01');
  });
});
