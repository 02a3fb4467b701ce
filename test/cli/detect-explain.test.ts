import assert from 'node:assert/strict';
import { cleanup, COMPLETE_PLAN, PLAN_WITHOUT_COST, run, tempDir, writeFiles } from './helpers.js';

const README = `# Signalen

Signalen is an open-source tool for reporting problems in public space.

## Installation

\`\`\`sh
npm install
npm start
\`\`\`

## Roadmap

The maintainers plan a new map view in March 2026; the owner of the component is team Kaart.
Hosting costs about € 300 a month.

## License

EUPL-1.2
`;

describe('innovatie lint: plans and non-plans', () => {
  afterEach(cleanup);

  it('gives a README no findings, says so in JSON and in the stylish summary', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'README.md': README, 'notes/overleg.md': README.replace('# Signalen', '# Overleg'), 'plannen/plan.md': PLAN_WITHOUT_COST });
    const json = await run(['lint', '--format', 'json', '.'], dir);
    const files = JSON.parse(json.stdout).files as Array<{ path: string; plan: boolean; findings: unknown[]; coverage: Record<string, string>; detection?: string }>;
    const byPath = Object.fromEntries(files.map((file) => [file.path, file]));
    assert.equal(byPath['README.md'].plan, false);
    assert.deepEqual(byPath['README.md'].findings, []);
    assert.ok(Object.values(byPath['README.md'].coverage).every((status) => status === 'missing'));
    assert.match(byPath['README.md'].detection!, /README/);
    assert.equal(byPath['notes/overleg.md'].plan, false, 'install and licence sections are not a plan');
    assert.equal(byPath['plannen/plan.md'].plan, true);
    assert.ok(byPath['plannen/plan.md'].findings.length > 0);
    const stylish = await run(['lint', '.'], dir);
    assert.match(stylish.stdout, /2 files are not plans: use `soort:`/);
    assert.equal(stylish.code, 1, 'the plan without cost still fails');
  });

  it('checks a non-plan as a plan with --force, with frontmatter soort: or with the plans globs', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'README.md': README, 'team/notes.md': README, 'team/kind.md': `---\nsoort: plan\n---\n${README}` });
    const forced = JSON.parse((await run(['lint', '--format', 'json', '--force', 'README.md'], dir)).stdout).files[0];
    assert.equal(forced.plan, true);
    assert.ok(forced.findings.length > 0);
    writeFiles(dir, { '.innovatierc.json': JSON.stringify({ plans: ['team/notes.md'] }) });
    const files = JSON.parse((await run(['lint', '--format', 'json', 'team'], dir)).stdout).files;
    assert.deepEqual(files.map((file: { path: string; plan: boolean }) => [file.path, file.plan]), [['team/kind.md', true], ['team/notes.md', true]]);
  });

  it('gives per question the evidence: status, lines, excerpt and reason', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'plan.md': PLAN_WITHOUT_COST });
    const file = JSON.parse((await run(['lint', '--format', 'json', 'plan.md'], dir)).stdout).files[0];
    assert.equal(file.answers.kosten.status, 'missing');
    assert.equal(file.answers.kosten.line, undefined);
    assert.match(file.answers.kosten.reason, /kosten/);
    assert.equal(file.answers.wie.status, 'answered');
    assert.ok(file.answers.wie.line >= 1 && file.answers.wie.endLine >= file.answers.wie.line);
    assert.ok(file.answers.wie.excerpt.length > 0 && file.answers.wie.excerpt.length <= 200);
    assert.match(file.answers.wie.reason, /beantwoord/, 'a Dutch plan gets Dutch reasons');
  });
});

describe('innovatie explain', () => {
  afterEach(cleanup);

  it('prints each question with its status, lines and reason in the plan language', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'plan.md': PLAN_WITHOUT_COST, 'goed.md': COMPLETE_PLAN });
    const { code, stdout } = await run(['explain', 'plan.md'], dir);
    assert.equal(code, 0);
    assert.match(stdout, /✓ Wie — beantwoord {2}\(regels? \d+/);
    assert.match(stdout, /✗ Kosten — ontbreekt\n {4}Het plan beantwoordt 'kosten' nergens/);
    const english = await run(['explain', '--language', 'en', 'goed.md'], dir);
    assert.match(english.stdout, /✓ Cost — answered/);
    const json = JSON.parse((await run(['explain', '--format', 'json', 'goed.md'], dir)).stdout);
    assert.equal(json.answers.kosten.status, 'answered');
  });

  it('exits 2 with a message for a missing file or bad usage', async () => {
    const dir = tempDir();
    assert.equal((await run(['explain', 'nope.md'], dir)).code, 2);
    assert.equal((await run(['explain'], dir)).code, 2);
    assert.equal((await run(['explain', '--format', 'xml', 'a.md'], dir)).code, 2);
  });
});

describe('innovatie report: plans only', () => {
  afterEach(cleanup);

  it('leaves READMEs and notes out of the portfolio unless --force', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'README.md': README, 'plannen/plan.md': COMPLETE_PLAN });
    const plans = JSON.parse((await run(['report', '--format', 'json', '.'], dir)).stdout).plans as Array<{ path: string }>;
    assert.deepEqual(plans.map((plan) => plan.path), ['plannen/plan.md']);
    const forced = JSON.parse((await run(['report', '--format', 'json', '--force', '.'], dir)).stdout).plans as Array<{ path: string }>;
    assert.equal(forced.length, 2);
  });
});
