import assert from 'node:assert/strict';
import path from 'node:path';
import { configCandidates, resolveConfigSync, type ConfigHost } from '../../src/core/config/resolve.js';
import { cleanup, PLAN_WITHOUT_COST, run, tempDir, writeFiles } from './helpers.js';

/** POSIX paths as plain strings: the resolver needs nothing from node:fs or vscode. */
const POSIX: ConfigHost<string> = {
  parent: (dir) => (dir === '/' ? undefined : path.posix.dirname(dir)),
  join: (dir, name) => path.posix.join(dir, name),
  same: (a, b) => a === b,
  label: (file) => file,
};

describe('config resolution (shared by the CLI and the extension)', () => {
  afterEach(cleanup);

  it('looks in the folder and each one above it, nearest first, and stops at the workspace folder', () => {
    assert.deepEqual(configCandidates('/w/plans/team', POSIX), ['/w/plans/team/.innovatierc.json', '/w/plans/.innovatierc.json', '/w/.innovatierc.json', '/.innovatierc.json']);
    assert.deepEqual(configCandidates('/w/plans/team', POSIX, '/w/plans'), ['/w/plans/team/.innovatierc.json', '/w/plans/.innovatierc.json']);
  });

  it('takes the nearest file, reads through the function it is given, and names a bad file', () => {
    const files: Record<string, string> = { '/w/.innovatierc.json': '{"language":"en"}', '/w/plans/.innovatierc.json': '{"language":"nl"}' };
    const read = (file: string) => files[file];
    assert.deepEqual(resolveConfigSync('/w/plans/team', POSIX, read), { config: { language: 'nl' }, file: '/w/plans/.innovatierc.json' });
    assert.deepEqual(resolveConfigSync('/w/other', POSIX, read), { config: { language: 'en' }, file: '/w/.innovatierc.json' });
    assert.deepEqual(resolveConfigSync('/w/other', POSIX, read, '/w/other'), { config: {} });
    files['/w/plans/.innovatierc.json'] = '{"language":"fr"}';
    assert.throws(() => resolveConfigSync('/w/plans', POSIX, read), /\/w\/plans\/\.innovatierc\.json: invalid configuration/);
  });

  it('innovatie lint --print-config PLAN prints the config found from the plan up, and its file', async () => {
    const dir = tempDir();
    writeFiles(dir, { '.innovatierc.json': '{"language":"en"}', 'team/.innovatierc.json': '{"rules":{"no-placeholder":"off"}}', 'team/plan.md': '# x\n', 'los/plan.md': '# y\n' });
    const team = await run(['lint', '--print-config', 'team/plan.md'], dir);
    assert.equal(team.code, 0);
    assert.deepEqual(JSON.parse(team.stdout), { file: path.join(dir, 'team', '.innovatierc.json'), config: { rules: { 'no-placeholder': 'off' } } });
    const other = JSON.parse((await run(['lint', '--print-config', 'los/plan.md'], dir)).stdout);
    assert.deepEqual(other, { file: path.join(dir, '.innovatierc.json'), config: { language: 'en' } });
    const explicit = JSON.parse((await run(['lint', '--print-config', '--config', 'team/.innovatierc.json', 'los/plan.md'], dir)).stdout);
    assert.equal(explicit.file, path.join(dir, 'team', '.innovatierc.json'));
  });

  it('innovatie lint judges each plan with the nearest config from its own folder, as the editor does', async () => {
    const dir = tempDir();
    writeFiles(dir, {
      'team-a/plans/plan.md': PLAN_WITHOUT_COST,
      'team-a/.innovatierc.json': JSON.stringify({ rules: { 'question-kosten': 'off' }, ignore: ['plans/concept.md'] }),
      'team-a/plans/concept.md': PLAN_WITHOUT_COST,
      'team-b/plan.md': PLAN_WITHOUT_COST,
    });
    const report = JSON.parse((await run(['lint', '--format', 'json', '.'], dir)).stdout) as { files: Array<{ path: string; findings: Array<{ ruleId: string }> }> };
    const rules = Object.fromEntries(report.files.map((file) => [file.path, file.findings.map((finding) => finding.ruleId)]));
    assert.deepEqual(Object.keys(rules).sort(), ['team-a/plans/plan.md', 'team-b/plan.md'], "team-a's own ignore list applies to its files");
    assert.ok(!rules['team-a/plans/plan.md'].includes('question-kosten'), "team-a's config switches the rule off");
    assert.ok(rules['team-b/plan.md'].includes('question-kosten'), 'team-b has no config: the defaults');
    const cached = await run(['lint', '--format', 'json', '--cache', '.'], dir);
    assert.deepEqual(JSON.parse(cached.stdout).files.length, 2);
  });
});
