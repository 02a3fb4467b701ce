import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { KINDS, QUESTIONS, RULES, validateConfig } from '../../src/core/index.js';

const ROOT = path.join(__dirname, '..', '..');
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');
const pkg = JSON.parse(read('package.json'));
const nls = JSON.parse(read('package.nls.json')) as Record<string, string>;
const nlsNl = JSON.parse(read('package.nls.nl.json')) as Record<string, string>;
const bundleNl = JSON.parse(read('l10n/bundle.l10n.nl.json')) as Record<string, string>;
const schema = JSON.parse(read('schemas/innovatierc.schema.json'));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? sources(file) : file.endsWith('.ts') ? [file] : [];
  });
}

describe('extension: manifest, translations and schema', () => {
  it('every command has the innovatie. prefix, the Innovatie category and a translated title', () => {
    for (const command of pkg.contributes.commands) {
      assert.match(command.command, /^innovatie\./);
      assert.equal(command.category, '%category%');
    }
  });

  it('every %key% in package.json exists in package.nls.json and package.nls.nl.json', () => {
    const keys = [...JSON.stringify(pkg).matchAll(/"%([^%"]+)%"/g)].map((match) => match[1]);
    assert.ok(keys.length > 10);
    for (const key of keys) {
      assert.ok(nls[key], `package.nls.json lacks ${key}`);
      assert.ok(nlsNl[key], `package.nls.nl.json lacks ${key}`);
    }
    assert.deepEqual(Object.keys(nlsNl).sort(), Object.keys(nls).sort());
  });

  it('every vscode.l10n.t string in src/extension has a Dutch translation with the same placeholders', () => {
    const used = sources(path.join(ROOT, 'src', 'extension')).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)].map((match) => match[1].replace(/\\'/g, "'")),
    );
    assert.ok(used.length > 20);
    for (const text of used) {
      assert.ok(bundleNl[text], `l10n/bundle.l10n.nl.json lacks "${text}"`);
      assert.deepEqual(bundleNl[text].match(/\{\d\}/g)?.sort(), text.match(/\{\d\}/g)?.sort(), text);
    }
  });

  it('settings have markdown descriptions, and innovatie.rules lists exactly the rules', () => {
    const properties = pkg.contributes.configuration.properties as Record<string, { markdownDescription?: string; properties?: object }>;
    for (const [id, setting] of Object.entries(properties)) {
      assert.match(id, /^innovatie\./);
      assert.ok(setting.markdownDescription, id);
    }
    assert.deepEqual(Object.keys(properties['innovatie.rules'].properties!).sort(), RULES.map((rule) => rule.id).sort());
  });

  it('declares both entries, activation events, capabilities and the l10n folder', () => {
    assert.equal(pkg.main, './dist/extension.js');
    assert.equal(pkg.browser, './dist/web/extension.js');
    assert.equal(pkg.l10n, './l10n');
    assert.deepEqual(pkg.activationEvents.sort(), ['onLanguage:markdown', 'onView:innovatie.plans', 'workspaceContains:.innovatierc.json']);
    assert.deepEqual(pkg.capabilities, { untrustedWorkspaces: { supported: true }, virtualWorkspaces: true });
    assert.equal(pkg.contributes.customEditors[0].priority, 'option');
    assert.deepEqual(pkg.contributes.jsonValidation, [{ fileMatch: '.innovatierc.json', url: './schemas/innovatierc.schema.json' }]);
  });

  it('the schema accepts and rejects what validateConfig accepts and rejects', () => {
    const validate = new Ajv({ strict: false }).compile(schema);
    const cases: unknown[] = [
      {},
      { $schema: './schemas/innovatierc.schema.json', language: 'nl', rules: { 'question-wie': 'warn', 'cost-total': ['error', {}] } },
      { synonyms: { kosten: ['Dekking'] }, requiredQuestions: { pitch: ['wie', 'kosten'] }, ignore: ['archief/'], plans: ['*.plan.md'] },
      { language: 'de' },
      { rules: { 'no-such-rule': 'error' } },
      { rules: { 'question-wie': 'loud' } },
      { synonyms: { nope: ['x'] } },
      { synonyms: { kosten: 'Dekking' } },
      { requiredQuestions: { memo: ['wie'] } },
      { requiredQuestions: { pitch: ['nope'] } },
      { ignore: 'archief/' },
      { colour: 'red' },
      [],
    ];
    for (const data of cases) {
      assert.equal(validate(data), validateConfig(data).length === 0, JSON.stringify(data));
    }
    assert.deepEqual(Object.keys(schema.properties.requiredQuestions.properties).sort(), [...KINDS].sort());
    assert.deepEqual(Object.keys(schema.properties.synonyms.properties).sort(), Object.keys(QUESTIONS).sort());
  });

  it('.vscodeignore ships only what runs, and never the previous .vsix or source maps', () => {
    const ignore = read('.vscodeignore');
    assert.match(ignore, /^\*\*$/m);
    for (const kept of ['dist/extension.js', 'dist/web/extension.js', 'templates/**', 'snippets/**', 'schemas/**', 'l10n/**', 'media/canvas.css', 'media/*.png', 'media/walkthrough/**', 'package.nls.*.json']) {
      assert.ok(ignore.includes(`!${kept}`), kept);
    }
    assert.doesNotMatch(ignore, /!dist\/\*\*|\.vsix|\.map|!media\/\*\*/, 'the README screenshots stay out of the vsix');
    // The portfolio's stylesheet is built into its page (inline-asset); only the canvas loads one at run time.
    assert.doesNotMatch(ignore, /!media\/\*\.css|portfolio\.css/);
  });
});
