import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PRE_COMMIT_HOOK } from '../../src/cli/hints.js';
import { buildCli, cleanup, CLI, COMPLETE_PLAN, PLAN_WITHOUT_COST, tempDir, writeFiles } from './helpers.js';

function git(cwd: string, ...args: string[]) {
  const result = spawnSync('git', ['-c', 'core.hooksPath=.git/hooks', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
  return { code: result.status, output: result.stdout + result.stderr };
}

describe('innovatie lint as a git pre-commit hook', function () {
  this.timeout(120_000);
  before(buildCli);
  afterEach(cleanup);

  it('refuses a commit that adds a plan without kosten and lets one with kosten through', () => {
    const repo = tempDir('innovatie-hook-');
    assert.equal(git(repo, 'init', '-q').code, 0);
    git(repo, 'config', 'user.email', 'test@example.org');
    git(repo, 'config', 'user.name', 'Test');
    // The hook `innovatie init` recommends, calling this build instead of npx.
    const hook = path.join(repo, '.git', 'hooks', 'pre-commit');
    writeFileSync(hook, PRE_COMMIT_HOOK.replace('npx --no-install innovatie', `node ${JSON.stringify(CLI)}`));
    chmodSync(hook, 0o755);

    writeFiles(repo, { 'plannen/loket zonder kosten.md': PLAN_WITHOUT_COST, 'notities.txt': 'geen plan\n' });
    git(repo, 'add', '.');
    const refused = git(repo, 'commit', '-m', 'Plan zonder kosten');
    assert.notEqual(refused.code, 0, 'the commit is refused');
    assert.match(refused.output, /plannen\/loket zonder kosten\.md[\s\S]*question-kosten/);
    assert.notEqual(git(repo, 'rev-parse', '--verify', 'HEAD').code, 0, 'nothing was committed');

    writeFiles(repo, { 'plannen/loket zonder kosten.md': COMPLETE_PLAN });
    git(repo, 'add', '.');
    const accepted = git(repo, 'commit', '-m', 'Plan met kosten');
    assert.equal(accepted.code, 0, accepted.output);
    assert.equal(git(repo, 'rev-parse', '--verify', 'HEAD').code, 0);

    // A commit without Markdown files does not run the linter at all.
    writeFiles(repo, { 'notities.txt': 'nog steeds geen plan\n' });
    git(repo, 'add', '.');
    assert.equal(git(repo, 'commit', '-m', 'Notities').code, 0);
  });
});
