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
  'plans/schoolpleinen.md': plan('08a-groene-schoolpleinen.md'),
};

describe('innovatie report: overlapping initiatives', () => {
  after(cleanup);

  it('lists overlapping pairs in JSON, best first, with terms and passages', async () => {
    const dir = tempDir();
    writeFiles(dir, FILES);
    const { code, stdout } = await run(['report', '--format', 'json', 'plans'], dir);
    assert.equal(code, 0);
    const report = JSON.parse(stdout);
    assert.equal(report.version, 1);
    assert.equal(report.plans.length, 4);
    assert.equal(report.overlaps.length, 1);
    const [pair] = report.overlaps;
    assert.deepEqual([pair.a, pair.b], ['plans/afval-a.md', 'plans/afval-b.md']);
    assert.ok(pair.score >= 0.3 && pair.score <= 1);
    assert.ok(pair.terms.length > 0);
    assert.ok(Number.isInteger(pair.passages[0].a.line) && typeof pair.passages[0].b.text === 'string');
  });

  it('has an "Overlapping initiatives" section in Markdown and HTML', async () => {
    const dir = tempDir();
    writeFiles(dir, FILES);
    const md = await run(['report', '--lang', 'en', 'plans'], dir);
    assert.match(md.stdout, /## Overlapping initiatives[\s\S]*Chatbot voor afvalvragen[\s\S]*↔/);
    const html = await run(['report', '--format', 'html', 'plans'], dir);
    assert.match(html.stdout, /<h2>Overlappende initiatieven<\/h2>[\s\S]*<ul class="overlaps">/);
  });

  it('takes the threshold from --overlap-threshold, else from overlap.threshold in the config', async () => {
    const dir = tempDir();
    writeFiles(dir, { ...FILES, '.innovatierc.json': '{"overlap": {"threshold": 1}}' });
    const fromConfig = JSON.parse((await run(['report', '--format', 'json', 'plans'], dir)).stdout);
    assert.equal(fromConfig.overlaps.length, 0);
    const fromOption = JSON.parse((await run(['report', '--format', 'json', '--overlap-threshold', '0', 'plans'], dir)).stdout);
    assert.ok(fromOption.overlaps.length >= 1);
    const bad = await run(['report', '--overlap-threshold', 'high', 'plans'], dir);
    assert.equal(bad.code, 2);
  });

  it('sets aside a pair the team judged two initiatives (overlap.distinct), in every format, and checks the key', async () => {
    const dir = tempDir();
    writeFiles(dir, { ...FILES, '.innovatierc.json': JSON.stringify({ overlap: { distinct: [['./plans/afval-b.md', 'plans/afval-a.md']] } }) });
    // Run from a subfolder: the paths are the config file's, not the working folder's.
    const json = JSON.parse((await run(['report', '--format', 'json', '.'], path.join(dir, 'plans'))).stdout);
    assert.equal(json.overlaps.length, 0);
    assert.deepEqual(json.distinct.map((pair: { a: string; b: string }) => [pair.a, pair.b]), [['afval-a.md', 'afval-b.md']]);
    const md = await run(['report', '--lang', 'en', 'plans'], dir);
    assert.match(md.stdout, /No plans that describe the same initiative\.[\s\S]*Judged two initiatives by the team \(`overlap\.distinct`\), no longer reported:\n\n- Chatbot voor afvalvragen \(`plans\/afval-a\.md`\) ↔/);
    const html = await run(['report', '--format', 'html', 'plans'], dir);
    assert.match(html.stdout, /<ul class="distinct"><li>Chatbot voor afvalvragen/);
    writeFiles(dir, { '.innovatierc.json': JSON.stringify({ overlap: { distinct: [['plans/afval-a.md']] } }) });
    const bad = await run(['report', 'plans'], dir);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /'overlap\.distinct' must be a list of pairs of two different plan paths/);
  });
});
