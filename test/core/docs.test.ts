import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { renderRulesDoc } from '../../scripts/rules-doc.js';

describe('docs/rules.md', () => {
  it('is up to date with the rules (run `npm run docs`)', () => {
    const committed = readFileSync(path.join(__dirname, '..', '..', 'docs', 'rules.md'), 'utf8');
    assert.equal(committed, renderRulesDoc());
  });
});
