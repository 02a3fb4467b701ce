import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseConfig, RULES } from '../../src/core/index.js';
import { cleanup, read, run, tempDir, writeFiles } from './helpers.js';

const TODAY = { today: '2026-11-25' };

describe('innovatie new', () => {
  afterEach(cleanup);

  it('writes a plan from a built-in template with the given variables', async () => {
    const dir = tempDir();
    const result = await run(['new', 'actieplan', '--title', 'Slim "afval" ophalen', '--team', 'Team Zuid', '--challenge', 'Schone wijk'], dir, TODAY);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /Wrote slim-afval-ophalen\.md from the built-in template 'actieplan' \(nl\)/);
    const text = read(dir, 'slim-afval-ophalen.md');
    assert.match(text, /^titel: "Slim \\"afval\\" ophalen"$/m, 'escaped for YAML in the frontmatter');
    assert.match(text, /^# Slim "afval" ophalen$/m);
    assert.match(text, /^team: "Team Zuid"$/m);
    assert.match(text, /^datum: "2026-11-25"$/m);
    assert.match(text, /^uitdaging: "Schone wijk"$/m);
    assert.doesNotMatch(text, /\{\{/);
  });

  it('takes a path or a folder, and an English template with --lang en', async () => {
    const dir = tempDir();
    assert.equal((await run(['new', 'pitch', 'plannen/pitch-zuid.md'], dir, TODAY)).code, 0);
    assert.match(read(dir, 'plannen/pitch-zuid.md'), /^# Pitch$/m);
    assert.equal((await run(['new', 'pitch', 'plannen/', '--lang', 'en', '--title', 'Smart bins'], dir, TODAY)).code, 0);
    assert.match(read(dir, 'plannen/smart-bins.md'), /^## (?:The )?problem/im);
  });

  it('refuses to overwrite an existing file, with exit 2 and a message', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'plan.md': 'mijn eigen tekst\n' });
    const result = await run(['new', 'actieplan', 'plan.md'], dir, TODAY);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /plan\.md already exists; nothing was written/);
    assert.equal(read(dir, 'plan.md'), 'mijn eigen tekst\n');
  });

  it('uses a team template from .innovatie/templates, with --set for its own variables', async () => {
    const dir = tempDir();
    writeFiles(dir, { '.innovatie/templates/wijkplan.md': '---\ntitel: "{{title}}"\n---\n\n# {{title}} in {{wijk}}\n' });
    const result = await run(['new', 'wijkplan', '--title', 'Groen', '--set', 'wijk=Noord'], path.join(dir), TODAY);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /from the team template 'wijkplan'/);
    assert.equal(read(dir, 'groen.md'), '---\ntitel: "Groen"\n---\n\n# Groen in Noord\n');
    const list = await run(['new', '--list'], dir);
    assert.match(list.stdout, /Built-in templates:\n {2}innovatieagenda +nl\/en/);
    assert.match(list.stdout, /Team templates:\n {2}wijkplan/);
  });

  it('exits 2 for an unknown template or a missing name', async () => {
    const dir = tempDir();
    const unknown = await run(['new', 'begroting'], dir);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /no template named 'begroting'/);
    assert.equal((await run(['new'], dir)).code, 2);
    assert.equal((await run(['new', 'pitch', '--lang', 'de'], dir)).code, 2);
  });
});

describe('innovatie init', () => {
  afterEach(cleanup);

  it('writes a valid starter config and the snippet pack, and prints hook and CI steps', async () => {
    const dir = tempDir();
    const result = await run(['init'], dir);
    assert.equal(result.code, 0, result.stderr);
    const configText = read(dir, '.innovatierc.json');
    const config = parseConfig(configText, '.innovatierc.json');
    assert.equal(config.language, 'nl');
    assert.deepEqual(Object.keys(config.rules!), RULES.map((rule) => rule.id));
    assert.match(JSON.parse(configText).$schema, /schemas\/innovatierc\.schema\.json$/);
    const snippets = readFileSync(require.resolve('../../snippets/innovatie.code-snippets'), 'utf8');
    assert.equal(read(dir, '.vscode/innovatie.code-snippets'), snippets);
    assert.match(result.stdout, /\.git\/hooks\/pre-commit/);
    assert.match(result.stdout, /innovatie lint --quiet/);
    assert.match(result.stdout, /--format github/);
  });

  it('points $schema at the published schema of its version, or at the repository\'s own install', async () => {
    const dir = tempDir();
    assert.equal((await run(['init'], dir, { version: '1.2.3' })).code, 0);
    assert.equal(JSON.parse(read(dir, '.innovatierc.json')).$schema, 'https://unpkg.com/innovatie@1.2.3/schemas/innovatierc.schema.json');
    const local = tempDir();
    writeFiles(local, { 'node_modules/innovatie/schemas/innovatierc.schema.json': '{}\n' });
    assert.equal((await run(['init'], local, { version: '1.2.3' })).code, 0);
    assert.equal(JSON.parse(read(local, '.innovatierc.json')).$schema, './node_modules/innovatie/schemas/innovatierc.schema.json');
  });

  it('refuses to overwrite unless --force', async () => {
    const dir = tempDir();
    writeFiles(dir, { '.innovatierc.json': '{ "language": "en" }\n' });
    const refused = await run(['init'], dir);
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /\.innovatierc\.json already exists; nothing was written \(use --force/);
    assert.equal(read(dir, '.innovatierc.json'), '{ "language": "en" }\n');
    assert.ok(!existsSync(path.join(dir, '.vscode')), 'nothing at all was written');
    assert.equal((await run(['init', '--force', '--lang', 'en'], dir)).code, 0);
    assert.equal(JSON.parse(read(dir, '.innovatierc.json')).language, 'en');
  });
});
