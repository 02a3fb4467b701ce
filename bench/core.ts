/**
 * Speed of the plan engine against its floor, side by side in one run:
 *   bare:   mdast-util-from-markdown (+ GFM, frontmatter) on the same units the engine parses
 *   parse:  the engine's own parse of those units (it skips autolink literals where none can be)
 *   lint:   the whole engine (parse + plan model + every rule)
 *   edit:   re-lint after a one-character edit with a kept IncrementalParser
 * Ratios matter, not the absolute times (machines here are shared and noisy).
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfm } from 'micromark-extension-gfm';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { frontmatter } from 'micromark-extension-frontmatter';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { detectPlan, IncrementalParser, lint, parseDocument } from '../src/core/index.js';
import { PARSE_UNIT, parseUnits } from '../src/core/parse/incremental.js';
import { generatePlan } from './plans.js';

const options = { extensions: [gfm(), frontmatter(['yaml'])], mdastExtensions: [gfmFromMarkdown(), frontmatterFromMarkdown(['yaml'])] };

/** The same units the engine parses: the whole text when small, else runs of blocks of up to PARSE_UNIT. */
function bareParse(text: string): void {
  if (text.length <= PARSE_UNIT) fromMarkdown(text, options);
  else for (const unit of parseUnits(text)) fromMarkdown(unit.text, options);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

/** The worst case for the parser's shortcut: an e-mail address in every section. */
const withMail = (text: string) => text.replace(/\n## /g, (heading, offset: number) => `\nMail: team${offset}@gemeente.nl\n${heading}`);

const SIZES: Array<[string, number, number, (text: string) => string]> = [
  ['5 KB', 5_000, 21, String],
  ['50 KB', 50_000, 9, String],
  ['500 KB', 500_000, 5, String],
  ['5 MB', 5_000_000, 3, String],
  ['500 KB, e-mail in every section', 500_000, 5, withMail],
];
const rows: string[] = [];
for (const [label, bytes, runs, variant] of SIZES) {
  const text = variant(generatePlan(bytes));
  const bare: number[] = [];
  const parse: number[] = [];
  const full: number[] = [];
  // Warm up first: the 5 KB plan is measured first, and the engine has far more code for the JIT to
  // compile than the bare parse; cold runs measured that, not the engine.
  for (let run = 0; run < Math.min(runs, 5); run++) {
    bareParse(text);
    parseDocument(text);
    lint(text);
  }
  for (let run = 0; run < runs; run++) {
    // Alternate so all see the same machine load.
    bare.push(time(() => bareParse(text)));
    parse.push(time(() => parseDocument(text)));
    full.push(time(() => lint(text)));
  }
  const parser = new IncrementalParser();
  lint(text, { parser });
  const edits: number[] = [];
  const middle = text.indexOf('\n## ', text.length >> 1) + 5;
  for (let run = 0; run < runs; run++) {
    const edited = text.slice(0, middle) + String.fromCharCode(97 + run) + text.slice(middle);
    edits.push(time(() => lint(edited, { parser })));
  }
  const b = median(bare);
  const p = median(parse);
  const l = median(full);
  rows.push(`| ${label} | ${(text.length / 1e6).toFixed(2)} MB | ${b.toFixed(0)} ms | ${p.toFixed(0)} ms | ${l.toFixed(0)} ms | ${(l / b).toFixed(2)}x | ${(l / p).toFixed(2)}x | ${(text.length / 1e6 / (l / 1000)).toFixed(2)} MB/s | ${median(edits).toFixed(1)} ms |`);
  console.error(`done ${label}`);
}
console.log('| plan | size | bare parse | engine parse | full lint | lint / bare | lint / engine parse | lint throughput | re-lint after 1-char edit |');
console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const row of rows) console.log(row);

// The real public plans of test/corpus-real and the non-plans of test/corpus-nonplans: material the
// bench's generator did not make. Each file is parsed bare and linted with detection, side by side.
{
  const root = path.join(__dirname, '..', 'test');
  const texts = ['corpus-real/tuning', 'corpus-real/holdout', 'corpus-nonplans'].flatMap((dir) =>
    readdirSync(path.join(root, dir)).filter((name) => name.endsWith('.md')).map((name) => readFileSync(path.join(root, dir, name), 'utf8')),
  );
  const bytes = texts.reduce((sum, text) => sum + text.length, 0);
  const bare: number[] = [];
  const full: number[] = [];
  for (let run = 0; run < 7; run++) {
    bare.push(time(() => texts.forEach((text) => bareParse(text))));
    full.push(time(() => texts.forEach((text) => lint(text, { detect: true }))));
  }
  console.log(`\n| real files (${texts.length}, ${(bytes / 1e6).toFixed(2)} MB) | bare parse ${median(bare).toFixed(0)} ms | full lint with detection ${median(full).toFixed(0)} ms | lint / bare ${(median(full) / median(bare)).toFixed(2)}x |`);

  // Detection runs on every keystroke in the editor: its own cost on top of the plan model, per file.
  const fifty = generatePlan(50_000);
  const { plan } = lint(fifty);
  const detections: number[] = [];
  for (let run = 0; run < 200; run++) detections.push(time(() => detectPlan(plan, { path: 'plans/plan.md' })));
  console.log(`| detection on a 50 KB plan (model built) | median ${(median(detections) * 1000).toFixed(0)} µs |`);
}
