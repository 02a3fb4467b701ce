import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describeScore, scoreCorpus, scoreTwoReviewers } from './corpus-score.js';

const ROOT = path.join(__dirname, '..', 'corpus-real');
interface Floor {
  agreement: number;
  precision: number;
  recall: number;
}

describe('real public plans', function () {
  if (!existsSync(path.join(ROOT, 'holdout', 'expected.json'))) return;

  it('tuning part: agreement per question with the strict reviewer (misses listed)', () => {
    const score = scoreCorpus(path.join(ROOT, 'tuning'));
    for (const line of describeScore('tuning', score)) console.log(`      ${line}`);
    for (const miss of score.misses) console.log(`        miss: ${miss}`);
    assert.ok(score.total >= 150, 'at least 30 tuning plans');
    // A floor against regressions, at the level reached (issue 9 aims at 95% on the held-out part).
    assert.ok(score.right / score.total >= 0.86, `${score.right}/${score.total}`);
  });

  // The first held-out part was read after tuning froze (its ten disagreements are discussed in the
  // notes), and tuned on after that: it is tuning material now, with its misses listed.
  it('first held-out part, read and then tuned on: agreement does not fall (misses listed)', () => {
    const score = scoreCorpus(path.join(ROOT, 'holdout'));
    for (const line of describeScore('holdout (read)', score)) console.log(`      ${line}`);
    for (const miss of score.misses) console.log(`        miss: ${miss}`);
    assert.ok(score.right / score.total >= 0.8, `agreement ${score.right}/${score.total}`);
  });

  // The second held-out part was measured untouched (54.6% before, 63.8% after stop 17), then read and
  // tuned on in stop 18: it is tuning material now, with its misses listed.
  it('second held-out part, read and then tuned on: agreement does not fall (misses listed)', () => {
    const score = scoreCorpus(path.join(ROOT, 'holdout2'));
    for (const line of describeScore('holdout2 (read)', score)) console.log(`      ${line}`);
    for (const miss of score.misses) console.log(`        miss: ${miss}`);
    assert.ok(score.right / score.total >= 0.85, `agreement ${score.right}/${score.total}`);
  });

  // Later parts, collected and labelled blind in stop 18 for tuning; each was scored once before it was
  // read (tuning5: 61/75, tuning6: 55/75, tuning7: 46/60, tuning8: 55/75), then tuned on. Floors at the level reached.
  // tuning9 (Dutch) and tuning10 (English) were collected blind in stop 19 and scored once before they were
  // read, with stop 18's engine and again with stop 19's first change: tuning9 51/75 and 52/75, tuning10 63/75 both times.
  // tuning12 (English, 7 plans) was scored 23/35 before it was read, with stop 18's engine and with stop 19's engine then alike;
  // tuning11 (Dutch, 15 plans) 51/75 with stop 19's engine then (50/75 with stop 18's).
  // holdout3 was sealed from stop 18 to stop 20 (counts only: 116/160 at first, 125/160 at the end of stop 20),
  // holdout5 in stop 20 (70/100 with stop 19's engine, 72/100 at the end of stop 20); both were read and tuned on in stop 21.
  // holdout7 was sealed in stop 21 (82/100 with the engines of stops 20 and 21; a second blind reviewer agreed with the
  // first on 95/100) and read and tuned on in stop 22 (86/100, then 84/100 with the heading vocabulary written blind).
  // holdout8 was sealed in stop 22 (stop 21's engine 67/95, stop 22's 69/95, the same through stop 23), read at the end of
  // stop 23 and tuned on in stop 24 (81/95).
  // holdout4 was sealed from stop 19 to stop 24 (stop 18's engine 62/85, 63/85 from stop 21 on), read at the end of stop 24
  // for its closing note's disagreements and tuned on in stop 25 (69/85).
  // holdout6 was sealed from stop 21 to stop 25 (85/100 from stop 22 on), read near the end of stop 25 for its closing
  // note and tuned on then (89/100).
  // holdout9 was sealed from stop 22 to stop 26 (45/55 throughout), read in stop 26 for its closing note (45/55; the one rule written from it was taken back after review).
  for (const [part, floor] of [['holdout3', 0.85], ['holdout5', 0.8], ['holdout7', 0.84], ['holdout8', 0.85], ['holdout4', 0.81], ['holdout6', 0.89], ['holdout9', 0.81], ['tuning4', 0.9], ['tuning5', 0.85], ['tuning6', 0.85], ['tuning7', 0.8], ['tuning8', 0.82], ['tuning9', 0.78], ['tuning10', 0.88], ['tuning11', 0.72], ['tuning12', 0.8]] as const) {
    it(`${part}, for tuning: agreement does not fall (misses listed)`, function () {
      if (!existsSync(path.join(ROOT, part, 'expected.json'))) this.skip();
      const score = scoreCorpus(path.join(ROOT, part));
      for (const line of describeScore(part, score)) console.log(`      ${line}`);
      for (const miss of score.misses) console.log(`        miss: ${miss}`);
      assert.ok(score.right / score.total >= floor, `agreement ${score.right}/${score.total}`);
    });
  }

  // Labelled by reviewers who never saw the tool's output, and never read by a tuner: counts only.
  // Floors at the level first measured, so the figure can only go up; issue 9 aims at 95% agreement and
  // 0.9 precision and recall of "not answered", not met yet.
  const SEALED: Array<{ part: string; title: string; plans: number; floor: Floor }> = [
    // Collected blind at the start of stop 23 (19 plans, 2 Dutch): stop 22's engine 66/95 (precision 0.72, recall 0.77).
    { part: 'holdout10', title: 'tenth', plans: 19, floor: { agreement: 0.69, precision: 0.71, recall: 0.76 } },
    // Collected blind at the start of stop 24 (20 plans, 8 Dutch): stop 23's engine 80/100 (precision 0.71, recall 0.81).
    // Stop 24's first rules 79/100: a sentence wholly in quotes was dropped, also as the "we" that makes who weak; quoted
    // sentences now answer nothing but still show that the plan speaks as "we" (80/100).
    { part: 'holdout11', title: 'eleventh', plans: 20, floor: { agreement: 0.8, precision: 0.7, recall: 0.8 } },
    // Collected blind in stop 25 (14 plans, 6 Dutch; the collector found no more unused ones in time): stop 24's engine
    // and stop 25's alike 50/70 (precision 35/42 = 0.83, recall 35/41 = 0.85).
    { part: 'holdout12', title: 'twelfth', plans: 14, floor: { agreement: 0.71, precision: 0.83, recall: 0.85 } },
    // Collected blind at the start of stop 26 (14 plans, 8 Dutch): stop 25's engine 55/70 (precision 15/18 = 0.83,
    // recall 15/22 = 0.68).
    { part: 'holdout13', title: 'thirteenth', plans: 14, floor: { agreement: 0.78, precision: 0.83, recall: 0.68 } },
  ];
  for (const { part, title, plans, floor } of SEALED) {
    it(`${title} held-out part: agreement and "not answered" precision and recall do not fall (counts only)`, function () {
      if (!existsSync(path.join(ROOT, part, 'expected.json'))) this.skip();
      const score = scoreCorpus(path.join(ROOT, part));
      for (const line of describeScore(part, score)) console.log(`      ${line}`);
      const { both, judged, labelled } = score.notAnswered;
      assert.ok(score.total >= plans * 5, `at least ${plans} held-out plans`);
      assert.ok(score.right / score.total >= floor.agreement, `agreement ${score.right}/${score.total}`);
      assert.ok(both / judged >= floor.precision, `precision ${both}/${judged}`);
      assert.ok(both / labelled >= floor.recall, `recall ${both}/${labelled}`);
    });
  }

  // Three sealed parts labelled a second time in stop 26 by a reviewer who saw only the plans and
  // shared/method.md (second-review.json). Stop 25's engine: the reviewers agree on 211 of 240 judgements
  // (87.9%); the engine gives their common status on 170 of those 211 (80.6%). Counts only.
  it('sealed parts labelled twice: the engine agrees with both reviewers where they agree (counts only)', function () {
    const parts = ['holdout11', 'holdout12', 'holdout13'].filter((part) => existsSync(path.join(ROOT, part, 'second-review.json')));
    if (parts.length === 0) this.skip();
    const sum = { judgements: 0, reviewersAgree: 0, engineConsensus: 0 };
    for (const part of parts) {
      const score = scoreTwoReviewers(path.join(ROOT, part));
      console.log(`      ${part}: reviewers agree ${score.reviewersAgree}/${score.judgements}; engine = first ${score.engineFirst}, = second ${score.engineSecond}, = both where they agree ${score.engineConsensus}/${score.reviewersAgree}`);
      sum.judgements += score.judgements;
      sum.reviewersAgree += score.reviewersAgree;
      sum.engineConsensus += score.engineConsensus;
    }
    assert.ok(sum.judgements >= 200, `${sum.judgements} judgements labelled twice`);
    assert.ok(sum.engineConsensus / sum.reviewersAgree >= 0.8, `engine = both reviewers ${sum.engineConsensus}/${sum.reviewersAgree}`);
  });

  // Synthetic plans written from shared/method.md's conventions by a session that never read the engine
  // (test/corpus-conventions/README.md): stop 21's engine 251/300, stop 22's 262/300.
  it('conventions corpus: agreement does not fall (misses listed)', () => {
    const score = scoreCorpus(path.join(__dirname, '..', 'corpus-conventions'));
    for (const line of describeScore('corpus-conventions', score)) console.log(`      ${line}`);
    for (const miss of score.misses) console.log(`        miss: ${miss}`);
    assert.ok(score.right / score.total >= 0.87, `agreement ${score.right}/${score.total}`);
  });

  // A second conventions corpus, written blind in stop 23 and sealed (test/corpus-conventions2/README.md):
  // stop 22's engine 278/300. Counts only.
  it('second conventions corpus (sealed): agreement does not fall (counts only)', () => {
    const score = scoreCorpus(path.join(__dirname, '..', 'corpus-conventions2'));
    for (const line of describeScore('corpus-conventions2', score)) console.log(`      ${line}`);
    assert.ok(score.right / score.total >= 0.92, `agreement ${score.right}/${score.total}`);
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
