import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { diffMarkdown } from '../../src/cli/diff/markdown.js';
import { cleanup, run, tempDir, writeFiles } from './helpers.js';

const FIXTURES = path.resolve(__dirname, '..', 'diff');
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');
const PLAN = fixture('owner-changed.before.md');

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' } });
}

function commit(cwd: string, message: string): void {
  git(cwd, 'add', '-A');
  git(cwd, 'commit', '-q', '-m', message);
}

interface Json {
  version: number;
  files: Array<{ path: string; status: string; previousPath?: string; changes: Array<{ question: string; before: { status: string }; after: { status: string }; weakened: boolean; facts?: Record<string, Record<string, unknown>> }> }>;
}

/**
 * The CI recipe's situation: a remote with main, a clone with a feature branch of several
 * commits (an owner change, a rename, a plan split in two, a cost made vague), and a README.
 */
function pullRequest(): { origin: string; clone: string } {
  const origin = tempDir('innovatie-diff-origin-');
  git(origin, 'init', '-q', '-b', 'main');
  writeFiles(origin, { 'plans/loket.md': PLAN, 'plans/fietsen.md': fixture('plan-split.before.md').replace('Digitaal afsprakenloket', 'Deelfietsen'), 'README.md': '# Repo\n\nInstall with `npm ci`.\n' });
  commit(origin, 'plans');
  const clone = tempDir('innovatie-diff-clone-');
  git(clone, 'clone', '-q', origin, '.');
  git(clone, 'checkout', '-q', '-b', 'feature');
  writeFiles(clone, { 'plans/loket.md': fixture('owner-changed.after.md') });
  commit(clone, 'new owner');
  renameSync(path.join(clone, 'plans/loket.md'), path.join(clone, 'plans/afsprakenloket.md'));
  commit(clone, 'rename');
  const split = fixture('plan-split.after.md').replace('Digitaal afsprakenloket', 'Deelfietsen');
  writeFiles(clone, { 'plans/fietsen.md': split, 'plans/fietsen-planning.md': '# Deelfietsen: planning en kosten\n\n## Wie\n\nEigenaar: Jan de Vries, teamleider Mobiliteit van gemeente Zaanwijk.\n\n## Wanneer\n\nDe pilot start op 1 maart 2027 en is klaar op 1 december 2027.\n\n## Kosten\n\nDe bouw kost € 120.000.\n', 'README.md': '# Repo\n\nInstall with `npm ci`, then run it.\n' });
  commit(clone, 'split');
  return { origin, clone };
}

describe('innovatie diff', function () {
  this.timeout(60000);
  after(cleanup);

  it('reports a pull request per question, as the CI recipe runs it, and fails the gate', async () => {
    const { clone } = pullRequest();
    const result = await run(['diff', '--format', 'json', 'origin/main...HEAD'], clone);
    assert.equal(result.code, 1, result.stderr);
    const json = JSON.parse(result.stdout) as Json;
    assert.equal(json.version, 1);
    const byPath = Object.fromEntries(json.files.map((file) => [file.path, file]));
    assert.deepEqual(Object.keys(byPath).sort(), ['plans/afsprakenloket.md', 'plans/fietsen-planning.md', 'plans/fietsen.md']);
    const renamed = byPath['plans/afsprakenloket.md'];
    assert.equal(renamed.status, 'renamed');
    assert.equal(renamed.previousPath, 'plans/loket.md');
    assert.deepEqual(renamed.changes.map((change) => change.question), ['wie']);
    assert.equal(renamed.changes[0].facts?.owner.after, 'Fatma Yilmaz, teamleider Publiekszaken, gemeente Zaanwijk');
    const split = byPath['plans/fietsen.md'];
    assert.deepEqual(split.changes.filter((change) => change.weakened).map((change) => change.question), ['wanneer', 'kosten']);
    assert.equal(byPath['plans/fietsen-planning.md'].status, 'added');

    const markdown = await run(['diff', '--format', 'markdown', '--output-file', 'plan-diff.md', 'origin/main...HEAD'], clone);
    assert.equal(markdown.code, 1);
    const comment = readFileSync(path.join(clone, 'plan-diff.md'), 'utf8');
    assert.match(comment, /^<!-- innovatie-diff -->/);
    assert.match(comment, /Answers that got weaker/);
    assert.match(comment, /plans\/afsprakenloket\.md — renamed \(from plans\/loket\.md\)/);
    assert.match(comment, /~~Jan de Vries,~~ \*\*Fatma Yilmaz,\*\*/);
  });

  it('compares the merge base with the default branch against the working tree, untracked plans included', async () => {
    const { clone } = pullRequest();
    writeFiles(clone, { 'plans/afsprakenloket.md': fixture('owner-changed.after.md').replace('€ 120.000', '€ 160.000'), 'plans/nieuw.md': PLAN });
    const result = await run(['diff'], clone);
    assert.equal(result.code, 1, result.stderr);
    assert.match(result.stdout, /cost: € 120\.000 → € 160\.000 \(\+€ 40\.000\)/);
    assert.match(result.stdout, /plans\/nieuw\.md {2}added/);
    assert.doesNotMatch(result.stdout, /README/);
    const onlyOne = await run(['diff', '--format', 'json', '--', 'plans/afsprakenloket.md'], clone);
    assert.deepEqual((JSON.parse(onlyOne.stdout) as Json).files.map((file) => file.path), ['plans/afsprakenloket.md']);
  });

  it('compares one revision with the working tree, and two revisions', async () => {
    const { clone } = pullRequest();
    const first = git(clone, 'rev-list', '--max-parents=0', 'HEAD').trim();
    const nothing = await run(['diff', 'HEAD'], clone);
    assert.equal(nothing.code, 0);
    assert.match(nothing.stdout, /No plan changed\./);
    const owner = await run(['diff', '--format', 'json', first, 'HEAD~2'], clone);
    assert.equal(owner.code, 0);
    assert.deepEqual((JSON.parse(owner.stdout) as Json).files.map((file) => [file.path, file.status]), [['plans/loket.md', 'modified']]);
  });

  it('compares two plain files without git', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'old.md': PLAN, 'new.md': fixture('cost-became-pm.after.md') });
    const result = await run(['diff', 'old.md', 'new.md'], dir);
    assert.equal(result.code, 1);
    assert.match(result.stdout, /kosten +answered → weak/);
    const same = await run(['diff', 'old.md', 'old.md'], dir);
    assert.equal(same.code, 0);
  });

  it('exits 2 outside a repository, on an unknown revision and on bad usage', async () => {
    const dir = tempDir();
    const outside = await run(['diff'], dir);
    assert.equal(outside.code, 2);
    assert.match(outside.stderr, /not a git repository/);
    git(dir, 'init', '-q', '-b', 'main');
    writeFiles(dir, { 'a.md': PLAN });
    commit(dir, 'one');
    const unknown = await run(['diff', 'no-such-branch'], dir);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /unknown revision 'no-such-branch'/);
    assert.equal((await run(['diff', '--format', 'xml'], dir)).code, 2);
    assert.equal((await run(['diff', 'a', 'b', 'c'], dir)).code, 2);
    rmSync(path.join(dir, 'a.md'));
    const removed = await run(['diff', '--format', 'json'], dir);
    assert.equal(removed.code, 0, 'a removed plan is an entry, not a weakened answer');
    assert.equal((JSON.parse(removed.stdout) as Json).files[0].status, 'removed');
  });

  it('keeps the Markdown under the limit with a clear "and N more"', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'old.md': PLAN, 'new.md': fixture('owner-changed.after.md') });
    const one = JSON.parse((await run(['diff', '--format', 'json', 'old.md', 'new.md'], dir)).stdout) as Json;
    const many = Array.from({ length: 400 }, (_, index) => ({ ...one.files[0], path: `plans/plan-${index}.md` }));
    const text = diffMarkdown(many as never);
    assert.ok(text.length <= 65_000, `${text.length} characters`);
    assert.match(text, /… and \d+ more plans not shown/);
  });

  it('escapes plan text in the Markdown (no HTML, no mentions, no table breaks)', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'old.md': PLAN, 'new.md': PLAN.replace('Jan de Vries', '<img src=x> @octocat | Piet & Co <3') });
    const result = await run(['diff', '--format', 'markdown', 'old.md', 'new.md'], dir);
    assert.doesNotMatch(result.stdout, /<img|@octocat| \| Piet/);
    assert.match(result.stdout, /Piet &amp; Co &lt;3/);
  });
});

