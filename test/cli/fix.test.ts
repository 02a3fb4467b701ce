import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Finding } from '../../src/core/index.js';
import { chooseFixes } from '../../src/cli/lint/fix.js';
import { cleanup, COMPLETE_PLAN, PLAN_WITH_WRONG_TOTAL, PLAN_WITHOUT_COST, read, run, tempDir, writeFiles } from './helpers.js';

describe('innovatie lint --fix', () => {
  afterEach(cleanup);

  it('applies the offered fixes and changes nothing else in the file', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'totaal.md': PLAN_WITH_WRONG_TOTAL, 'kosten.md': PLAN_WITHOUT_COST, 'goed.md': COMPLETE_PLAN });
    const result = await run(['lint', '--fix', '.'], dir);
    assert.equal(read(dir, 'totaal.md'), COMPLETE_PLAN, 'only the total cell changed');
    const fixed = read(dir, 'kosten.md');
    assert.ok(fixed.startsWith(PLAN_WITHOUT_COST), 'the original text is kept byte for byte');
    assert.match(fixed.slice(PLAN_WITHOUT_COST.length), /^\n## Kosten\n\n<!--[\s\S]*-->\n$/);
    assert.equal(read(dir, 'goed.md'), COMPLETE_PLAN);
    assert.match(result.stdout, /fixed 2 problems/);
    // The inserted section still needs an answer: the error stays, now pointing at the empty section.
    assert.equal(result.code, 1);
  });

  it('is idempotent: a second run changes nothing', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'totaal.md': PLAN_WITH_WRONG_TOTAL, 'kosten.md': PLAN_WITHOUT_COST });
    await run(['lint', '--fix', '.'], dir);
    const first = { totaal: read(dir, 'totaal.md'), kosten: read(dir, 'kosten.md') };
    const second = await run(['lint', '--fix', '.'], dir);
    assert.deepEqual({ totaal: read(dir, 'totaal.md'), kosten: read(dir, 'kosten.md') }, first);
    assert.doesNotMatch(second.stdout, /fixed/);
  });

  it('keeps a byte order mark and CRLF line endings', async () => {
    const dir = tempDir();
    const crlf = '\uFEFF' + PLAN_WITHOUT_COST.replace(/\n/g, '\r\n');
    writeFiles(dir, { 'crlf.md': crlf });
    await run(['lint', '--fix', 'crlf.md'], dir);
    const bytes = readFileSync(path.join(dir, 'crlf.md'), 'utf8');
    assert.ok(bytes.startsWith(crlf));
    assert.doesNotMatch(bytes, /[^\r]\n/, 'every line ends in CRLF');
  });

  it('does not write a file that has nothing to fix', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'goed.md': COMPLETE_PLAN });
    const before = readFileSync(path.join(dir, 'goed.md'));
    const { code } = await run(['lint', '--fix', 'goed.md'], dir);
    assert.equal(code, 0);
    assert.deepEqual(readFileSync(path.join(dir, 'goed.md')), before);
  });

  it('chooses fixes that neither overlap nor share an insertion point', () => {
    const finding = (start: number, end: number): Finding => ({
      ruleId: 'x',
      severity: 'error',
      message: `${start}-${end}`,
      range: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } },
      fix: { description: '', edits: [{ start, end, newText: 'y' }] },
    });
    const chosen = chooseFixes([finding(10, 20), finding(15, 25), finding(30, 30), finding(30, 30), finding(0, 5), finding(21, 29)]);
    assert.deepEqual(chosen.map((f) => f.message), ['0-5', '10-20', '21-29', '30-30']);
  });
});
