import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { cleanup, COMPLETE_PLAN, run, tempDir, writeFiles } from './helpers.js';

async function linted(cwd: string, args: string[]): Promise<string[]> {
  const { stdout } = await run(['lint', '-f', 'json', ...args], cwd);
  return JSON.parse(stdout).files.map((file: { path: string }) => file.path);
}

describe('innovatie lint: which files', () => {
  afterEach(cleanup);

  it('respects .gitignore in the folder, in subfolders and in parent folders up to the repository', async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, '.git'));
    writeFiles(dir, {
      '.gitignore': 'concepten/\n*.tmp.md\n',
      'plannen/.gitignore': 'oud.md\n',
      'plannen/a.md': COMPLETE_PLAN,
      'plannen/oud.md': COMPLETE_PLAN,
      'plannen/b.tmp.md': COMPLETE_PLAN,
      'concepten/c.md': COMPLETE_PLAN,
      'node_modules/pkg/README.md': COMPLETE_PLAN,
      'README.markdown': COMPLETE_PLAN,
    });
    assert.deepEqual(await linted(dir, ['.']), ['README.markdown', 'plannen/a.md']);
    assert.deepEqual(await linted(dir, ['**/*.md']), ['plannen/a.md']);
    // From a subfolder the root .gitignore still applies.
    assert.deepEqual(await linted(path.join(dir, 'plannen'), ['.']), ['a.md']);
  });

  it('lints a file named explicitly even when git ignores it', async () => {
    const dir = tempDir();
    writeFiles(dir, { '.gitignore': 'concepten/\n', 'concepten/c.md': COMPLETE_PLAN });
    assert.deepEqual(await linted(dir, ['concepten/c.md']), ['concepten/c.md']);
  });

  it("skips what the config's ignore list names, also when named explicitly", async () => {
    const dir = tempDir();
    writeFiles(dir, {
      '.innovatierc.json': JSON.stringify({ ignore: ['sjablonen/**', 'README.md'] }),
      'README.md': COMPLETE_PLAN,
      'sjablonen/leeg.md': '# {{title}}\n',
      'plannen/a.md': COMPLETE_PLAN,
    });
    assert.deepEqual(await linted(dir, ['.']), ['plannen/a.md']);
    assert.deepEqual(await linted(dir, ['sjablonen/leeg.md', 'plannen/a.md']), ['plannen/a.md']);
    // Patterns are relative to the config file's folder, wherever the CLI runs.
    assert.deepEqual(await linted(path.join(dir, 'plannen'), ['..']), ['a.md']);
  });

  it('reads a file outside the working folder and shows its absolute path', async () => {
    const dir = tempDir();
    const other = tempDir();
    writeFiles(other, { 'x.md': COMPLETE_PLAN });
    assert.deepEqual(await linted(dir, [path.join(other, 'x.md')]), [path.join(other, 'x.md')]);
  });
});
