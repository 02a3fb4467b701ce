// The GitHub Action: runs the steps of action.yml as the runner would (bash, the inputs and
// github.action_path substituted, GITHUB_OUTPUT set), from a copy of this repository as the
// action's checkout, on a scratch git repository with plans.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { cleanup, COMPLETE_PLAN, PLAN_WITHOUT_COST, REPO, tempDir, writeFiles } from './helpers.js';

interface Step {
  name?: string;
  id?: string;
  uses?: string;
  run?: string;
  shell?: string;
  env?: Record<string, string>;
  'working-directory'?: string;
}
interface Action {
  inputs: Record<string, { default?: string; required?: boolean }>;
  outputs: Record<string, { value: string }>;
  runs: { using: string; steps: Step[] };
}

const action = parse(readFileSync(path.join(REPO, 'action.yml'), 'utf8')) as Action;

/** Replaces ${{ inputs.x }} and ${{ github.action_path }}; any other expression is an error here. */
function substitute(text: string, inputs: Record<string, string>, actionPath: string): string {
  return text.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, expression: string) => {
    if (expression === 'github.action_path') return actionPath;
    const input = /^inputs\.([\w-]+)$/.exec(expression);
    if (input && input[1] in action.inputs) return inputs[input[1]] ?? action.inputs[input[1]].default ?? '';
    throw new Error(`unexpected expression in action.yml: ${expression}`);
  });
}

interface StepResult {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: string;
}

/** Runs one `run:` step as a composite action does: bash -eo pipefail, in the workspace unless told. */
function runStep(step: Step, inputs: Record<string, string>, actionPath: string, workspace: string, extraEnv: NodeJS.ProcessEnv = {}): StepResult {
  assert.equal(step.shell, 'bash', `${step.name}: composite run steps need a shell`);
  const outputFile = path.join(tempDir('innovatie-action-out-'), 'output');
  writeFileSync(outputFile, '');
  const env: NodeJS.ProcessEnv = { ...process.env, ...extraEnv, GITHUB_OUTPUT: outputFile, GITHUB_WORKSPACE: workspace, GITHUB_ACTION_PATH: actionPath, NO_COLOR: '1' };
  for (const [key, value] of Object.entries(step.env ?? {})) env[key] = substitute(value, inputs, actionPath);
  const cwd = step['working-directory'] ? substitute(step['working-directory'], inputs, actionPath) : workspace;
  const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', substitute(step.run!, inputs, actionPath)], { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, outputs: readFileSync(outputFile, 'utf8') };
}

describe('GitHub Action (action.yml)', function () {
  this.timeout(600_000);
  let actionPath: string;
  const lintStep = () => action.runs.steps.find((step) => step.id === 'lint')!;

  before(() => {
    // The action's own checkout: the files git tracks (and new ones it does not ignore), without node_modules or dist.
    actionPath = tempDir('innovatie-action-');
    const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: REPO, encoding: 'utf8' }).split('\0').filter(Boolean);
    for (const file of files) {
      if (!existsSync(path.join(REPO, file))) continue;
      mkdirSync(path.dirname(path.join(actionPath, file)), { recursive: true });
      copyFileSync(path.join(REPO, file), path.join(actionPath, file));
    }
    assert.ok(!existsSync(path.join(actionPath, 'dist')) && !existsSync(path.join(actionPath, 'node_modules')));
    for (const step of action.runs.steps.filter((each) => each.run && each.id !== 'lint')) {
      const started = Date.now();
      const result = runStep(step, {}, actionPath, actionPath, { npm_config_prefer_offline: 'true' });
      assert.equal(result.code, 0, `${step.name}\n${result.stdout.slice(-2000)}\n${result.stderr.slice(-2000)}`);
      console.log(`      ${step.name}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
  });
  after(cleanup);

  function scratchRepo(): string {
    const repo = tempDir('innovatie-action-repo-');
    execFileSync('git', ['init', '-q'], { cwd: repo });
    writeFiles(repo, {
      'README.md': '# Onze plannen\n\nZie plans/.\n',
      'plans/afsprakenloket.md': COMPLETE_PLAN,
      'plans/zonder-kosten.md': PLAN_WITHOUT_COST,
    });
    return repo;
  }

  it('is a composite action with paths, format (github by default) and sarif-file', () => {
    assert.equal(action.runs.using, 'composite');
    assert.equal(action.inputs.format.default, 'github');
    assert.equal(action.inputs.paths.default, '.');
    assert.equal(action.inputs['sarif-file'].default, '');
    assert.match(action.runs.steps[0].uses ?? '', /^actions\/setup-node@v\d+$/);
    assert.match(action.outputs['sarif-file'].value, /steps\.lint\.outputs\.sarif-file/);
  });

  it('annotates the pull request, writes SARIF and fails on a plan that leaves a question open', () => {
    const repo = scratchRepo();
    const result = runStep(lintStep(), { paths: 'plans/', 'sarif-file': 'innovatie.sarif' }, actionPath, repo);
    assert.equal(result.code, 1, result.stderr);
    assert.match(result.stdout, /^::error file=plans\/zonder-kosten\.md,line=\d+.*innovatie\(question-kosten\)/m);
    assert.doesNotMatch(result.stdout, /afsprakenloket/);
    const sarif = JSON.parse(readFileSync(path.join(repo, 'innovatie.sarif'), 'utf8'));
    assert.equal(sarif.version, '2.1.0');
    assert.ok(sarif.runs[0].results.some((finding: { ruleId: string }) => finding.ruleId === 'question-kosten'));
    assert.equal(result.outputs.trim(), 'sarif-file=innovatie.sarif');
  });

  it('passes on complete plans, takes paths on several lines and another format', () => {
    const repo = scratchRepo();
    writeFiles(repo, { 'andere/plan.md': COMPLETE_PLAN });
    const clean = runStep(lintStep(), { paths: 'plans/afsprakenloket.md\nandere/' }, actionPath, repo);
    assert.equal(clean.code, 0, clean.stderr + clean.stdout);
    assert.equal(clean.outputs, '', 'no sarif-file output without the input');
    const json = runStep(lintStep(), { paths: 'plans/afsprakenloket.md andere/plan.md', format: 'json' }, actionPath, repo);
    assert.equal(json.code, 0, json.stderr);
    assert.deepEqual(JSON.parse(json.stdout).files.map((file: { path: string }) => file.path).sort(), ['andere/plan.md', 'plans/afsprakenloket.md']);
  });

  it('fails with exit 2 on bad input, also when only the SARIF run sees it', () => {
    const repo = scratchRepo();
    const result = runStep(lintStep(), { paths: 'plans/', format: 'nope' }, actionPath, repo);
    assert.equal(result.code, 2);
    const sarifOnly = runStep(lintStep(), { paths: 'plans/afsprakenloket.md', 'sarif-file': 'no/such/folder/x.sarif' }, actionPath, repo);
    assert.notEqual(sarifOnly.code, 0, sarifOnly.stdout);
  });
});
