/**
 * Speed of the plan engine against its floor, side by side in one run:
 *   bare:   mdast-util-from-markdown (+ GFM, frontmatter) on the same units the engine parses
 *   lint:   the whole engine (block-wise parse + plan model + every rule)
 *   edit:   re-lint after a one-character edit with a kept IncrementalParser
 * Ratios matter, not the absolute times (machines here are shared and noisy).
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfm } from 'micromark-extension-gfm';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { frontmatter } from 'micromark-extension-frontmatter';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { IncrementalParser, lint } from '../src/core/index.js';
import { splitBlocks } from '../src/core/parse/split.js';
import { joinBlocks, PARSE_UNIT } from '../src/core/parse/incremental.js';
import { generatePlan } from './plans.js';

const options = { extensions: [gfm(), frontmatter(['yaml'])], mdastExtensions: [gfmFromMarkdown(), frontmatterFromMarkdown(['yaml'])] };

/** The same units the engine parses: the whole text when small, else runs of blocks of up to PARSE_UNIT. */
function bareParse(text: string): void {
  if (text.length <= PARSE_UNIT) fromMarkdown(text, options);
  else for (const unit of joinBlocks(text, splitBlocks(text), PARSE_UNIT)) fromMarkdown(unit.text, options);
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

const SIZES: Array<[string, number, number]> = [['5 KB', 5_000, 21], ['50 KB', 50_000, 9], ['500 KB', 500_000, 5], ['5 MB', 5_000_000, 3]];
const rows: string[] = [];
for (const [label, bytes, runs] of SIZES) {
  const text = generatePlan(bytes);
  const bare: number[] = [];
  const full: number[] = [];
  for (let run = 0; run < runs; run++) {
    // Alternate so both see the same machine load.
    bare.push(time(() => bareParse(text)));
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
  const l = median(full);
  rows.push(`| ${label} | ${(text.length / 1e6).toFixed(2)} MB | ${b.toFixed(0)} ms | ${l.toFixed(0)} ms | ${(l / b).toFixed(2)}x | ${(text.length / 1e6 / (l / 1000)).toFixed(2)} MB/s | ${median(edits).toFixed(1)} ms |`);
  console.error(`done ${label}`);
}
console.log('| plan | size | bare parse (median) | full lint (median) | lint / bare | lint throughput | re-lint after 1-char edit |');
console.log('| --- | --- | --- | --- | --- | --- | --- |');
for (const row of rows) console.log(row);
