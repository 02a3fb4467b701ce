import assert from 'node:assert/strict';
import { ConfigError, parseConfig, setAsideDistinct, type OverlapPair } from '../../src/core/index.js';

const pair = (a: string, b: string): OverlapPair => ({ a, b, score: 0.5, terms: [], passages: [] });

describe('overlap: pairs the team judged two initiatives', () => {
  it('sets aside a listed pair in either order and spelling, and keeps the rest in their order', () => {
    const pairs = [pair('/w/plans/a.md', '/w/plans/b.md'), pair('/w/plans/a.md', '/w/plans/c.md'), pair('/w/plans/c.md', '/w/plans/d.md')];
    const pathOf = (id: string) => id.replace('/w/', '');
    const { pairs: kept, distinct } = setAsideDistinct(pairs, [['plans/b.md', './plans/a.md'], ['plans\\d.md', 'plans/c.md']], pathOf);
    assert.deepEqual(kept.map((p) => [p.a, p.b]), [['/w/plans/a.md', '/w/plans/c.md']]);
    assert.deepEqual(distinct.map((p) => p.b), ['/w/plans/b.md', '/w/plans/d.md']);
    assert.equal(setAsideDistinct(pairs, undefined, pathOf).pairs.length, 3);
  });

  it('is checked in the config: a list of pairs of two different paths', () => {
    assert.deepEqual(parseConfig('{"overlap": {"distinct": [["a.md", "b.md"]]}}', 'c').overlap, { distinct: [['a.md', 'b.md']] });
    for (const bad of ['"a.md"', '[["a.md"]]', '[["a.md", "a.md"]]', '[["a.md", 2]]', '[["a.md", "b.md", "c.md"]]']) {
      assert.throws(() => parseConfig(`{"overlap": {"distinct": ${bad}}}`, 'c'), (error: unknown) => error instanceof ConfigError && /overlap\.distinct/.test(error.message), bad);
    }
  });
});
