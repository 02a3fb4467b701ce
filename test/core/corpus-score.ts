import { readFileSync } from 'node:fs';
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

export interface TwoReviewers {
  judgements: number;
  /** The two reviewers give the same status. */
  reviewersAgree: number;
  engineFirst: number;
  engineSecond: number;
  /** The engine gives the status both reviewers give, of the judgements where they agree. */
  engineConsensus: number;
}

/**
 * A part labelled twice: `expected.json` by its collector, `second-review.json` by a reviewer who saw
 * only the plans and shared/method.md. How far the two agree bounds what agreement with either can mean.
 */
export function scoreTwoReviewers(dir: string): TwoReviewers {
  const first: Record<string, Label> = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8'));
  const second: Record<string, Label> = JSON.parse(readFileSync(path.join(dir, 'second-review.json'), 'utf8'));
  const result: TwoReviewers = { judgements: 0, reviewersAgree: 0, engineFirst: 0, engineSecond: 0, engineConsensus: 0 };
  for (const [file, label] of Object.entries(first)) {
    const other = second[file];
    if (!other) continue;
    const { coverage } = lint(readFileSync(path.join(dir, file), 'utf8'));
    for (const question of FIVE_QUESTIONS) {
      const [a, b, got] = [label.coverage[question], other.coverage[question], coverage[question]];
      result.judgements++;
      if (got === a) result.engineFirst++;
      if (got === b) result.engineSecond++;
      if (a !== b) continue;
      result.reviewersAgree++;
      if (got === a) result.engineConsensus++;
    }
  }
  return result;
}
