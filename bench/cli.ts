/**
 * `npm run bench:cli`: innovatie lint beside markdownlint-cli2 and remark-cli
 * (remark-preset-lint-recommended) on the same 2,000 plans and one 5 MB plan, and
 * beside markdownlint-cli2 on those plans with e-mail and web addresses in a quarter, and on 2,000
 * files made from the real public plans and every template, each with a note list of 5–60 items.
 * Per tool: median wall time of 3 runs, files per second, peak memory (from
 * /usr/bin/time -v, whole process with its threads), and ratios.
 * Options: --runs N (default 3), --skip-big, --corpus DIR (default a temp folder,
 * outside the repository because innovatie respects .gitignore), --baseline FILE (another
 * dist/cli.js, e.g. built from a worktree at HEAD: run beside this one in every table, so a
 * change is measured against what it replaces in the same session), --only-auto (leave out
 * the --workers and --cache cases).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { ensureCorpus } from './cli-corpus.js';
import { ordinaryPlan } from './hostile.js';

const ROOT = path.join(__dirname, '..');
const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const RUNS = Number(option('--runs') ?? 3);
const CORPUS = path.resolve(option('--corpus') ?? path.join(tmpdir(), 'innovatie-bench-corpus'));
/** One run of a very slow case (another tool on the 5 MB plan) is enough to know where it stands. */
const SLOW_MS = 60_000;

const node = process.execPath;
/** A private copy of the bundle: other work may rebuild dist/ mid-run, which would also empty the cache. */
const CLI = path.join(CORPUS, 'innovatie-cli.js');
const MARKDOWNLINT = path.join(ROOT, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');
const REMARK = path.join(ROOT, 'node_modules', 'remark-cli', 'cli.js');
const REMARK_PRESET = path.join(ROOT, 'node_modules', 'remark-preset-lint-recommended', 'index.js');
const CACHE = path.join(CORPUS, '.innovatie-cache');
const BASELINE_SOURCE = option('--baseline');
const BASELINE = path.join(CORPUS, 'innovatie-baseline.js');
const ONLY_AUTO = args.includes('--only-auto');

interface Measure {
  ms: number;
  /** User + system CPU time: steadier than wall time on a shared machine. */
  cpuMs: number;
  rssMb: number;
}

/** Runs a command under /usr/bin/time -v; output is discarded, exit codes 0 and 1 (findings) are fine. */
function measure(command: string[]): Measure {
  const start = performance.now();
  const result = spawnSync('/usr/bin/time', ['-v', ...command], { cwd: CORPUS, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, NODE_OPTIONS: '' } });
  const ms = performance.now() - start;
  const field = (name: string) => Number(new RegExp(`${name}: ([\\d.]+)`).exec(result.stderr ?? '')?.[1] ?? NaN);
  if (result.status !== 0 && result.status !== 1) throw new Error(`${command.join(' ')} exited ${result.status}:\n${result.stderr.slice(-2000)}`);
  const cpuMs = (field('User time \\(seconds\\)') + field('System time \\(seconds\\)')) * 1000;
  return { ms, cpuMs, rssMb: field('Maximum resident set size \\(kbytes\\)') / 1024 };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

interface Case {
  name: string;
  files: number;
  command: string[];
  before?: () => void;
  runs: Measure[];
}

const cases: Case[] = [];
function add(name: string, files: number, command: string[], before?: () => void): Case {
  const entry = { name, files, command, before, runs: [] };
  cases.push(entry);
  return entry;
}

/** Rounds interleave the tools, so that load from other processes falls on all of them alike. */
function runAll(selected: Case[]): void {
  for (let round = 0; round < RUNS; round++) {
    for (const entry of selected) {
      if (round > 0 && entry.runs[0].ms > SLOW_MS) continue;
      entry.before?.();
      entry.runs.push(measure(entry.command));
      process.stderr.write(`  round ${round + 1}: ${entry.name}: ${entry.runs[round].ms.toFixed(0)} ms\n`);
    }
  }
}

const wall = (entry: Case) => median(entry.runs.map((run) => run.ms));

function table(title: string, rows: Case[], base: Case): string {
  const lines = [`\n${title}`, `| tool | median wall | files/s | CPU (user+sys) | peak RSS | throughput vs ${base.name} |`, '| --- | ---: | ---: | ---: | ---: | ---: |'];
  for (const row of rows) {
    const perSecond = (row.files / wall(row)) * 1000;
    const cpu = median(row.runs.map((run) => run.cpuMs));
    const rss = Math.max(...row.runs.map((run) => run.rssMb));
    lines.push(`| ${row.name} | ${(wall(row) / 1000).toFixed(2)} s | ${perSecond.toFixed(row.files < 10 ? 2 : 0)} | ${(cpu / 1000).toFixed(2)} s | ${rss.toFixed(0)} MB | ${(wall(base) / wall(row)).toFixed(2)}x |`);
  }
  return lines.join('\n');
}

function main(): void {
  execFileSync(node, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'inherit' });
  const corpus = ensureCorpus(CORPUS);
  copyFileSync(path.join(ROOT, 'dist', 'cli.js'), CLI);
  if (BASELINE_SOURCE) copyFileSync(path.resolve(BASELINE_SOURCE), BASELINE);
  /** The baseline's case beside this build's, when there is one. */
  const baseline = (name: string, files: number, target: string): Case[] => (BASELINE_SOURCE ? [add(`${name} (baseline)`, files, [node, BASELINE, 'lint', target])] : []);
  const plans = path.relative(CORPUS, corpus.plans);
  const big = path.relative(CORPUS, corpus.big);
  const count = 2000;
  const startLoad = `load average at the start: ${loadavg().map((n) => n.toFixed(1)).join(' ')}`;
  process.stderr.write(`corpus in ${CORPUS}; ${RUNS} runs each; ${startLoad}\n`);

  const markdownlint = add('markdownlint-cli2', count, [node, MARKDOWNLINT, `${plans}/**/*.md`]);
  add('remark-cli (lint-recommended)', count, [node, REMARK, '--quiet', '--no-stdout', '--use', REMARK_PRESET, plans]);
  add('innovatie lint (auto)', count, [node, CLI, 'lint', plans]);
  baseline('innovatie lint (auto)', count, plans);
  const output: string[] = [];
  if (ONLY_AUTO) {
    runAll(cases);
    output.push(table(`${count} plans (2–6 KB)`, cases, markdownlint));
  } else {
    add('innovatie lint --workers 0', count, [node, CLI, 'lint', '--workers', '0', plans]);
    add('innovatie lint --workers 1', count, [node, CLI, 'lint', '--workers', '1', plans]);
    add('innovatie lint --workers 2', count, [node, CLI, 'lint', '--workers', '2', plans]);
    add('innovatie lint --workers 3', count, [node, CLI, 'lint', '--workers', '3', plans]);
    const cold = add('innovatie lint --cache (cold)', count, [node, CLI, 'lint', '--cache', '--workers', '2', plans], () => rmSync(CACHE, { recursive: true, force: true }));
    const warm = add('innovatie lint --cache (warm)', count, [node, CLI, 'lint', '--cache', '--workers', '2', plans]);
    runAll(cases);
    output.push(table(`${count} plans (2–6 KB)`, cases, markdownlint), `\ncache: warm run ${(wall(cold) / wall(warm)).toFixed(1)}x faster than the cold run`);
  }

  // The same plans, a quarter with an e-mail and a web address (which cost innovatie its fast path).
  const contacts = path.relative(CORPUS, corpus.contacts);
  const contactCases = [add('markdownlint-cli2', count, [node, MARKDOWNLINT, `${contacts}/**/*.md`]), add('innovatie lint (auto)', count, [node, CLI, 'lint', contacts]), ...baseline('innovatie lint (auto)', count, contacts)];
  runAll(contactCases);
  output.push(table(`${count} plans, a quarter with an e-mail and a web address`, contactCases, contactCases[0]));

  // Material the generator did not make: the real public plans and every template, with note lists.
  const real = path.relative(CORPUS, corpus.real);
  const realCases = [add('markdownlint-cli2', count, [node, MARKDOWNLINT, `${real}/**/*.md`]), add('innovatie lint (auto)', count, [node, CLI, 'lint', real]), ...baseline('innovatie lint (auto)', count, real)];
  runAll(realCases);
  output.push(table(`${count} files from the real public plans and every template, each with 5–60 notes`, realCases, realCases[0]));

  if (!args.includes('--skip-big')) {
    const bigCases = [
      add('markdownlint-cli2', 1, [node, MARKDOWNLINT, big]),
      add('remark-cli (lint-recommended)', 1, [node, REMARK, '--quiet', '--no-stdout', '--use', REMARK_PRESET, big]),
      add('innovatie lint', 1, [node, CLI, 'lint', big]),
      ...baseline('innovatie lint', 1, big),
    ];
    runAll(bigCases);
    output.push(table('one 5 MB plan', bigCases, bigCases[0]));
    // Sections dense with markup (bold labels, a list with a link, a table): four times the nodes per byte.
    const ordinary = path.join(path.dirname(corpus.big), 'ordinary-5mb.md');
    if (!existsSync(ordinary)) writeFileSync(ordinary, ordinaryPlan(5 << 20));
    const target = path.relative(CORPUS, ordinary);
    const ordinaryCases = [add('markdownlint-cli2', 1, [node, MARKDOWNLINT, target]), add('innovatie lint', 1, [node, CLI, 'lint', target]), ...baseline('innovatie lint', 1, target)];
    runAll(ordinaryCases);
    output.push(table('one 5 MB plan of ordinary sections (bench/hostile.ts)', ordinaryCases, ordinaryCases[0]));
  }
  output.push(`\n${startLoad}; at the end: ${loadavg().map((n) => n.toFixed(1)).join(' ')}`);
  console.log(output.join('\n'));
}

main();
