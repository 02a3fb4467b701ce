import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { RULES, ruleDocsUrl } from '../../src/core/index.js';
import { escapeData, escapeProperty } from '../../src/cli/format/github.js';
import { cleanup, COMPLETE_PLAN, PLAN_WITH_TODO, PLAN_WITHOUT_COST, run, tempDir, writeFiles } from './helpers.js';

const PLANS = { 'plannen/goed.md': COMPLETE_PLAN, 'plannen/zonder kosten.md': PLAN_WITHOUT_COST, 'plannen/todo.md': PLAN_WITH_TODO };

describe('innovatie lint: formats', () => {
  afterEach(cleanup);

  it('stylish groups findings per file and ends with a summary line', async () => {
    const dir = tempDir();
    writeFiles(dir, PLANS);
    const { code, stdout } = await run(['lint', 'plannen'], dir);
    assert.equal(code, 1);
    assert.match(stdout, /^plannen\/todo\.md\n {2}plan {2}✓ wie/m);
    assert.match(stdout, /^plannen\/zonder kosten\.md\n/m);
    assert.doesNotMatch(stdout, /goed\.md/, 'a file without findings is not listed');
    assert.match(stdout, /^ {2}\d+:\d+ +error +.*question-kosten$/m);
    assert.match(stdout, /✗ 2 problems \(1 errors, 1 warnings\) in 3 plans\n {2}1 can be fixed with --fix\n$/);
    assert.doesNotMatch(stdout, /\u001b\[/, 'no colour when not a TTY');
  });

  it('json keeps the documented version 1 shape', async () => {
    const dir = tempDir();
    writeFiles(dir, PLANS);
    const { stdout } = await run(['lint', '--format', 'json', 'plannen'], dir);
    const report = JSON.parse(stdout);
    assert.equal(report.version, 1);
    assert.deepEqual(report.files.map((file: { path: string }) => file.path), ['plannen/goed.md', 'plannen/todo.md', 'plannen/zonder kosten.md']);
    const missing = report.files[2];
    assert.equal(missing.kind, 'plan');
    assert.deepEqual(Object.keys(missing.coverage), ['wie', 'wat', 'hoe', 'wanneer', 'kosten']);
    assert.equal(missing.coverage.kosten, 'missing');
    const finding = missing.findings[0];
    for (const key of ['ruleId', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn']) assert.ok(key in finding, key);
    assert.equal(finding.ruleId, 'question-kosten');
  });

  it('json matches the published schema (schemas/lint-output.schema.json), for plans, non-plans and notices', async () => {
    const dir = tempDir();
    const deep = `# Diep\n\n${Array.from({ length: 120 }, (_, depth) => `${'  '.repeat(depth)}- stap`).join('\n')}\n`;
    writeFiles(dir, { ...PLANS, 'README.md': '# Tool\n\n## Install\n\nnpm i\n', 'diep.md': deep });
    const report = JSON.parse((await run(['lint', '--format', 'json', '--force', '.'], dir)).stdout);
    const schema = JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'schemas', 'lint-output.schema.json'), 'utf8'));
    const validate = new Ajv({ strict: true, allErrors: true }).compile(schema);
    assert.ok(validate({ ...report }), JSON.stringify(validate.errors, null, 2));
    assert.ok(report.files.some((file: { notices: unknown[] }) => file.notices.length > 0), 'a notice was checked');
    const unforced = JSON.parse((await run(['lint', '--format', 'json', '.'], dir)).stdout);
    assert.ok(validate({ ...unforced }), JSON.stringify(validate.errors, null, 2));
    assert.ok(unforced.files.some((file: { plan: boolean }) => !file.plan), 'a non-plan was checked');
  });

  it('github prints escaped workflow annotations', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'a,b: c.md': PLAN_WITHOUT_COST, 'todo.md': PLAN_WITH_TODO });
    const { stdout } = await run(['lint', '-f', 'github', '.'], dir);
    const lines = stdout.trimEnd().split('\n');
    assert.equal(lines.length, 2);
    assert.match(lines[0], /^::error file=a%2Cb%3A c\.md,line=1,col=1,endLine=1,endColumn=\d+,title=innovatie\(question-kosten\)::.+kosten/);
    assert.match(lines[1], /^::warning file=todo\.md,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=innovatie\(no-placeholder\)::'TODO'/);
    assert.equal(escapeData('100% klaar\r\nregel 2'), '100%25 klaar%0D%0Aregel 2');
    assert.equal(escapeProperty('a:b,c%\n'), 'a%3Ab%2Cc%25%0A');
  });

  it('sarif lists every rule with help and a docs link, and uses relative URIs', async () => {
    const dir = tempDir();
    writeFiles(dir, PLANS);
    const { stdout } = await run(['lint', '-f', 'sarif', 'plannen'], dir, { version: '1.2.3' });
    const log = JSON.parse(stdout);
    assert.equal(log.version, '2.1.0');
    const driver = log.runs[0].tool.driver;
    assert.equal(driver.version, '1.2.3');
    assert.deepEqual(driver.rules.map((rule: { id: string }) => rule.id), RULES.map((rule) => rule.id));
    for (const rule of driver.rules) {
      assert.equal(rule.helpUri, ruleDocsUrl(rule.id));
      assert.ok(rule.help.text.length > 20 && rule.help.markdown.includes(ruleDocsUrl(rule.id)));
    }
    const results = log.runs[0].results;
    assert.equal(results.length, 2);
    const location = results.find((result: { ruleId: string }) => result.ruleId === 'question-kosten').locations[0].physicalLocation;
    assert.deepEqual(location.artifactLocation.uri, 'plannen/zonder%20kosten.md');
    assert.equal(location.artifactLocation.uriBaseId, '%SRCROOT%');
    assert.equal(location.region.startLine, 1);
  });

  it('sarif passes Microsoft SARIF multitool validation with no error-level results', async function () {
    this.timeout(120_000);
    const dir = tempDir();
    writeFiles(dir, PLANS);
    // A plan with a wrong total, a placeholder and a CRLF file, so every kind of result appears.
    writeFiles(dir, { 'plannen/crlf.md': PLAN_WITH_TODO.replace(/\n/g, '\r\n') });
    await run(['lint', '-f', 'sarif', '-o', 'innovatie.sarif', 'plannen'], dir, { version: '0.1.0' });
    const multitool = require.resolve('@microsoft/sarif-multitool/bin.js');
    const output = path.join(dir, 'validation.sarif');
    execFileSync(process.execPath, [multitool, 'validate', path.join(dir, 'innovatie.sarif'), '--output', output], { stdio: 'pipe' });
    const validation = JSON.parse(readFileSync(output, 'utf8'));
    const results = validation.runs.flatMap((runLog: { results?: Array<{ level?: string; message: unknown }> }) => runLog.results ?? []);
    const errors = results.filter((result: { level?: string }) => (result.level ?? 'warning') === 'error');
    assert.deepEqual(errors, [], JSON.stringify(errors, null, 2));
    assert.deepEqual(results, [], 'not even warnings or notes');
  });
});
