import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { cleanup, COMPLETE_PLAN, PLAN_WITHOUT_COST, run, tempDir, writeFiles } from './helpers.js';

const CACHE = path.join('.innovatie-cache', 'lint.json');

/**
 * Marks every cached result, so a later run shows whether it used the cache (the
 * mark comes back) or linted the file again (it does not).
 */
function markCache(file: string): void {
  const data = JSON.parse(readFileSync(file, 'utf8'));
  for (const entry of Object.values(data.files) as Array<{ report: { findings: Array<{ message: string }> } }>) {
    for (const finding of entry.report.findings) finding.message = `CACHED ${finding.message}`;
  }
  writeFileSync(file, JSON.stringify(data));
}

async function lintJson(dir: string, extra: string[] = [], version = '1.0.0') {
  const result = await run(['lint', '--cache', '-f', 'json', ...extra, '.'], dir, { version });
  return { ...result, messages: JSON.parse(result.stdout).files.flatMap((file: { findings: Array<{ message: string }> }) => file.findings.map((f) => f.message)) as string[] };
}

describe('innovatie lint --cache', () => {
  afterEach(cleanup);

  it('skips unchanged files and gives the same result and exit code', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'a.md': PLAN_WITHOUT_COST, 'b.md': COMPLETE_PLAN });
    const first = await lintJson(dir);
    assert.ok(existsSync(path.join(dir, CACHE)));
    markCache(path.join(dir, CACHE));
    const second = await lintJson(dir);
    assert.equal(second.code, first.code);
    assert.equal(second.code, 1);
    assert.deepEqual(second.messages, first.messages.map((message) => `CACHED ${message}`));
  });

  it('lints a file again when its content changes', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'a.md': PLAN_WITHOUT_COST, 'b.md': PLAN_WITHOUT_COST.replace('Jan', 'Piet') });
    await lintJson(dir);
    markCache(path.join(dir, CACHE));
    writeFiles(dir, { 'b.md': PLAN_WITHOUT_COST.replace('Jan', 'Kees') });
    const { messages } = await lintJson(dir);
    assert.equal(messages.filter((message) => message.startsWith('CACHED')).length, 1, 'a.md from the cache, b.md linted again');
  });

  it('drops every entry when the configuration changes', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'a.md': PLAN_WITHOUT_COST, '.innovatierc.json': '{ "language": "nl" }' });
    await lintJson(dir);
    markCache(path.join(dir, CACHE));
    writeFiles(dir, { '.innovatierc.json': '{ "language": "en" }' });
    const { messages } = await lintJson(dir);
    assert.equal(messages.length, 1);
    assert.doesNotMatch(messages[0], /^CACHED/);
    assert.match(messages[0], /never answers 'cost'/, 'linted again, in English now');
  });

  it('drops every entry when the tool version changes', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'a.md': PLAN_WITHOUT_COST });
    await lintJson(dir, [], '1.0.0');
    markCache(path.join(dir, CACHE));
    assert.match((await lintJson(dir, [], '1.0.0')).messages[0], /^CACHED/);
    assert.doesNotMatch((await lintJson(dir, [], '1.1.0')).messages[0], /^CACHED/);
  });

  it('writes where --cache-location says, a file or a folder', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'a.md': COMPLETE_PLAN });
    await lintJson(dir, ['--cache-location', 'tmp/innovatie.json']);
    assert.ok(existsSync(path.join(dir, 'tmp', 'innovatie.json')));
    await lintJson(dir, ['--cache-location', 'cachemap/']);
    assert.ok(existsSync(path.join(dir, 'cachemap', 'lint.json')));
    assert.ok(!existsSync(path.join(dir, CACHE)));
  });

  it('ignores a corrupt cache file and replaces it', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'a.md': PLAN_WITHOUT_COST, [CACHE]: '{ not json' });
    const { code, messages } = await lintJson(dir);
    assert.equal(code, 1);
    assert.equal(messages.length, 1);
    assert.equal(JSON.parse(readFileSync(path.join(dir, CACHE), 'utf8')).version, 1);
  });

  it('with --fix, fixes a cached file that still has fixable findings', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'a.md': PLAN_WITHOUT_COST });
    await lintJson(dir);
    await run(['lint', '--cache', '--fix', 'a.md'], dir);
    assert.match(readFileSync(path.join(dir, 'a.md'), 'utf8'), /## Kosten/);
  });
});
