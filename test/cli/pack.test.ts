// The npm package: `npm pack` gives a tarball with only what the CLI needs at run time, which
// installs into an empty prefix (from npm's cache where it can) and gives a working `innovatie` on the PATH.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { cleanup, COMPLETE_PLAN, REPO, tempDir, writeFiles } from './helpers.js';

const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const pkg = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8'));

interface Packed {
  filename: string;
  size: number;
  entryCount: number;
  files: { path: string }[];
}

describe('npm package', function () {
  this.timeout(300_000);
  let work: string;
  let packed: Packed;
  let tarball: string;
  let bin: string;

  before(() => {
    work = tempDir('innovatie-pack-');
    // prepack builds the production bundle first.
    const json = execFileSync(NPM, ['pack', '--json', '--pack-destination', work], { cwd: REPO, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    packed = (JSON.parse(json.slice(json.indexOf('['))) as Packed[])[0];
    tarball = path.join(work, packed.filename);
    const prefix = path.join(work, 'prefix');
    const started = Date.now();
    // --prefer-offline, not --offline: `npm ci` caches the dependency's tarball but not its registry entry, which a
    // fresh machine's cache lacks; CI may reach the npm registry.
    execFileSync(NPM, ['install', '--global', '--prefix', prefix, '--prefer-offline', '--no-audit', '--no-fund', tarball], { cwd: work, stdio: 'pipe' });
    const seconds = (Date.now() - started) / 1000;
    bin = path.join(prefix, process.platform === 'win32' ? 'innovatie.cmd' : path.join('bin', 'innovatie'));
    console.log(`      ${packed.filename}: ${(packed.size / 1024).toFixed(1)} KB, ${packed.entryCount} files; installed in ${seconds.toFixed(1)} s`);
  });
  after(cleanup);

  const innovatie = (args: string[], cwd: string) => {
    // As a user runs it: `innovatie` found on the PATH, from the prefix's bin folder.
    const PATH = `${path.dirname(bin)}${path.delimiter}${process.env.PATH ?? ''}`;
    const result = spawnSync('innovatie', args, { cwd, encoding: 'utf8', env: { ...process.env, PATH, NO_COLOR: '1' }, shell: process.platform === 'win32' });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  };

  it('holds only the bundled CLI, templates, snippets, schemas, docs and the package files', () => {
    const files = packed.files.map((file) => file.path).sort();
    for (const needed of ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'dist/cli.js', 'templates/index.json', 'templates/nl/actieplan.md', 'templates/en/actieplan.md', 'snippets/innovatie.code-snippets', 'schemas/innovatierc.schema.json', 'docs/rules.md']) {
      assert.ok(files.includes(needed), `the tarball lacks ${needed}`);
    }
    const allowed = /^(package\.json|README\.md|LICENSE|CHANGELOG\.md|dist\/cli\.js|templates\/.+|snippets\/.+|schemas\/.+\.json|docs\/.+\.md)$/;
    assert.deepEqual(files.filter((file) => !allowed.test(file)), [], 'nothing else: no sources, tests, source maps or the extension');
    assert.ok(packed.size < 1024 * 1024, `${packed.size} bytes`);
  });

  it('is ready to publish: not private, EUPL-1.2 with its text, one runtime dependency (the PNG renderer)', () => {
    assert.equal(pkg.private, undefined);
    assert.equal(pkg.license, 'EUPL-1.2');
    assert.match(readFileSync(path.join(REPO, 'LICENSE'), 'utf8'), /^EUROPEAN UNION PUBLIC LICENCE v\. 1\.2\n/);
    // The CLI and the extension are bundles; only resvg (a native binary per platform) stays outside, loaded for PNG alone.
    assert.deepEqual(Object.keys(pkg.dependencies ?? {}), ['@resvg/resvg-js']);
    for (const field of ['repository', 'homepage', 'bugs', 'keywords', 'files']) assert.ok(pkg[field], field);
    assert.equal(pkg.bin.innovatie, 'dist/cli.js');
  });

  it('installs a working innovatie: --version, lint, explain, report', () => {
    assert.equal(innovatie(['--version'], work).stdout.trim(), pkg.version);
    const plans = path.join(work, 'plans');
    cpSync(path.join(REPO, 'examples'), plans, { recursive: true });
    const lint = innovatie(['lint', '.'], plans);
    assert.equal(lint.code, 0, lint.stderr + lint.stdout);
    assert.match(lint.stdout, /13 plans checked, no problems/);
    writeFiles(plans, { 'zonder-kosten.md': COMPLETE_PLAN.replace(/## Kosten[\s\S]*$/, '') });
    const failing = innovatie(['lint', '--format', 'json', 'zonder-kosten.md'], plans);
    assert.equal(failing.code, 1, failing.stderr);
    assert.equal(JSON.parse(failing.stdout).files[0].coverage.kosten, 'missing');
    const explain = innovatie(['explain', 'nl/actieplan.md'], plans);
    assert.equal(explain.code, 0, explain.stderr);
    assert.match(explain.stdout, /wie/i);
    const report = innovatie(['report', '--format', 'json', '.'], plans);
    assert.equal(report.code, 0, report.stderr);
    assert.ok(JSON.stringify(JSON.parse(report.stdout)).includes('actieplan'));
    const png = innovatie(['export', 'board', 'nl/vehicle.md', '--theme', 'dark', '-o', 'board.png'], plans);
    assert.equal(png.code, 0, png.stderr);
    assert.deepEqual([...readFileSync(path.join(plans, 'board.png')).subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47]);
    const svg = innovatie(['export', 'board', 'nl/vehicle.md', '--to', 'svg'], plans);
    assert.equal(svg.code, 0, svg.stderr);
    assert.match(svg.stdout, /<svg /);
  });

  it('installs a working innovatie: new from a bundled template, init with the published schema', () => {
    const repo = tempDir('innovatie-pack-repo-');
    const created = innovatie(['new', 'actieplan', 'plan.md', '--title', 'Slim afval ophalen'], repo);
    assert.equal(created.code, 0, created.stderr);
    assert.match(readFileSync(path.join(repo, 'plan.md'), 'utf8'), /^# Slim afval ophalen$/m);
    const init = innovatie(['init'], repo);
    assert.equal(init.code, 0, init.stderr);
    const config = JSON.parse(readFileSync(path.join(repo, '.innovatierc.json'), 'utf8'));
    assert.equal(config.$schema, `https://unpkg.com/innovatie@${pkg.version}/schemas/innovatierc.schema.json`);
    assert.ok(packed.files.some((file) => file.path === 'schemas/innovatierc.schema.json'), 'the URL points at a file the package publishes');
    assert.equal(readFileSync(path.join(repo, '.vscode', 'innovatie.code-snippets'), 'utf8'), readFileSync(path.join(REPO, 'snippets', 'innovatie.code-snippets'), 'utf8'));
  });
});
