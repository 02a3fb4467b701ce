import assert from 'node:assert/strict';
import { parseDocument, isMap, isScalar, type Pair } from 'yaml';
import { readSimpleMapping } from '../../src/core/model/simpleYaml.js';

/** What the YAML parser makes of a block: its data and each key's start and value end. */
function viaYaml(text: string) {
  const document = parseDocument(text, { uniqueKeys: true });
  assert.equal(document.errors.length, 0);
  assert.ok(isMap(document.contents));
  const pairs = (document.contents.items as Pair[]).map((pair) => {
    assert.ok(isScalar(pair.key) && pair.key.range);
    return { key: String(pair.key.value), start: pair.key.range[0], end: (pair.value as { range: number[] }).range[1] };
  });
  return { data: document.toJS(), pairs };
}

describe('frontmatter fast path', () => {
  it('reads plain and double-quoted values as the YAML parser does', () => {
    for (const text of [
      'soort: actieplan\ntitel: "Slimmer werken in de regio"',
      'eigenaar: Anouk Jansen, teamleider Vastgoed, gemeente Zandwijk\nbudget: € 27.500\nstart: 2027-04-01',
      "versie: 1.0 (vastgesteld)\ntitel:   Jan's plan — fase 2\nleeg: \"\"",
    ]) {
      assert.deepEqual(readSimpleMapping(text), viaYaml(text), text);
    }
  });

  it('leaves everything else to the YAML parser', () => {
    for (const text of [
      '', 'a: 12', 'a: 1.5e3', 'a: .inf', 'a: ~', 'a: true', 'null: x', 'a: x\na: y', 'a: b: c', 'a: x # note', 'a: [1, 2]',
      'a: "x\\ty"', "a: 'x'", 'a: *ref', 'a: - x', 'a: x ', 'a:\n  - x', '# note\na: x', 'a: x\n', 'a: x\r', 'a:x', '  a: x',
    ]) {
      assert.equal(readSimpleMapping(text), undefined, JSON.stringify(text));
    }
  });
});
