import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { blockTrigger, parseSnippets, snippetPreview, snippetsFor } from '../../src/extension/logic/snippets.js';

const source = readFileSync(path.join(__dirname, '..', '..', 'snippets', 'innovatie.code-snippets'), 'utf8');

describe('extension: snippet blocks', () => {
  const entries = parseSnippets(source);

  it('reads every bundled snippet with a prefix and a body', () => {
    assert.ok(entries.length > 10);
    for (const entry of entries) {
      assert.ok(entry.prefixes.length > 0 && entry.body.length > 0, entry.name);
    }
  });

  it('offers the blocks of one language, and the five questions in both', () => {
    for (const language of ['nl', 'en'] as const) {
      const own = snippetsFor(entries, language);
      assert.ok(own.every((entry) => !entry.language || entry.language === language));
      const bodies = own.map((entry) => entry.body).join('\n');
      assert.ok(own.length < entries.length);
      assert.match(bodies, language === 'nl' ? /## Kosten/ : /## Cost/);
    }
  });

  it('triggers on / at the start of a line, in a quote or indented, and on a first word', () => {
    assert.deepEqual(blockTrigger('/'), { kind: 'slash', start: 0, typed: '' });
    assert.deepEqual(blockTrigger('  /kos'), { kind: 'slash', start: 2, typed: 'kos' });
    assert.deepEqual(blockTrigger('> /wie'), { kind: 'slash', start: 2, typed: 'wie' });
    assert.deepEqual(blockTrigger('inno-k'), { kind: 'line-start', start: 0, typed: 'inno-k' });
    assert.deepEqual(blockTrigger(''), { kind: 'line-start', start: 0, typed: '' });
    assert.equal(blockTrigger('zie a/b'), undefined);
    assert.equal(blockTrigger('https://'), undefined);
    assert.equal(blockTrigger('twee woorden'), undefined);
  });

  it('previews a body as plain text', () => {
    assert.equal(snippetPreview('## Wie\n\n- ${1:naam}, ${2:rol ${3:x}}\n${4|a,b|}\n$0'), '## Wie\n\n- naam, rol x\na\n');
  });
});
