import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { lint } from '../../src/core/index.js';
import { buildCli, cleanup, CLI, REPO, tempDir } from './helpers.js';
// @ts-expect-error: a plain ES module of the build scripts, without types.
import { shareCompileContext } from '../../scripts/from-markdown-context.mjs';

/** Every Markdown plan the project keeps as test material: real, synthetic, non-plans, templates, fixtures. */
const FOLDERS = ['test/corpus-real', 'test/corpus', 'test/corpus-holdout', 'test/corpus-conventions', 'test/corpus-nonplans', 'test/overlap', 'test/fixtures', 'templates', 'examples'];

/**
 * The bundles share one compile context between mdast-util-from-markdown's token handlers
 * (scripts/from-markdown-context.mjs). The bundled CLI must judge every file exactly as the library
 * does in-process: the same findings at the same places and the same answers.
 */
describe('the bundled parser (shared compile context) against the library', function () {
  this.timeout(300_000);
  before(buildCli);
  after(cleanup);

  it('refuses to build when the library no longer has the code it changes', () => {
    assert.throws(() => shareCompileContext('export function compile() {}'), /mdast-util-from-markdown changed/);
    const source = readFileSync(path.join(REPO, 'node_modules/mdast-util-from-markdown/lib/index.js'), 'utf8');
    assert.match(shareCompileContext(source), /sharedContext\.sliceSerialize = events\[index\]\[2\]\.sliceSerialize/);
  });

  it('gives the same findings and coverage as the library on every corpus, template and fixture file', () => {
    const config = path.join(tempDir(), 'empty.innovatierc.json');
    writeFileSync(config, '{}');
    const result = spawnSync(process.execPath, [CLI, 'lint', '--format', 'json', '--force', '--workers', '0', '-c', config, ...FOLDERS], { cwd: REPO, encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, NODE_OPTIONS: '' } });
    assert.ok(result.status === 0 || result.status === 1, result.stderr);
    const files = JSON.parse(result.stdout).files as Array<{ path: string; coverage: unknown; answers: Record<string, { status: string; line?: number; endLine?: number }>; findings: Array<{ ruleId: string; line: number; column: number; endLine: number; endColumn: number; message: string }> }>;
    assert.ok(files.length > 1000, `${files.length} files`);
    let differing = 0;
    for (const file of files) {
      const text = readFileSync(path.join(REPO, file.path), 'utf8');
      const own = lint(text, { config: {} });
      const where = (line: number, column: number) => `${line}:${column}`;
      const expected = own.findings.map((finding) => `${finding.ruleId} ${where(finding.range.start.line, finding.range.start.column)} ${finding.message}`).sort();
      const bundled = file.findings.map((finding) => `${finding.ruleId} ${where(finding.line, finding.column)} ${finding.message}`).sort();
      const sameFindings = JSON.stringify(expected) === JSON.stringify(bundled);
      const sameCoverage = JSON.stringify(own.coverage) === JSON.stringify(file.coverage);
      if (!sameFindings || !sameCoverage) {
        differing++;
        if (differing === 1) console.log(file.path, JSON.stringify(expected.filter((line) => !bundled.includes(line))), JSON.stringify(bundled.filter((line) => !expected.includes(line))), JSON.stringify(own.coverage), JSON.stringify(file.coverage));
      }
    }
    assert.equal(differing, 0, `${differing} of ${files.length} files judged differently by the bundle`);
  });
});
