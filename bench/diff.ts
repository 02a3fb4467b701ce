/**
 * `npm run bench:diff`: a scratch git repository of 2,000 plans where a feature branch changes 20
 * (owner, dates, cost, a vague cost, renamed headings, a rename), timed with `innovatie diff` as CI
 * runs it (main...HEAD, markdown) and as a writer runs it (merge base against the working tree).
 * Median wall time of 3 runs of the built CLI (dist/cli.js, built first).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ROOT = path.join(__dirname, '..');
const FIXTURES = path.join(ROOT, 'test', 'diff');
const PLANS = 2000;
const CHANGED = 20;
const RUNS = 3;

const repo = path.join(tmpdir(), 'innovatie-bench-diff');
const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 'bench', GIT_AUTHOR_EMAIL: 'b@b', GIT_COMMITTER_NAME: 'bench', GIT_COMMITTER_EMAIL: 'b@b' } });

/** The fixture pairs, each a plan before and after a change; plan n is pair n mod count, renamed to be its own. */
const pairs = readdirSync(FIXTURES)
  .filter((file) => file.endsWith('.before.md'))
  .sort()
  .map((file) => [readFileSync(path.join(FIXTURES, file), 'utf8'), readFileSync(path.join(FIXTURES, file.replace('.before.md', '.after.md')), 'utf8')] as const);
const own = (text: string, index: number) => text.replace(/^# (.*)$/m, `# $1 ${index + 1}`);
const file = (index: number) => `plans/${String(Math.floor(index / 100)).padStart(2, '0')}/plan-${index + 1}.md`;

function buildRepository(): void {
  rmSync(repo, { recursive: true, force: true });
  mkdirSync(repo, { recursive: true });
  git('init', '-q', '-b', 'main');
  for (let index = 0; index < PLANS; index++) {
    mkdirSync(path.dirname(path.join(repo, file(index))), { recursive: true });
    writeFileSync(path.join(repo, file(index)), own(pairs[index % pairs.length][0], index));
  }
  git('add', '-A');
  git('commit', '-q', '-m', 'plans');
  git('checkout', '-q', '-b', 'feature');
  // Every hundredth plan changes: the changes are spread over the tree, as in a real portfolio.
  for (let changed = 0; changed < CHANGED; changed++) {
    const index = changed * (PLANS / CHANGED) + (changed % pairs.length);
    writeFileSync(path.join(repo, file(index)), own(pairs[index % pairs.length][1], index));
    if (changed === 0) renameSync(path.join(repo, file(index)), path.join(repo, file(index).replace('.md', '-renamed.md')));
  }
  git('add', '-A');
  git('commit', '-q', '-m', 'twenty plans change');
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(cli: string, args: string[]): { seconds: number; output: string } {
  const samples: number[] = [];
  let output = '';
  for (let run = 0; run < RUNS; run++) {
    const start = process.hrtime.bigint();
    try {
      output = execFileSync(process.execPath, [cli, 'diff', ...args], { cwd: repo, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    } catch (error) {
      // Exit code 1 is the gate (an answer got weaker): the output is still the result.
      output = (error as { stdout?: string }).stdout ?? '';
    }
    samples.push(Number(process.hrtime.bigint() - start) / 1e9);
  }
  return { seconds: median(samples), output };
}

execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'inherit' });
buildRepository();
// A private copy of the bundle: other work may rebuild dist/ during the run.
const cli = path.join(tmpdir(), 'innovatie-bench-diff-cli.js');
copyFileSync(path.join(ROOT, 'dist', 'cli.js'), cli);

const pullRequest = time(cli, ['--format', 'markdown', 'main...HEAD']);
const json = JSON.parse(time(cli, ['--format', 'json', 'main...HEAD']).output) as { files: Array<{ changes: unknown[] }> };
const workingTree = time(cli, []);
console.log(`${PLANS.toLocaleString('en')} plans, ${CHANGED} changed; ${json.files.length} reported, ${json.files.reduce((sum, entry) => sum + entry.changes.length, 0)} question changes`);
console.log(`innovatie diff --format markdown main...HEAD   ${pullRequest.seconds.toFixed(2)} s (median of ${RUNS})`);
console.log(`innovatie diff (merge base vs working tree)     ${workingTree.seconds.toFixed(2)} s (median of ${RUNS})`);
rmSync(repo, { recursive: true, force: true });
rmSync(cli, { force: true });
