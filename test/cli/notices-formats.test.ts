import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { RULES } from '../../src/core/index.js';
import { cleanup, run, tempDir, writeFiles } from './helpers.js';

/** A plan with a list nested 200 deep: lines 103 on are read as plain text, with a notice. */
const DEEP = '# Plan\n\n' + Array.from({ length: 200 }, (_, i) => `${'  '.repeat(i)}- x\n`).join('');
const NOTICE = /^too complex to check: list or quote nesting over 100 levels at line 103; lines \d+-\d+ read as plain text$/;

describe('innovatie lint: notices (parts too complex to check) in sarif and github output', function () {
  this.timeout(120_000);
  after(cleanup);

  it('sarif gives a notice as a note-level result under too-complex and as a tool execution notification', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'plannen/diep.md': DEEP });
    const { stdout } = await run(['lint', '-f', 'sarif', '--force', 'plannen'], dir, { version: '1.2.3' });
    const [runLog] = JSON.parse(stdout).runs;
    const rules = runLog.tool.driver.rules as Array<{ id: string }>;
    assert.deepEqual(rules.map((rule) => rule.id), [...RULES.map((rule) => rule.id), 'too-complex']);
    const notes = runLog.results.filter((result: { ruleId: string }) => result.ruleId === 'too-complex');
    assert.equal(notes.length, 1);
    assert.equal(notes[0].level, 'note');
    assert.equal(notes[0].ruleIndex, rules.length - 1);
    assert.match(notes[0].message.text, NOTICE);
    const location = notes[0].locations[0].physicalLocation;
    assert.equal(location.artifactLocation.uri, 'plannen/diep.md');
    assert.equal(location.region.startLine, 103);
    const [invocation] = runLog.invocations;
    assert.equal(invocation.executionSuccessful, true);
    assert.equal(invocation.toolExecutionNotifications.length, 1);
    assert.match(invocation.toolExecutionNotifications[0].message.text, NOTICE);
    assert.equal(invocation.toolExecutionNotifications[0].locations[0].physicalLocation.region.startLine, 103);
  });

  it('sarif without notices lists only the rules and has no invocations', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'plan.md': '# Plan\n\n## Wie\n\nJan.\n' });
    const [runLog] = JSON.parse((await run(['lint', '-f', 'sarif', '--force', '.'], dir)).stdout).runs;
    assert.equal(runLog.invocations, undefined);
    assert.ok(!runLog.tool.driver.rules.some((rule: { id: string }) => rule.id === 'too-complex'));
  });

  it('sarif with a notice passes Microsoft SARIF multitool validation', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'plannen/diep.md': DEEP });
    await run(['lint', '-f', 'sarif', '--force', '-o', 'innovatie.sarif', 'plannen'], dir, { version: '0.1.0' });
    const multitool = require.resolve('@microsoft/sarif-multitool/bin.js');
    const output = path.join(dir, 'validation.sarif');
    execFileSync(process.execPath, [multitool, 'validate', path.join(dir, 'innovatie.sarif'), '--output', output], { stdio: 'pipe' });
    const validation = JSON.parse(readFileSync(output, 'utf8'));
    const results = validation.runs.flatMap((runLog: { results?: unknown[] }) => runLog.results ?? []);
    assert.deepEqual(results, [], JSON.stringify(results, null, 2));
  });

  it('github prints a notice as a ::notice annotation on its line, even for a file without findings', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'a,b.md': DEEP });
    const { stdout } = await run(['lint', '-f', 'github', '--force', '.'], dir);
    const notices = stdout.trimEnd().split('\n').filter((line) => line.startsWith('::notice '));
    assert.equal(notices.length, 1);
    const match = /^::notice file=a%2Cb\.md,line=103,title=innovatie\(too-complex\)::(.*)$/.exec(notices[0]);
    assert.ok(match, notices[0]);
    assert.match(match[1], NOTICE);
  });

  it('github prints a notice with --quiet too (it is not a finding)', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'diep.md': DEEP });
    const { stdout } = await run(['lint', '-f', 'github', '--quiet', '--force', '.'], dir);
    assert.match(stdout, /^::notice file=diep\.md,line=103,/m);
  });
});
