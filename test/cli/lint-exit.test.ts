import assert from 'node:assert/strict';
import { chmodSync } from 'node:fs';
import path from 'node:path';
import { cleanup, COMPLETE_PLAN, PLAN_WITH_TODO, PLAN_WITHOUT_COST, run, tempDir, writeFiles } from './helpers.js';

describe('innovatie lint: exit codes and options', () => {
  afterEach(cleanup);

  it('exits 0 when no plan has an error, 1 when one has', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'goed.md': COMPLETE_PLAN, 'todo.md': PLAN_WITH_TODO, 'slecht.md': PLAN_WITHOUT_COST });
    assert.equal((await run(['lint', 'goed.md', 'todo.md'], dir)).code, 0);
    assert.equal((await run(['lint', '.'], dir)).code, 1);
  });

  it('--max-warnings turns too many warnings into exit 1', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'todo.md': PLAN_WITH_TODO });
    assert.equal((await run(['lint', '--max-warnings', '1', 'todo.md'], dir)).code, 0);
    const over = await run(['lint', '--max-warnings', '0', 'todo.md'], dir);
    assert.equal(over.code, 1);
    assert.match(over.stderr, /1 warnings, more than --max-warnings 0/);
    assert.equal((await run(['lint', '--max-warnings', 'veel', 'todo.md'], dir)).code, 2);
  });

  it('--quiet reports errors only, yet warnings still count for --max-warnings', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'todo.md': PLAN_WITH_TODO, 'slecht.md': PLAN_WITHOUT_COST });
    const quiet = await run(['lint', '--quiet', '-f', 'json', '.'], dir);
    const findings = JSON.parse(quiet.stdout).files.flatMap((file: { findings: Array<{ severity: string }> }) => file.findings);
    assert.deepEqual(findings.map((finding: { severity: string }) => finding.severity), ['error']);
    writeFiles(dir, { 'slecht.md': COMPLETE_PLAN });
    assert.equal((await run(['lint', '--quiet', '--max-warnings', '0', '.'], dir)).code, 1);
  });

  it('exits 2 with a clear message for bad usage', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'goed.md': COMPLETE_PLAN });
    const unknown = await run(['lint', '--fixx', 'goed.md'], dir);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /Unknown option '--fixx'[\s\S]*Usage: innovatie lint/);
    const format = await run(['lint', '-f', 'xml', 'goed.md'], dir);
    assert.equal(format.code, 2);
    assert.match(format.stderr, /unknown format 'xml' \(use stylish, json, sarif, github\)/);
    assert.equal((await run(['lint'], dir)).code, 2);
    assert.equal((await run(['lint', '--workers', 'veel', 'goed.md'], dir)).code, 2);
    const command = await run(['lnt'], dir);
    assert.equal(command.code, 2);
    assert.match(command.stderr, /unknown command 'lnt'/);
  });

  it('exits 2 for missing, unreadable and binary files, and still reports the others', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'goed.md': COMPLETE_PLAN, 'beeld.md': 'PNG\u0000\u0000binary' });
    const missing = await run(['lint', 'goed.md', 'weg.md', 'beeld.md'], dir);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /weg\.md: no such file or folder/);
    assert.match(missing.stderr, /beeld\.md: binary file, not Markdown/);
    assert.match(missing.stdout, /1 plan checked/);
    if (process.getuid?.() !== 0) {
      writeFiles(dir, { 'geheim.md': COMPLETE_PLAN });
      chmodSync(path.join(dir, 'geheim.md'), 0o000);
      const denied = await run(['lint', 'geheim.md'], dir);
      assert.equal(denied.code, 2);
      assert.match(denied.stderr, /geheim\.md: permission denied/);
    }
    assert.equal((await run(['lint', '*.txt'], dir)).code, 2);
  });

  it('exits 2 for an invalid configuration, naming the file and the key', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'goed.md': COMPLETE_PLAN, '.innovatierc.json': '{ "rules": { "question-kosten": "loud" }, "colour": true }' });
    const result = await run(['lint', 'goed.md'], dir);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /\.innovatierc\.json: invalid configuration/);
    assert.match(result.stderr, /unknown key 'colour'/);
    assert.match(result.stderr, /'rules\.question-kosten' must be one of/);
    writeFiles(dir, { '.innovatierc.json': '{ "rules": ' });
    assert.match((await run(['lint', 'goed.md'], dir)).stderr, /not valid JSON/);
    assert.equal((await run(['lint', '-c', 'nergens.json', 'goed.md'], dir)).code, 2);
  });

  it('uses the configuration: a rule switched off no longer fails the run', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'slecht.md': PLAN_WITHOUT_COST, '.innovatierc.json': '{ "rules": { "question-kosten": "off" } }' });
    assert.equal((await run(['lint', 'slecht.md'], dir)).code, 0);
  });

  it('--help works on every command and exits 0', async () => {
    const dir = tempDir();
    for (const command of ['lint', 'new', 'init', 'report']) {
      const result = await run([command, '--help'], dir);
      assert.equal(result.code, 0, command);
      assert.match(result.stdout, new RegExp(`^Usage: innovatie ${command}`), command);
    }
    assert.match((await run(['--help'], dir)).stdout, /Commands:/);
    assert.equal((await run([], dir)).code, 2);
    assert.equal((await run(['--version'], dir, { version: '9.9.9' })).stdout, '9.9.9\n');
  });
});
