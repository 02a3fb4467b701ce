import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { extractFacts, lint } from '../../src/core/index.js';
import { FACT_KINDS, formatScore, scoreFacts, type ExtractedFacts, type LabelledFacts } from '../facts/compare.js';

/**
 * Owner, start, end and cost of 100 plans (test/corpus and test/corpus-holdout), labelled by hand
 * from the plan text before the extractors were written (test/facts/expected.json, with the quoted
 * words). See test/facts/compare.ts for when an extracted fact counts as right.
 */
const TEST = path.join(__dirname, '..');

function extract(file: string): ExtractedFacts {
  const facts = extractFacts(lint(readFileSync(file, 'utf8')).plan);
  return { owner: facts.owner?.value, start: facts.start?.value, end: facts.end?.value, cost: facts.cost?.total ?? null };
}

describe('facts on the labelled plans', () => {
  it('are right for at least 95% of owner, start, end and cost over 100 plans', () => {
    const labels: Record<string, LabelledFacts> = JSON.parse(readFileSync(path.join(TEST, 'facts', 'expected.json'), 'utf8'));
    const score = scoreFacts(labels, (file) => extract(path.join(TEST, file)));
    console.log(`      ${formatScore(score)}`);
    for (const miss of score.misses) console.log(`        miss: ${miss}`);
    const right = FACT_KINDS.reduce((sum, kind) => sum + score.right[kind], 0);
    assert.ok(score.total >= 80, 'at least 80 plans');
    assert.ok(right / (score.total * 4) >= 0.95, `${right}/${score.total * 4}`);
  });

  // Public plans collected apart from this work (test/corpus-real), the parts a tuner has read: each
  // printed with its misses, and a floor on all of them together at the level reached in stop 19
  // (with the tuning8-12 labels normalised: 637/824 before the owner and date changes, 656/824 after).
  // holdout4 and holdout6 are sealed: measured with counts only, never here (holdout3 and holdout5 were read in stop 21).
  const READ_PARTS = ['tuning', 'holdout', 'holdout2', 'holdout3', 'holdout5', 'tuning4', 'tuning5', 'tuning6', 'tuning7', 'tuning8', 'tuning9', 'tuning10', 'tuning11', 'tuning12'];
  const REAL_FLOOR = 0.79;
  const union = { right: 0, total: 0, parts: 0 };
  for (const part of READ_PARTS) {
    const dir = path.join(TEST, 'corpus-real', part);
    const expected = path.join(dir, 'expected.json');
    it(`reports fact accuracy on the real plans (${part})`, function () {
      if (!existsSync(expected)) this.skip();
      const entries: Record<string, { facts?: LabelledFacts }> = JSON.parse(readFileSync(expected, 'utf8'));
      const labels = Object.fromEntries(Object.entries(entries).filter(([, entry]) => entry.facts).map(([file, entry]) => [file, entry.facts!]));
      const score = scoreFacts(labels, (file) => extract(path.join(dir, file)));
      console.log(`      corpus-real/${part}: ${formatScore(score)}`);
      for (const miss of score.misses) console.log(`        miss: ${miss}`);
      union.right += FACT_KINDS.reduce((sum, kind) => sum + score.right[kind], 0);
      union.total += score.total * FACT_KINDS.length;
      union.parts++;
    });
  }

  it(`is right for at least ${REAL_FLOOR * 100}% of the facts over the read real parts together`, function () {
    if (union.parts < READ_PARTS.length) this.skip();
    console.log(`      read real parts together: ${union.right}/${union.total} (${((100 * union.right) / union.total).toFixed(1)}%)`);
    assert.ok(union.right / union.total >= REAL_FLOOR, `${union.right}/${union.total}`);
  });
});
