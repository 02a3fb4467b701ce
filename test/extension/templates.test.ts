import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { lint } from '../../src/core/index.js';
import { fillTemplate, isoDate, slugify, teamTemplateLabel, templatesFor, templateVariables, uniqueFileName, type TemplateEntry } from '../../src/core/templates.js';

const ROOT = path.join(__dirname, '..', '..');
const index = JSON.parse(readFileSync(path.join(ROOT, 'templates', 'index.json'), 'utf8')) as TemplateEntry[];

describe('extension: new plan from template', () => {
  it('fills variables, escapes them for YAML in the frontmatter, and leaves unknown ones', () => {
    const template = '---\ntitel: "{{title}}"\n---\n# {{title}}\n\nTeam {{ team }}, {{unknown}}\n';
    const filled = fillTemplate(template, { title: 'De "slimme" afvalbak \\ pilot', team: 'Noord' });
    assert.equal(filled, '---\ntitel: "De \\"slimme\\" afvalbak \\\\ pilot"\n---\n# De "slimme" afvalbak \\ pilot\n\nTeam Noord, {{unknown}}\n');
    assert.equal(lint(filled).plan.frontmatter?.data.titel, 'De "slimme" afvalbak \\ pilot');
  });

  it('every built-in template, filled, has valid frontmatter and no variables left', () => {
    for (const entry of index) {
      const text = readFileSync(path.join(ROOT, 'templates', entry.file), 'utf8');
      const values = Object.fromEntries(entry.variables.map((name) => [name, `Waarde "${name}"`]));
      const filled = fillTemplate(text, values);
      assert.deepEqual(templateVariables(filled), [], entry.file);
      const result = lint(filled);
      assert.deepEqual(result.findings.filter((finding) => finding.ruleId === 'frontmatter-valid'), [], entry.file);
      assert.equal(result.plan.kind, entry.kind, entry.file);
    }
  });

  it('lists the templates of the user language, falling back to all', () => {
    assert.ok(templatesFor(index, 'nl').every((entry) => entry.lang === 'nl'));
    assert.equal(templatesFor(index, 'nl').length, templatesFor(index, 'en').length);
    assert.equal(templatesFor(index, 'de').length, index.length);
  });

  it('finds the variables of a team template in order of first use', () => {
    assert.deepEqual(templateVariables('# {{title}}\n{{team}} {{ title }} {{wijk-naam}}'), ['title', 'team', 'wijk-naam']);
  });

  it('makes file names from titles and never reuses one', () => {
    assert.equal(slugify('Slimme Afvalbak: pilot Zuid-Oost (2027)!'), 'slimme-afvalbak-pilot-zuid-oost-2027');
    assert.equal(slugify('Ideeën & één café'), 'ideeen-een-cafe');
    assert.equal(slugify('???'), 'plan');
    assert.ok(slugify('x'.repeat(100)).length <= 60);
    const taken = new Set(['plan.md', 'plan-2.md']);
    assert.equal(uniqueFileName('plan', (name) => taken.has(name)), 'plan-3.md');
    assert.equal(uniqueFileName('nieuw', (name) => taken.has(name)), 'nieuw.md');
  });

  it('labels a team template by its first heading, else its file name', () => {
    assert.equal(teamTemplateLabel('---\nsoort: pitch\n---\n# Pitch {{title}}\n', 'p.md'), 'Pitch');
    assert.equal(teamTemplateLabel('geen kop', 'wijkplan.md'), 'wijkplan');
    assert.equal(teamTemplateLabel('# Plan in C#\n', 'p.md'), 'Plan in C#');
    // A long run of spaces and #s at a line's end once took minutes (every way to share it out was tried): the
    // test's time limit catches that.
    assert.equal(teamTemplateLabel(`# Wijkplan${' '.repeat(5000)}${'#'.repeat(5000)}${' '.repeat(5000)}\n`, 'p.md'), 'Wijkplan');
  });

  it('writes dates as YYYY-MM-DD', () => {
    assert.equal(isoDate(new Date(2027, 0, 5)), '2027-01-05');
  });
});
