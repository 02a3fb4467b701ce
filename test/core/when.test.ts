import assert from 'node:assert/strict';
import { hasDateOrPeriod, hasTimeExpression } from '../../src/core/judge/when.js';

// when.ts rules a sentence out with one cheap scan (a digit, a month or a unit of time) before it tries the
// twenty time patterns: these are the expressions without a digit, which that scan must still let through.
describe('time expressions without a digit', () => {
  it('are still found', () => {
    for (const text of ['We starten begin oktober.', 'In het eerste kwartaal', 'the first quarter', 'binnen twee weken', 'eind dit jaar klaar', 'in de eerste maand', 'the final sprint', 'medio september', 'half a year']) {
      assert.ok(hasTimeExpression(text), text);
    }
    assert.ok(hasDateOrPeriod('begin oktober'));
    assert.ok(!hasTimeExpression('Bewoners melden losliggende tegels per telefoon.'));
  });
});
