import assert from 'node:assert/strict';
import { parseConfig } from '../../src/core/index.js';
import { withDistinctPair, withoutDistinctPair } from '../../src/extension/portfolio/distinctEdit.js';

describe('portfolio: recording a pair as two initiatives (overlap.distinct)', () => {
  it('makes the config when there is none, and the key when the config has none', () => {
    const made = withDistinctPair('', 'plans/b.md', 'plans/a.md');
    assert.deepEqual(parseConfig(made, 'x').overlap, { distinct: [['plans/a.md', 'plans/b.md']] });
    const kept = '{\n    "language": "en",\n    "rules": { "overlapping-initiative": "warning" },\n    "overlap": { "threshold": 0.4 }\n}\n';
    const added = withDistinctPair(kept, 'plans/a.md', 'plans/b.md');
    assert.deepEqual(parseConfig(added, 'x'), { language: 'en', rules: { 'overlapping-initiative': 'warning' }, overlap: { threshold: 0.4, distinct: [['plans/a.md', 'plans/b.md']] } });
    // The user's own layout stays: only the new key is written.
    assert.ok(added.startsWith('{\n    "language": "en",\n    "rules": { "overlapping-initiative": "warning" },'), added);
  });

  it('appends to the list, and leaves the text alone when the pair is there in any order or spelling', () => {
    const one = withDistinctPair('{"overlap": {"distinct": [["a.md", "b.md"]]}}', 'c.md', 'd.md');
    assert.deepEqual(parseConfig(one, 'x').overlap?.distinct, [['a.md', 'b.md'], ['c.md', 'd.md']]);
    const text = '{"overlap": {"distinct": [["./plans/b.md", "plans\\\\a.md"]]}}';
    assert.equal(withDistinctPair(text, 'plans/a.md', 'plans/b.md'), text);
  });

  it('takes a pair back out, in any order or spelling, and leaves the text alone when it is not there', () => {
    const text = '{\n  "overlap": {\n    "threshold": 0.4,\n    "distinct": [\n      ["a.md", "b.md"],\n      ["./d.md", "c.md"]\n    ]\n  }\n}\n';
    assert.deepEqual(parseConfig(withoutDistinctPair(text, 'c.md', 'd.md'), 'x').overlap, { threshold: 0.4, distinct: [['a.md', 'b.md']] });
    assert.deepEqual(parseConfig(withoutDistinctPair(withoutDistinctPair(text, 'b.md', 'a.md'), 'c.md', 'd.md'), 'x').overlap, { threshold: 0.4, distinct: [] });
    assert.equal(withoutDistinctPair(text, 'a.md', 'c.md'), text);
    assert.equal(withoutDistinctPair('', 'a.md', 'c.md'), '');
  });

  it('refuses a config that is not a JSON object, and changes nothing', () => {
    assert.throws(() => withDistinctPair('{"overlap": ', 'a.md', 'b.md'), /not a JSON object/);
    assert.throws(() => withDistinctPair('[1, 2]', 'a.md', 'b.md'), /not a JSON object/);
  });
});
