import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { cleanup, run, tempDir, writeFiles } from './helpers.js';

const PLANS = path.join(import.meta.dirname, '..', 'overlap', 'plans');
const plan = (name: string) => readFileSync(path.join(PLANS, name), 'utf8');
const FILES = {
  'plans/afval-a.md': plan('01a-afval-chatbot.md'),
  'plans/afval-b.md': plan('01b-afval-chatbot.md'),
  'plans/parkeren.md': plan('02a-parkeervergunning.md'),
};
const RULE = 'overlapping-initiative';

async function lintJson(dir: string, ...args: string[]) {
  const result = await run(['lint', '--format', 'json', ...args, 'plans'], dir);
  const files = JSON.parse(result.stdout).files as Array<{ path: string; findings: Array<{ ruleId: string; severity: string; message: string; line: number }> }>;
  return { ...result, overlapFindings: (file: string) => files.find((entry) => entry.path === file)!.findings.filter((finding) => finding.ruleId === RULE) };
}

describe('innovatie lint: overlapping-initiative (cross-file, opt-in)', () => {
  after(cleanup);

  it('is off by default', async () => {
    const dir = tempDir();
    writeFiles(dir, FILES);
    const { overlapFindings } = await lintJson(dir);
    for (const file of Object.keys(FILES)) assert.deepEqual(overlapFindings(file), [], file);
  });

  it('warns on the title of both plans of a pair, naming the other plan and the score', async () => {
    const dir = tempDir();
    writeFiles(dir, { ...FILES, '.innovatierc.json': JSON.stringify({ rules: { [RULE]: 'warning' } }) });
    const { code, stderr, overlapFindings } = await lintJson(dir);
    assert.equal(stderr, '');
    assert.ok(code === 0 || code === 1);
    const [a] = overlapFindings('plans/afval-a.md');
    assert.equal(a.severity, 'warning');
    assert.equal(a.line, 1, 'on the H1');
    assert.match(a.message, /'Digitale assistent ophaalkalender' \(plans\/afval-b\.md, score 0\.\d\d; gedeelde termen: .+\)/);
    const [b] = overlapFindings('plans/afval-b.md');
    assert.match(b.message, /'Chatbot voor afvalvragen' \(plans\/afval-a\.md, score/);
    assert.equal(b.line, 6, 'on the H1 after the frontmatter');
    assert.deepEqual(overlapFindings('plans/parkeren.md'), []);
  });

  it('takes its severity from the config, honours overlap.threshold and is also reported through the cache', async () => {
    const dir = tempDir();
    writeFiles(dir, { ...FILES, '.innovatierc.json': JSON.stringify({ language: 'en', rules: { [RULE]: 'error' } }) });
    const first = await lintJson(dir, '--cache');
    assert.equal(first.code, 1);
    assert.equal(first.overlapFindings('plans/afval-a.md')[0].severity, 'error');
    assert.match(first.overlapFindings('plans/afval-a.md')[0].message, /^This plan probably describes the same initiative as 'Digitale assistent ophaalkalender'.*If you build the same thing, join forces; if you only share a target group, organisation or data, agree who does what\.$/);
    const cached = await lintJson(dir, '--cache');
    assert.equal(cached.overlapFindings('plans/afval-a.md').length, 1, 'cached reports still get the cross-file finding');
    writeFiles(dir, { '.innovatierc.json': JSON.stringify({ rules: { [RULE]: 'warning' }, overlap: { threshold: 0.99 } }) });
    assert.deepEqual((await lintJson(dir)).overlapFindings('plans/afval-a.md'), []);
  });

  it('stays quiet on a pair the team judged two initiatives (overlap.distinct)', async () => {
    const dir = tempDir();
    writeFiles(dir, { ...FILES, '.innovatierc.json': JSON.stringify({ rules: { [RULE]: 'warning' }, overlap: { distinct: [['plans/afval-b.md', 'plans/afval-a.md']] } }) });
    const { overlapFindings } = await lintJson(dir);
    assert.deepEqual([overlapFindings('plans/afval-a.md'), overlapFindings('plans/afval-b.md')], [[], []]);
  });

  it('is a known rule id for the config (validation) but never fires on a single plan', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'plans/afval-a.md': FILES['plans/afval-a.md'], '.innovatierc.json': JSON.stringify({ rules: { [RULE]: 'warn' } }) });
    const { stderr, overlapFindings } = await lintJson(dir);
    assert.equal(stderr, '');
    assert.deepEqual(overlapFindings('plans/afval-a.md'), []);
  });
});
