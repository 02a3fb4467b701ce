import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildPlan, parseDocument } from '../../src/core/index.js';
import { findOverlaps, overlapDocument, type OverlapPair } from '../../src/core/overlap/index.js';

export interface Score {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
}

export interface Evaluation {
  /** Per language of the pair: "nl", "en" or "nl-en" (a Dutch and an English plan). */
  byLanguage: Record<string, Score>;
  all: Score;
  found: OverlapPair[];
  missed: string[][];
  wrong: OverlapPair[];
}

/** Finds the overlaps among the plans of a labelled set and compares them with its labels. */
export function evaluate(folder: string, threshold?: number): Evaluation {
  const dir = path.join(folder, 'plans');
  const names = readdirSync(dir).filter((name) => name.endsWith('.md')).sort();
  const documents = names.map((name) => {
    const text = readFileSync(path.join(dir, name), 'utf8');
    return overlapDocument(name, buildPlan(text, parseDocument(text).root));
  });
  const languageOf = new Map(documents.map((document) => [document.id, document.language]));
  const pairLanguage = (a: string, b: string) => [...new Set([languageOf.get(a)!, languageOf.get(b)!])].sort().reverse().join('-');
  const labels: string[][] = JSON.parse(readFileSync(path.join(folder, 'labels.json'), 'utf8')).overlapping;
  const key = (a: string, b: string) => [a, b].sort().join('|');
  const expected = new Set(labels.map(([a, b]) => key(a, b)));
  const found = findOverlaps(documents, { threshold });
  const foundKeys = new Set(found.map((pair) => key(pair.a, pair.b)));

  const byLanguage: Record<string, Score> = {};
  const tally = (language: string, field: 'truePositives' | 'falsePositives' | 'falseNegatives') => {
    for (const name of [language, 'all']) {
      byLanguage[name] ??= { truePositives: 0, falsePositives: 0, falseNegatives: 0, precision: 1, recall: 1 };
      byLanguage[name][field]++;
    }
  };
  for (const pair of found) tally(pairLanguage(pair.a, pair.b), expected.has(key(pair.a, pair.b)) ? 'truePositives' : 'falsePositives');
  for (const [a, b] of labels) if (!foundKeys.has(key(a, b))) tally(pairLanguage(a, b), 'falseNegatives');
  for (const score of Object.values(byLanguage)) {
    score.precision = score.truePositives / Math.max(1, score.truePositives + score.falsePositives);
    score.recall = score.truePositives / Math.max(1, score.truePositives + score.falseNegatives);
  }
  const { all, ...rest } = byLanguage;
  return {
    byLanguage: rest,
    all: all ?? { truePositives: 0, falsePositives: 0, falseNegatives: 0, precision: 1, recall: 1 },
    found,
    missed: labels.filter(([a, b]) => !foundKeys.has(key(a, b))),
    wrong: found.filter((pair) => !expected.has(key(pair.a, pair.b))),
  };
}
