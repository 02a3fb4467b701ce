/**
 * Overlap detection over 300, 1,000 and 3,000 generated plans: the time and memory of findOverlaps
 * once the plans are read (the report has parsed them already), and the parse beside it.
 * Each size runs in a child process of its own, so peak memory is that size's alone.
 * Target: 3,000 plans in < 10 s and < 500 MB on 2 cores.
 *
 * `--real` measures the same on material the generator did not make: every Markdown file under test/ (real
 * public plans, non-plans, READMEs, the conventions corpora, the overlap sets), 300, 1,000 and all of them,
 * and 3,000 as all of them twice, each second copy with its paragraphs in reverse order (a portfolio in which
 * every plan has a twin: the most pairs to find and explain).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildPlan, findOverlaps, overlapDocument, parseDocument } from '../src/core/index.js';

const SIZES = [300, 1000, 3000];
const PLANS_DIR = path.join(import.meta.dirname, '..', 'test', 'overlap', 'plans');

/** A deterministic random source, so every run measures the same plans. */
function random(seed: number): () => number {
  // mulberry32
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Plans in the words of the labelled set and made-up words (a real portfolio's vocabulary grows with
 * it): each on two topics of 40 words, topics shared by a few plans, and one in twenty a rewrite of an
 * earlier plan's topics, as a real portfolio has a few duplicates.
 */
function generatePlans(count: number): string[] {
  const rand = random(42);
  const words = [...new Set(readdirSync(PLANS_DIR).flatMap((name) => readFileSync(path.join(PLANS_DIR, name), 'utf8').toLowerCase().match(/\p{L}{4,}/gu) ?? []))];
  const pick = <T>(list: T[]) => list[Math.floor(rand() * list.length)];
  const letters = [...'abcdefghijklmnoprstuvwz'];
  const madeUp = Array.from({ length: 8 * count }, () => Array.from({ length: 6 + Math.floor(rand() * 6) }, () => pick(letters)).join(''));
  const topics = Array.from({ length: Math.ceil(1.5 * count) }, () => Array.from({ length: 40 }, () => (rand() < 0.7 ? pick(madeUp) : pick(words))));
  const planTopics: number[][] = [];
  const sentence = (own: string[]) => {
    const length = 8 + Math.floor(rand() * 10);
    const text = Array.from({ length }, () => (rand() < 0.5 ? pick(own) : pick(words))).join(' ');
    return text[0].toUpperCase() + text.slice(1) + '.';
  };
  return Array.from({ length: count }, (_, index) => {
    const chosen = index > 20 && rand() < 0.05 ? pick(planTopics) : [Math.floor(rand() * topics.length), Math.floor(rand() * topics.length)];
    planTopics.push(chosen);
    const own = chosen.flatMap((topic) => topics[topic]);
    const section = (heading: string, sentences: number) => `## ${heading}\n\n${Array.from({ length: sentences }, () => sentence(own)).join(' ')}\n`;
    return [
      `# ${sentence(own).slice(0, 60)}\n`,
      section('Probleem', 3),
      section('Wat', 4),
      section('Hoe', 4),
      `## Wie\n\nEigenaar: Sanne Bakker, teamleider, gemeente Oosterzand.\n`,
      `## Wanneer\n\nVan maart 2027 tot december 2027.\n`,
      `## Kosten\n\n€ ${10 + index % 90}.000.\n`,
    ].join('\n');
  });
}

/** Every Markdown file under test/, in a fixed order. */
function realFiles(): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.md')) files.push(readFileSync(full, 'utf8'));
    }
  };
  walk(path.join(import.meta.dirname, '..', 'test'));
  return files;
}

function realPlans(count: number): string[] {
  const files = realFiles();
  if (count <= files.length) return files.slice(0, count);
  const twins = files.map((text) => text.split(/\n{2,}/).reverse().join('\n\n'));
  return [...files, ...twins].slice(0, count);
}

const REAL = process.argv.includes('--real');

function measure(count: number): void {
  const texts = REAL ? realPlans(count) : generatePlans(count);
  const parseStart = performance.now();
  const documents = texts.map((text, index) => overlapDocument(`plan-${index}.md`, buildPlan(text, parseDocument(text).root)));
  const parseMs = performance.now() - parseStart;
  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const start = performance.now();
  const pairs = findOverlaps(documents);
  const overlapMs = performance.now() - start;
  const heapAfter = process.memoryUsage().heapUsed;
  const bytes = texts.reduce((sum, text) => sum + text.length, 0);
  console.log(JSON.stringify({ count, kb: Math.round(bytes / 1024), parseMs: Math.round(parseMs), overlapMs: Math.round(overlapMs), pairs: pairs.length, heapGrowthMb: Math.round((heapAfter - heapBefore) / 1048576), peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }));
}

const size = process.argv.indexOf('--size');
if (size !== -1) measure(Number(process.argv[size + 1]));
else {
  console.log(`${REAL ? 'real files' : 'generated plans'} | text | parse + plan model | findOverlaps | pairs found | peak RSS of the process`);
  const sizes = REAL ? [300, 1000, realFiles().length, 3000] : SIZES;
  for (const count of sizes) {
    const output = execFileSync(process.execPath, [...process.execArgv, '--expose-gc', process.argv[1], '--size', String(count), ...(REAL ? ['--real'] : [])], { encoding: 'utf8', maxBuffer: 1 << 26 });
    const result = JSON.parse(output.trim().split('\n').pop()!);
    console.log(`${result.count} | ${result.kb} KB | ${(result.parseMs / 1000).toFixed(2)} s | ${(result.overlapMs / 1000).toFixed(2)} s | ${result.pairs} | ${result.peakRssMb} MB`);
  }
}
