import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { lint } from '../../src/core/index.js';

const ROOT = path.join(__dirname, '..', '..');
interface TemplateEntry { id: string; lang: string; file: string; kind: string; questions: string[]; variables: string[] }
const templates: TemplateEntry[] = JSON.parse(readFileSync(path.join(ROOT, 'templates', 'index.json'), 'utf8'));

function fill(text: string): string {
  const values: Record<string, string> = { title: 'Proef', team: 'Team Noord', date: '2026-11-25', challenge: 'Gemeentelijke IT' };
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => values[name] ?? `{{${name}}}`);
}

describe('templates', () => {
  for (const template of templates) {
    it(`${template.lang}/${template.id}: an empty template lints with exactly its questions unanswered`, () => {
      const result = lint(fill(readFileSync(path.join(ROOT, 'templates', template.file), 'utf8')));
      assert.equal(result.plan.kind, template.kind);
      const reported = result.findings.map((finding) => `${finding.ruleId}:${finding.questionId ?? ''}`).sort();
      const expected = result.plan.required
        .filter((id) => template.questions.includes(id) && !(template.kind === 'programma'))
        .map((id) => (['wie', 'wat', 'hoe', 'wanneer', 'kosten'].includes(id) ? `question-${id}:${id}` : `kind-questions:${id}`))
        .sort();
      assert.deepEqual(reported, expected, result.findings.map((finding) => finding.message).join('\n'));
      for (const id of result.plan.required) assert.ok(template.questions.includes(id), `template lacks required question ${id}`);
    });
  }
  it('has every template in Dutch and English', () => {
    const ids = (lang: string) => templates.filter((entry) => entry.lang === lang).map((entry) => entry.id).sort();
    assert.deepEqual(ids('nl'), ids('en'));
    assert.ok(ids('nl').length >= 11);
  });
});

describe('examples', () => {
  for (const lang of ['nl', 'en']) {
    for (const file of readdirSync(path.join(ROOT, 'examples', lang))) {
      it(`${lang}/${file} lints clean`, () => {
        const { findings } = lint(readFileSync(path.join(ROOT, 'examples', lang, file), 'utf8'));
        assert.deepEqual(findings.map((finding) => `${finding.range.start.line}: ${finding.message}`), []);
      });
    }
  }
});
