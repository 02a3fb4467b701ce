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
import { IncrementalParser, lint, parseDocument } from '../src/core/index.js';
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
