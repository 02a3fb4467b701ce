import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { IncrementalParser, lint, lintTree, parseMarkdown, FIVE_QUESTIONS } from '../../src/core/index.js';

/**
 * The judgement per question on plans written independently of the rules, in every shape.
 * `corpus` was written first and the rules were tuned on it; `corpus-holdout` was written later
 * by someone who saw neither the rules nor the first corpus, and shows how the rules generalise.
 */
const CORPORA = ['corpus', 'corpus-holdout'].map((name) => {
  const dir = path.join(__dirname, '..', name);
  const expected: Record<string, { coverage: Record<string, string> }> = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8'));
  return { name, dir, expected };
});

function score(corpus: (typeof CORPORA)[number]) {
  const misses: string[] = [];
  let right = 0;
  let total = 0;
  for (const [file, expectation] of Object.entries(corpus.expected)) {
    const { coverage } = lint(readFileSync(path.join(corpus.dir, file), 'utf8'));
    for (const question of FIVE_QUESTIONS) {
      total++;
      if (coverage[question] === expectation.coverage[question]) right++;
      else misses.push(`${file} ${question}: expected ${expectation.coverage[question]}, got ${coverage[question]}`);
    }
  }
  return { right, total, misses };
}

describe('corpus judgement', () => {
  it('is right for at least 97% of judgements over both corpora (100 plans)', () => {
    let right = 0;
    let total = 0;
    for (const corpus of CORPORA) {
      const result = score(corpus);
      console.log(`      ${corpus.name}: ${result.right}/${result.total} (${((100 * result.right) / result.total).toFixed(1)}%)`);
      for (const miss of result.misses) console.log(`        miss: ${miss}`);
      right += result.right;
      total += result.total;
    }
    console.log(`      together: ${right}/${total} (${((100 * right) / total).toFixed(1)}%)`);
    assert.ok(total >= 400, 'at least 80 plans');
    assert.ok(right / total >= 0.97, `${right}/${total}`);
  });
});

describe('block-wise parsing', () => {
  for (const corpus of CORPORA) {
    it(`gives the same findings as a whole-document parse on every plan of ${corpus.name}, block by block and in units`, () => {
      for (const file of Object.keys(corpus.expected)) {
        const text = readFileSync(path.join(corpus.dir, file), 'utf8');
        const blockwise = lint(text, { parser: new IncrementalParser() });
        const whole = lintTree(text, parseMarkdown(text));
        assert.deepEqual(blockwise.findings, whole.findings, file);
        assert.deepEqual(blockwise.coverage, whole.coverage, file);
        // The one-off parse, in runs of blocks of up to PARSE_UNIT characters.
        const inUnits = lint(text);
        assert.deepEqual(inUnits.findings, whole.findings, file);
        assert.deepEqual(inUnits.coverage, whole.coverage, file);
      }
    });
  }
});
