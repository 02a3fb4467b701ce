import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { applyEdits, lint } from '../../src/core/index.js';

const DIR = path.join(__dirname, '..', 'fixtures');

/**
 * Each fixture `name.md` has `name.expected.json`: the findings as "line ruleId" strings.
 * Fixes are applied and the fixed text linted again: a fix must remove its finding.
 */
describe('fixtures', () => {
  for (const file of readdirSync(DIR).filter((name) => name.endsWith('.md'))) {
    it(file, () => {
      const text = readFileSync(path.join(DIR, file), 'utf8');
      const expected: string[] = JSON.parse(readFileSync(path.join(DIR, file.replace(/\.md$/, '.expected.json')), 'utf8'));
      const { findings } = lint(text);
      assert.deepEqual(findings.map((finding) => `${finding.range.start.line} ${finding.ruleId}`), expected);

      const fixable = findings.filter((finding) => finding.fix);
      if (fixable.length === 0) return;
      const fixed = applyEdits(text, fixable.flatMap((finding) => finding.fix!.edits));
      const after = lint(fixed).findings;
      for (const finding of fixable) {
        const stillThere = after.some((other) => other.ruleId === finding.ruleId && other.message === finding.message);
        assert.ok(!stillThere, `fix for ${finding.ruleId} did not fix: ${finding.message}`);
      }
    });
  }
});
