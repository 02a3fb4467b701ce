import assert from 'node:assert/strict';
import { anyPattern } from '../../src/core/text/anyPattern.js';

describe('anyPattern', () => {
  it('matches exactly where one of its patterns matches, each with its own flags', () => {
    const patterns = [/\bQ[1-4]\b/, /\bmaart\s+20\d{2}\b/i, /^\s*20\d{2}\s*$/, /\bweek\s+\d{1,2}\b/i];
    const any = anyPattern(patterns);
    const texts = ['q3 2026', 'Q3 2026', 'MAART 2027', '  2026 ', 'in 2026', 'Week 12', 'weekend', '', 'Q5'];
    for (const text of texts) assert.equal(any(text), patterns.some((pattern) => pattern.test(text)), text);
  });
  it('refuses patterns whose joining would change them', () => {
    assert.throws(() => anyPattern([/a/g]));
    assert.throws(() => anyPattern([/(a)\1/]));
  });
});
