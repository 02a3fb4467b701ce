import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildCli, cleanup, CLI, COMPLETE_PLAN, PLAN_WITH_TODO, PLAN_WITH_WRONG_TOTAL, PLAN_WITHOUT_COST, REPO, tempDir, writeFiles } from './helpers.js';

function spawnCli(args: string[], cwd: string, env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', NODE_OPTIONS: '', ...env } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('dist/cli.js (spawned)', function () {
  this.timeout(120_000);
  before(buildCli);
  afterEach(cleanup);

  it('exits 0, 1 and 2 as documented', () => {
    const dir = tempDir();
    writeFiles(dir, { 'goed.md': COMPLETE_PLAN, 'slecht.md': PLAN_WITHOUT_COST });
    assert.equal(spawnCli(['lint', 'goed.md'], dir).code, 0);
    const failing = spawnCli(['lint', '.'], dir);
    assert.equal(failing.code, 1);
    assert.match(failing.stdout, /slecht\.md\n/);
    const usage = spawnCli(['lint', '--bogus'], dir);
    assert.equal(usage.code, 2);
    assert.match(usage.stderr, /Unknown option '--bogus'/);
  });

  it('prints the package version', () => {
    const { version } = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8'));
    assert.equal(spawnCli(['--version'], tempDir()).stdout, `${version}\n`);
  });

  it('finds the templates and snippets shipped beside the bundle from any folder', () => {
    const dir = tempDir();
    assert.match(spawnCli(['new', '--list'], dir).stdout, /actieplan/);
    assert.equal(spawnCli(['new', 'hkw', '--title', 'Minder wachten'], dir).code, 0);
    assert.match(readFileSync(path.join(dir, 'minder-wachten.md'), 'utf8'), /^# Minder wachten$/m);
    assert.equal(spawnCli(['init'], dir).code, 0);
  });

  it('gives the same results with two worker threads as in one thread', () => {
    const dir = tempDir();
    const variants = [COMPLETE_PLAN, PLAN_WITHOUT_COST, PLAN_WITH_TODO, PLAN_WITH_WRONG_TOTAL];
    writeFiles(dir, Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`p/${String(i).padStart(2, '0')}.md`, variants[i % 4]])));
    const inline = spawnCli(['lint', '-f', 'json', '--workers', '0', 'p'], dir);
    const threaded = spawnCli(['lint', '-f', 'json', '--workers', '2', 'p'], dir);
    assert.equal(threaded.code, 1);
    assert.equal(threaded.stdout, inline.stdout);
    assert.equal(JSON.parse(threaded.stdout).files.length, 60);
    // --fix through workers writes the files too.
    assert.equal(spawnCli(['lint', '--fix', '--workers', '2', 'p'], dir).code, 1);
    assert.equal(readFileSync(path.join(dir, 'p', '03.md'), 'utf8'), COMPLETE_PLAN);
  });

  it('lints in this thread beside a worker from 400 files on, with the same results and problems as in one thread', () => {
    const dir = tempDir();
    const variants = [COMPLETE_PLAN, PLAN_WITHOUT_COST, PLAN_WITH_TODO, PLAN_WITH_WRONG_TOTAL];
    writeFiles(dir, Object.fromEntries(Array.from({ length: 420 }, (_, i) => [`p/${String(i).padStart(3, '0')}.md`, variants[i % 4]])));
    // Files the linting thread cannot read: reported before any other problem, in the order of the files.
    writeFileSync(path.join(dir, 'p', '150.md'), Buffer.from([0x23, 0x20, 0x00, 0x01]));
    writeFileSync(path.join(dir, 'p', '007.md'), Buffer.from([0x00]));
    const inline = spawnCli(['lint', '-f', 'json', '--workers', '0', 'p'], dir);
    const auto = spawnCli(['lint', '-f', 'json', 'p'], dir);
    const two = spawnCli(['lint', '-f', 'json', '--workers', '2', 'p'], dir);
    assert.equal(inline.code, 2);
    assert.match(inline.stderr, /^innovatie: p\/007\.md: binary file, not Markdown\ninnovatie: p\/150\.md: binary file/);
    for (const run of [auto, two]) {
      assert.equal(run.code, 2);
      assert.equal(run.stdout, inline.stdout);
      assert.equal(run.stderr, inline.stderr);
    }
    assert.equal(JSON.parse(auto.stdout).files.length, 418);
  });

  it('shares the parse of a plan over 1 MB with a helper thread, with the same results', () => {
    const dir = tempDir();
    // Sections that use what crosses unit boundaries: a reference defined far away, a footnote, an e-mail, a table.
    const table = (i: number) => `| Post | Bedrag |\n| --- | --- |\n| Inhuur | € ${i} |\n| Totaal | € ${i + (i % 30 === 0 ? 1 : 0)} |\n\n`;
    const section = (i: number) =>
      `## ${i}. Onderdeel\n\n${i % 20 === 0 ? `Zie [de bron][bron] en noot[^n].${i % 400 === 0 ? ` Mail b${i}@gemeente.nl.` : ''}\n\n${table(i)}` : ''}` +
      `Het team werkt dit deel van het plan uit met de partners in de regio, in korte rondes met de gebruikers erbij. Elke ronde eindigt met een demonstratie en een besluit over de volgende stap.\n\n- **Wanneer:** Q${(i % 4) + 1} 2027\n`;
    const body = Array.from({ length: 4600 }, (_, i) => section(i + 1)).join('\n');
    const plan = `---\nsoort: actieplan\n---\n\n# Groot plan\n\n${body}\n[bron]: https://example.org\n[^n]: Een noot.\n`;
    assert.ok(plan.length > 1024 * 1024, `${plan.length}`);
    writeFiles(dir, { 'groot.md': plan });
    const inline = spawnCli(['lint', '-f', 'json', '--workers', '0', 'groot.md'], dir, { INNOVATIE_DEBUG: 'parse' });
    const shared = spawnCli(['lint', '-f', 'json', 'groot.md'], dir, { INNOVATIE_DEBUG: 'parse' });
    assert.equal(inline.stderr, '');
    const split = /parsed (\d+) units, (\d+) in this thread/.exec(shared.stderr);
    assert.ok(split && Number(split[2]) < Number(split[1]), shared.stderr);
    assert.equal(shared.code, 1);
    assert.equal(shared.stdout, inline.stdout);
    assert.ok(JSON.parse(shared.stdout).files[0].findings.filter((f: { ruleId: string }) => f.ruleId === 'cost-total').length >= 5);
  });

  it('writes SARIF to a file with --output-file', () => {
    const dir = tempDir();
    writeFiles(dir, { 'slecht.md': PLAN_WITHOUT_COST });
    const result = spawnCli(['lint', '-f', 'sarif', '-o', 'out.sarif', '.'], dir);
    assert.equal(result.code, 1);
    assert.equal(result.stdout, '');
    assert.equal(JSON.parse(readFileSync(path.join(dir, 'out.sarif'), 'utf8')).runs[0].results[0].ruleId, 'question-kosten');
  });
});
