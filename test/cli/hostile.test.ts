import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { hostileFiles } from '../../bench/hostile.js';
import { buildCli, cleanup, CLI, tempDir } from './helpers.js';

/** Hostile inputs that parse fine (and must say nothing about being too complex). */
const PARSEABLE = new Set(['headings.md', 'yaml-bomb.md']);

describe('dist/cli.js on hostile files (1 MB versions of bench/hostile.ts)', function () {
  // The assertions are on the outcome; the timeout only stops a hang.
  this.timeout(300_000);
  let dir = '';
  before(async () => {
    await buildCli();
    dir = tempDir('innovatie-hostile-');
  });
  after(cleanup);

  for (const file of hostileFiles(1024 * 1024).filter((file) => !file.ordinary)) {
    it(`answers ${file.name}`, () => {
      writeFileSync(path.join(dir, file.name), file.content);
      const result = spawnSync(process.execPath, [CLI, 'lint', '--format', 'json', file.name], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, NODE_OPTIONS: '' } });
      if (file.name === 'binary.md') {
        assert.equal(result.status, 2);
        assert.match(result.stderr, /binary file, not Markdown/);
        return;
      }
      assert.ok(result.status === 0 || result.status === 1, `exit ${result.status}: ${result.stderr.slice(0, 500)}`);
      const [report] = (JSON.parse(result.stdout) as { files: Array<{ notices: Array<{ message: string; line: number }> }> }).files;
      if (PARSEABLE.has(file.name)) assert.deepEqual(report.notices, []);
      else {
        assert.ok(report.notices.length > 0, 'a notice');
        assert.match(report.notices[0].message, /^too complex to check: .* at line \d+/);
      }
    });
  }

  it('gives the same report for a hidden fence with the parse helper thread as without it', () => {
    const hidden = hostileFiles(2 * 1024 * 1024).find((file) => file.name === 'hidden-fence.md')!;
    writeFileSync(path.join(dir, hidden.name), hidden.content);
    const lint = (...extra: string[]) => spawnSync(process.execPath, [CLI, 'lint', '--format', 'json', ...extra, hidden.name], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, NODE_OPTIONS: '', INNOVATIE_DEBUG: 'parse' } });
    const shared = lint();
    const alone = lint('--workers', '0');
    assert.match(shared.stderr, /parsed \d+ units/, 'the helper thread ran');
    assert.equal(shared.stdout, alone.stdout);
    const [report] = (JSON.parse(shared.stdout) as { files: Array<{ notices: Array<{ message: string }> }> }).files;
    assert.match(report.notices[0].message, /left open at line 5; lines 5-\d+ read as plain text/);
  });

  it('prints the notice in the stylish format too', () => {
    writeFileSync(path.join(dir, 'deep.md'), '# Plan\n\n' + Array.from({ length: 200 }, (_, i) => `${'  '.repeat(i)}- x\n`).join(''));
    const result = spawnSync(process.execPath, [CLI, 'lint', 'deep.md'], { cwd: dir, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '', NO_COLOR: '1' } });
    assert.match(result.stdout, /deep\.md\n\s+\d+\s+notice\s+too complex to check: list or quote nesting over 100 levels at line 103/);
  });
});
