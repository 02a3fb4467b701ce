import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { FIVE_QUESTIONS, lint, type Status } from '../../src/core/index.js';

/**
 * Real public plans nobody on the team wrote (test/corpus-real/README.md), labelled per question by
 * a strict reviewer. The rules may be tuned on `tuning`; `holdout` is only ever scored, so its
 * misses are not printed: a tuner reads counts there, never the plans that were missed.
 */
interface Label {
  coverage: Record<string, Status>;
}

export interface Score {
  right: number;
  total: number;
  /** labelled × judged counts per question. */
  confusion: Record<string, Record<Status, Record<Status, number>>>;
  misses: string[];
  /** Of "not answered" (weak or missing): judged and labelled so, judged so, labelled so. */
  notAnswered: { both: number; judged: number; labelled: number };
}

export function scoreCorpus(dir: string): Score {
  const expected: Record<string, Label> = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8'));
  const statuses: Status[] = ['answered', 'weak', 'missing'];
  const blank = () => Object.fromEntries(statuses.map((s) => [s, Object.fromEntries(statuses.map((t) => [t, 0]))])) as Record<Status, Record<Status, number>>;
  const score: Score = { right: 0, total: 0, confusion: Object.fromEntries(FIVE_QUESTIONS.map((q) => [q, blank()])), misses: [], notAnswered: { both: 0, judged: 0, labelled: 0 } };
  for (const [file, label] of Object.entries(expected)) {
    const { coverage } = lint(readFileSync(path.join(dir, file), 'utf8'));
    for (const question of FIVE_QUESTIONS) {
      const want = label.coverage[question];
      const got = coverage[question];
      score.total++;
      score.confusion[question][want][got]++;
      if (want === got) score.right++;
      else score.misses.push(`${file} ${question}: expected ${want}, got ${got}`);
      const judgedNot = got !== 'answered';
      const labelledNot = want !== 'answered';
      if (judgedNot) score.notAnswered.judged++;
      if (labelledNot) score.notAnswered.labelled++;
      if (judgedNot && labelledNot) score.notAnswered.both++;
    }
  }
  return score;
}

export function describeScore(name: string, score: Score): string[] {
  const { both, judged, labelled } = score.notAnswered;
  const lines = [
    `${name}: ${score.right}/${score.total} (${((100 * score.right) / score.total).toFixed(1)}%); "not answered" precision ${(both / Math.max(judged, 1)).toFixed(2)}, recall ${(both / Math.max(labelled, 1)).toFixed(2)}`,
  ];
  for (const question of FIVE_QUESTIONS) {
    const rows = (['answered', 'weak', 'missing'] as const).map((want) => `${want[0]}→${Object.values(score.confusion[question][want]).join('/')}`);
    lines.push(`  ${question.padEnd(8)} labelled→judged a/w/m: ${rows.join('  ')}`);
  }
  return lines;
}

const ROOT = path.join(__dirname, '..', 'corpus-real');
// Set once, from the first measurement of the second held-out part.
const HOLDOUT2_FLOOR = { agreement: 0.63, precision: 0.8, recall: 0.8 };

describe('real public plans', function () {
  if (!existsSync(path.join(ROOT, 'holdout', 'expected.json'))) return;

  it('tuning part: agreement per question with the strict reviewer (misses listed)', () => {
    const score = scoreCorpus(path.join(ROOT, 'tuning'));
    for (const line of describeScore('tuning', score)) console.log(`      ${line}`);
    for (const miss of score.misses) console.log(`        miss: ${miss}`);
    assert.ok(score.total >= 150, 'at least 30 tuning plans');
    // A floor against regressions, at the level reached (issue 9 aims at 95% on the held-out part).
    assert.ok(score.right / score.total >= 0.84, `${score.right}/${score.total}`);
  });

  // The first held-out part was read after tuning froze (its ten disagreements are discussed in the
  // notes), and tuned on after that: it is tuning material now, with its misses listed.
  it('first held-out part, read and then tuned on: agreement does not fall (misses listed)', () => {
    const score = scoreCorpus(path.join(ROOT, 'holdout'));
    for (const line of describeScore('holdout (read)', score)) console.log(`      ${line}`);
    for (const miss of score.misses) console.log(`        miss: ${miss}`);
    assert.ok(score.right / score.total >= 0.77, `agreement ${score.right}/${score.total}`);
  });

  // Labelled later by a reviewer who never saw the tool's output, and never read by a tuner: counts only.
  // Floors at the level measured the first time, so the figure can only go up; issue 9 aims at 95%
  // agreement and 0.9 precision and recall of "not answered", not met yet.
  it('second held-out part: agreement and "not answered" precision and recall do not fall (counts only)', function () {
    if (!existsSync(path.join(ROOT, 'holdout2', 'expected.json'))) this.skip();
    const score = scoreCorpus(path.join(ROOT, 'holdout2'));
    for (const line of describeScore('holdout2', score)) console.log(`      ${line}`);
    const { both, judged, labelled } = score.notAnswered;
    assert.ok(score.total >= 100, 'at least 20 held-out plans');
    assert.ok(score.right / score.total >= HOLDOUT2_FLOOR.agreement, `agreement ${score.right}/${score.total}`);
    assert.ok(both / judged >= HOLDOUT2_FLOOR.precision, `precision ${both}/${judged}`);
    assert.ok(both / labelled >= HOLDOUT2_FLOOR.recall, `recall ${both}/${labelled}`);
  });

  it('own corpora: "not answered" precision and recall at least 0.9', () => {
    for (const name of ['corpus', 'corpus-holdout']) {
      const score = scoreCorpus(path.join(__dirname, '..', name));
      const { both, judged, labelled } = score.notAnswered;
      console.log(`      ${name}: "not answered" precision ${(both / judged).toFixed(2)}, recall ${(both / labelled).toFixed(2)}`);
      assert.ok(both / judged >= 0.9 && both / labelled >= 0.9, name);
    }
  });
});
