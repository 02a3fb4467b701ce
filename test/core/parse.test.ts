import assert from 'node:assert/strict';
import type { Nodes, RootContent } from 'mdast';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseMarkdownFully, processor } from '../../src/core/parse/processor.js';
import { IncrementalParser, parseDocument, parseMarkdown } from '../../src/core/index.js';
import { PARSE_UNIT, parseUnit, parseUnits } from '../../src/core/parse/incremental.js';
import { splitBlocks } from '../../src/core/parse/split.js';
import { nodesFromJson, nodesToJson, OffsetPosition, UnitLines, withPlainPositions } from '../../src/core/parse/positions.js';

const TRICKY = [
  '---\nsoort: pitch\ntitel: x\n---\n# T\n\ntext\n',
  '# A\n\n```\n# not a heading\n```\n\n## B\n',
  '# A\n\n~~~~\n# in tilde fence\n~~~\n# still in\n~~~~\n# real\n',
  '# A\n\n<!--\n# inside comment\n-->\n# B\n',
  '# A\n\n<div>\n# inside html\n\n# after blank\n',
  '# A\n\nsee [ref] and [^note]\n\n# B\n\n[ref]: https://example.org\n[^note]: a footnote\n',
  '# A\n> quote\n# B\n- item\n# C\n| a | b |\n| - | - |\n| 1 | 2 |\n# D',
  'no heading at all\n\njust prose\n',
  '',
  '# A\r\n\r\ntext\r\n## B\r\n',
  '   # indented heading\n    # code not heading\n# C\n',
];

describe('block splitting', () => {
  it('splits at headings outside fences, HTML and frontmatter', () => {
    const texts = splitBlocks(TRICKY[1]).map((block) => block.text);
    assert.deepEqual(texts, ['# A\n\n```\n# not a heading\n```\n\n', '## B\n']);
    assert.equal(splitBlocks(TRICKY[3]).length, 2);
    assert.equal(splitBlocks(TRICKY[0]).length, 2);
  });
  for (const [index, text] of TRICKY.entries()) {
    it(`parses case ${index} exactly like a whole-document parse`, () => {
      assert.deepEqual(new IncrementalParser().parse(text).root.children, parseMarkdown(text).children);
    });
  }
});

describe('one-off parsing', () => {
  it('parses small texts whole and large texts block by block, to the same tree', () => {
    const section = '## Sectie\n\nTekst met [een link][ref].\n\n';
    const large = '# Groot\n\n' + section.repeat(Math.ceil(PARSE_UNIT / section.length) + 1) + '[ref]: https://example.org\n';
    assert.equal(parseDocument(TRICKY[5]).blocks.length, 1);
    const result = parseDocument(large);
    assert.ok(result.blocks.length > 1);
    assert.deepEqual(withPlainPositions(result.root).children, parseMarkdown(large).children);
  });
  it('joins blocks into units of about PARSE_UNIT characters without changing the tree', () => {
    const tricky = TRICKY.slice(1).join('\n\n[ref]: https://example.org\n\n').repeat(60);
    const result = parseDocument(tricky);
    assert.ok(result.blocks.length > 3 && result.blocks.length < splitBlocks(tricky).length / 4, `${result.blocks.length} units`);
    assert.ok(result.blocks.every((unit) => unit.text.length <= PARSE_UNIT || splitBlocks(unit.text).length === 1));
    assert.deepEqual(withPlainPositions(result.root), parseMarkdown(tricky));
  });
});

describe('incremental parsing', () => {
  it('re-parses only the block that changed, with positions that match a fresh parse', () => {
    const sections = Array.from({ length: 30 }, (_, i) => `## Sectie ${i}\n\nTekst van sectie ${i}.\n`).join('\n');
    const parser = new IncrementalParser();
    assert.equal(parser.parse(sections).parsedCount, 30);
    const edited = sections.replace('Tekst van sectie 12.', 'Tekst van sectie 12, nu\nover twee regels.');
    const result = parser.parse(edited);
    assert.equal(result.parsedCount, 1);
    assert.deepEqual(result.root.children, parseMarkdown(edited).children);
  });
  it('handles identical blocks and deletions', () => {
    const parser = new IncrementalParser();
    const text = '# A\n\nx\n\n# A\n\nx\n\n# B\n';
    parser.parse(text);
    const shorter = '# A\n\nx\n\n# B\n';
    assert.deepEqual(parser.parse(shorter).root.children, parseMarkdown(shorter).children);
    assert.deepEqual(parser.parse(text).root.children, parseMarkdown(text).children);
  });
});

describe('parser', () => {
  it('gives exactly the tree of unified().use(remark-parse, remark-gfm, remark-frontmatter) on every corpus plan', () => {
    for (const corpus of ['corpus', 'corpus-holdout']) {
      const dir = path.join(__dirname, '..', corpus);
      for (const file of readdirSync(dir).filter((name) => name.endsWith('.md'))) {
        const text = readFileSync(path.join(dir, file), 'utf8');
        assert.deepEqual(parseMarkdown(text), processor.parse(text), file);
      }
    }
  });
});

/** A seeded generator, so that a random test fails the same way each time. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => (state = (state * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

describe('parser without autolink literals', () => {
  // Pieces that come close to an autolink literal (or to other GFM syntax) without containing one.
  const PIECES = ['ww', 'w', 'w.', 'ht', 'htp', 'tp://', 'h ttp', '.nl', 'mail', 'to:', 'a', 'b1', '_', '-', '+', '.', ' ', ' ', '\n', '\n\n', '*', '**', '~', '~~', '`', '[', ']', '(', ')', '<', '>', '|', '| - |', '#', '&', '&amp', ';', '\\', '\\.', '!', '?', '1.', '- ', '- [ ] ', '> ', '[^1]', '[x]: y', 'é', ':'];
  const CUES = ['www.', 'www', 'http://', 'https://', 'a@b.nl ', '@', 'x&#64;y.nl', '&commat;', 'w&#119;w.a.nl', 'mailto:a@b.nl', 'HTTPS://A.NL'];
  it('gives the same tree as the full GFM parse on 3,000 random texts, with and without autolink cues', function () {
    // Grows with the corpora (two sets were added in stop 24): 15-20 s on a loaded 2-core machine.
    this.timeout(120_000);
    const next = random(7);
    let lean = 0;
    for (let i = 0; i < 3000; i++) {
      // About half the texts get one cue that an autolink literal needs.
      let text = next() < 0.5 ? CUES[Math.floor(next() * CUES.length)] : '';
      const length = 5 + Math.floor(next() * 80);
      for (let j = 0; j < length; j++) text += PIECES[Math.floor(next() * PIECES.length)];
      if (next() < 0.5) text = text.split('').reverse().join('');
      if (!/@|www|http|&[#a-z\d]+;/i.test(text)) lean++;
      assert.deepEqual(parseMarkdown(text), parseMarkdownFully(text), JSON.stringify(text));
    }
    assert.ok(lean > 1000 && lean < 2000, `${lean} texts without cues`);
  });
  it('keeps autolink literals, also behind escapes and character references', () => {
    for (const text of ['Mail a.b@gemeente.nl.', 'Zie www.example.org.', 'Zie www\\.example.org', 'en https://x.nl/a_(b).', 'Zie w&#119;w.example.org', 'a&#64;b.nl', 'HTTP://X.NL', 'mailto:a@b.nl']) {
      assert.deepEqual(parseMarkdown(text), processor.parse(text), text);
      assert.deepEqual(parseMarkdown(text), parseMarkdownFully(text), text);
    }
    assert.equal((parseMarkdown('Mail a.b@gemeente.nl.').children[0] as { children: Array<{ type: string }> }).children[1].type, 'link');
  });
  it('gives the same tree as the full GFM parse on 3,000 random texts with cues in link destinations and autolinks', function () {
    // Grows with the corpora (two sets were added in stop 24): 15-20 s on a loaded 2-core machine.
    this.timeout(120_000);
    // Cues after `](`, `]: ` and `<` parse lean first; any cue the tree shows in text sends them to the full parse.
    const DESTINATIONS = ['](https://www.x.nl/a@b)', '](<http://x.nl>)', '](  https://x.nl "t")', '](www.x.nl', ']: https://x.nl', ']:\thttp://x', '<https://x.nl>', '<a@b.nl>', '<www.x.nl>', '<http://x y>', '](mailto:a@b.nl)', '](https://x.nl/(www))', '`http://x`'];
    const next = random(17);
    let lean = 0;
    for (let i = 0; i < 3000; i++) {
      let text = '';
      const length = 5 + Math.floor(next() * 60);
      for (let j = 0; j < length; j++) text += next() < 0.1 ? DESTINATIONS[Math.floor(next() * DESTINATIONS.length)] : PIECES[Math.floor(next() * PIECES.length)];
      if (next() < 0.2) text = '[a' + text;
      if (next() < 0.1) text += CUES[Math.floor(next() * CUES.length)];
      if (!/@|www|http|&[#a-z\d]+;/i.test(text)) lean++;
      assert.deepEqual(parseMarkdown(text), parseMarkdownFully(text), JSON.stringify(text));
    }
    assert.ok(lean < 1500, `${lean} texts without cues`);
  });
  it('gives the full tree for links, autolinks and definitions, and keeps literals beside them', () => {
    const texts = [
      '- daarna [de uitrol](https://example.org/1) naar alle wijken',
      '[a](https://www.x.nl/a@b.nl) en <https://x.nl> en <a@b.nl>',
      '[ref]: https://x.nl\n\nZie [ref].',
      '[a](https://x.nl) en www.x.nl',
      '[a](https://x.nl) en a@b.nl',
      '[a](https://x.nl) [http://x.nl](y)',
      '![zie https://x.nl](https://x.nl/i.png)',
      '](https://x.nl) zonder label',
      '[a](https://x.nl',
      '| a | [b](https://x.nl) |\n| - | - |\n| c | d |',
    ];
    for (const text of texts) assert.deepEqual(parseMarkdown(text), parseMarkdownFully(text), text);
  });
  it('gives the full tree on every real plan, links and all', function () {
    // Grows with the corpora (two sets were added in stop 24): 15-20 s on a loaded 2-core machine.
    this.timeout(120_000);
    const real = path.join(__dirname, '..', 'corpus-real');
    const folders = existsSync(real) ? readdirSync(real, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => `corpus-real/${entry.name}`) : [];
    for (const corpus of ['corpus', 'corpus-holdout', ...folders]) {
      const dir = path.join(__dirname, '..', corpus);
      for (const file of readdirSync(dir).filter((name) => name.endsWith('.md'))) {
        const text = readFileSync(path.join(dir, file), 'utf8');
        assert.deepEqual(parseMarkdown(text), parseMarkdownFully(text), file);
      }
    }
  });
  it('gives the full tree on every corpus plan with its autolink cues removed', () => {
    for (const corpus of ['corpus', 'corpus-holdout']) {
      const dir = path.join(__dirname, '..', corpus);
      for (const file of readdirSync(dir).filter((name) => name.endsWith('.md'))) {
        const text = readFileSync(path.join(dir, file), 'utf8').replace(/@|www|http|&(?=[#a-z\d]+;)/gi, '');
        assert.deepEqual(parseMarkdown(text), parseMarkdownFully(text), file);
      }
    }
  });
});


describe('parser without the table construct', () => {
  // Pieces of tables and of what comes close to one: rows, delimiter rows broken in every way, quotes and lists around them.
  const PIECES = ['|', ' | ', '-', '--', ':', ':-', '-:', ' ', '\t', '\n', '\r\n', '\r', '> ', '>', '- ', '  ', '1. ', 'a', 'b c', '*', '`', '\\|', '<td>', '#', '===', '---', '| - |', '|---|---|', '| a | b |', ':-:', '\u2028', 'x|y'];
  it('gives the same tree as the full GFM parse on 4,000 random texts, with and without a delimiter row', () => {
    const next = random(23);
    let withRow = 0;
    for (let i = 0; i < 4000; i++) {
      let text = '';
      const length = 3 + Math.floor(next() * 40);
      for (let j = 0; j < length; j++) text += PIECES[Math.floor(next() * PIECES.length)];
      if (/^(?=[^\n\r]*[|:])(?=[^\n\r]*-)[ \t>:|-]+$/m.test(text)) withRow++;
      assert.deepEqual(parseMarkdown(text), parseMarkdownFully(text), JSON.stringify(text));
    }
    assert.ok(withRow > 500 && withRow < 3500, `${withRow} texts with a line that may be a delimiter row`);
  });
  it('still reads tables in quotes, lists and with one column', () => {
    for (const text of ['> | a |\n> | - |\n> | b |', '- | a | b |\n  | - | - |', '| a |\n|:-:|', 'a | b\n--|--', '| a |\r\n| --- |\r\n| 1 |']) {
      const tree = parseMarkdown(text);
      assert.deepEqual(tree, parseMarkdownFully(text), text);
      assert.match(JSON.stringify(tree), /"type":"table"/, text);
    }
  });
});
describe('one-off parsing in units', () => {
  const FOLDERS = ['test/corpus', 'test/corpus-holdout', 'examples/nl', 'examples/en', 'templates/nl', 'templates/en'];
  const texts = FOLDERS.flatMap((folder) => {
    const dir = path.join(__dirname, '..', '..', folder);
    return readdirSync(dir).filter((name) => name.endsWith('.md')).map((name) => readFileSync(path.join(dir, name), 'utf8'));
  });
  it('gives the whole-document tree for every plan, example and template', () => {
    for (const text of texts) assert.deepEqual(withPlainPositions(parseDocument(text).root), parseMarkdown(text));
  });
  it('gives the whole-document tree for all of them in one document', () => {
    const all = texts.join('\n\n');
    const result = parseDocument(all);
    assert.ok(result.blocks.length > 50, `${result.blocks.length} units`);
    assert.deepEqual(withPlainPositions(result.root), parseMarkdown(all));
  });
});

describe('definitions made in another block', () => {
  it('count only where the parser found one, not on a line that merely looks like one', () => {
    // In block A "[ref]: …" continues a paragraph, so it defines nothing; block B defines ref for real.
    const text = '# A\n\nZie [de bron][ref].\n[ref]: https://nep.example\n\n# B\n\n[ref]: https://example.org\n';
    assert.deepEqual(new IncrementalParser().parse(text).root, parseMarkdown(text));
    assert.equal(new IncrementalParser().parse(text).root.children[1].type, 'paragraph');
    assert.ok(JSON.stringify(parseMarkdown(text).children[1]).includes('linkReference'));
  });
  it('are stubbed where an unclosed fence at the end cannot swallow them', () => {
    const text = '# A\n\n[ref]: https://example.org\n\n# B\n\nZie [de bron][ref].\n\n~~~\nnooit gesloten\n';
    assert.deepEqual(new IncrementalParser().parse(text).root, parseMarkdown(text));
    assert.deepEqual(withPlainPositions(parseDocument(text.repeat(1)).root), parseMarkdown(text));
  });
  it('indented headings inside a list item stay in the item', () => {
    const text = '# A\n\n- punt\n  # kop in het punt\n\n# B\n';
    assert.deepEqual(new IncrementalParser().parse(text).root, parseMarkdown(text));
  });
});

describe('block-wise parsing of random texts', () => {
  // Lines of every kind a blank line or a heading may or may not end.
  const LINES = ['Een zin met [een link][ref] en *nadruk*.', 'Tekst', 'Titel', '===', '---', '- punt', '- [ ] taak', '1. eerste', '2) tweede', '  vervolg ingesprongen', '    code ingesprongen', '> citaat', 'lui vervolg', '| a | b |', '| - | - |', ':---', '```', '~~~', '<div>', '</div>', '<!--', '-->', '<pre>', '</pre>', '[ref]: https://example.org', '[^1]: Noot', '    noot vervolg', 'Zie noot[^1].', '\u00a0', '\t', 'Élan', '***', '**Wie:** Sanne', 'Wanneer: Q3 2027', '## Kop', '  # ingesprongen kop', '# Titel'];
  it('give the whole-document tree, with splits at headings and in long blocks at paragraphs (60 texts of 9 KB)', function () {
    this.timeout(60_000);
    const next = random(11);
    let split = 0;
    for (let i = 0; i < 60; i++) {
      const headings = next() < 0.5;
      const lines: string[] = [];
      while (lines.join('\n').length < 9_000) {
        const line = next() < 0.35 ? '' : LINES[Math.floor(next() * (headings ? LINES.length : LINES.length - 3))];
        lines.push(line);
      }
      const text = lines.join('\n') + '\n';
      if (splitBlocks(text).length > 1) split++;
      const whole = parseMarkdown(text);
      assert.deepEqual(new IncrementalParser().parse(text).root, whole, JSON.stringify(text.slice(0, 200)));
      assert.deepEqual(withPlainPositions(parseDocument(text).root), whole);
    }
    assert.ok(split > 50, `${split} texts split`);
  });
  it('leave short texts whole and never split inside a fence', () => {
    assert.equal(splitBlocks('Een.\n\nTwee.\n\nDrie.\n').length, 1);
    assert.equal(splitBlocks('```\n' + 'regel\n\nTekst\n'.repeat(1000) + '```\n').length, 1);
  });
  it('join blocks again where a lazy line fooled the splitter into missing a fence', () => {
    const text = '> citaat\n</pre>\n~~~\n' + 'Tekst\n\n'.repeat(800) + '# geen kop\n~~~\n\nNa de code.\n';
    assert.ok(splitBlocks(text).length > 1);
    assert.deepEqual(new IncrementalParser().parse(text).root, parseMarkdown(text));
    assert.deepEqual(withPlainPositions(parseDocument(text).root), parseMarkdown(text));
  });
});

describe('compact positions of a one-off parse', () => {
  const FOLDERS = ['test/corpus', 'examples/nl', 'templates/nl'];
  const plans = FOLDERS.flatMap((folder) => {
    const dir = path.join(__dirname, '..', '..', folder);
    return readdirSync(dir).filter((name) => name.endsWith('.md')).map((name) => readFileSync(path.join(dir, name), 'utf8'));
  });
  // Line endings micromark counts (LF, CRLF, a lone CR), tabs, and autolink literals (nodes the GFM transform leaves without a position).
  const all = plans.join('\n\n') + '\n\nZie www.example.org of mail a@b.nl.\n';
  // A text with lone CRs has no line the splitter cuts at: past the guard's limit it is plain text, so each plan on its own.
  const lonely = plans.map((text) => text.replace(/\n/g, '\r')).filter((text) => text.length > PARSE_UNIT);
  const variants = [all, all.replace(/\n/g, '\r\n'), all.replace(/ {2}/g, '\t'), ...lonely];
  const positions = (root: Nodes) => {
    const found: unknown[] = [];
    const stack: Nodes[] = [root];
    while (stack.length > 0) {
      const node = stack.pop()!;
      found.push(node.position);
      if ('children' in node) stack.push(...(node.children as Nodes[]));
    }
    return found;
  };

  it('are offsets whose points are the whole-document parse’s, with any line ending and tabs', () => {
    for (const text of variants) {
      const { root } = parseDocument(text);
      assert.ok(positions(root).filter((position) => position instanceof OffsetPosition).length > 100);
      assert.deepEqual(withPlainPositions(root).children, parseMarkdown(text).children);
    }
  });
  it('give a point only where the unit’s lines hold it', () => {
    const lines = new UnitLines('a\r\nb\rc\nd', 10, 5);
    assert.deepEqual([11, 12, 13, 14, 15, 16, 17, 18].map((offset) => lines.pointAt(offset)).map(({ line, column }) => [line, column]), [[5, 2], [5, 3], [6, 1], [6, 2], [7, 1], [7, 2], [8, 1], [8, 2]]);
    assert.ok(lines.gives({ line: 6, column: 2, offset: 14 }));
    assert.ok(!lines.gives({ line: 6, column: 1, offset: 14 }));
    assert.ok(!lines.gives({ line: 5, column: 5, offset: 14 }));
    assert.ok(!lines.gives({ line: 4, column: 1, offset: 9 }));
  });
  it('travel between threads as JSON and come back the same', () => {
    for (const text of variants) {
      const units = parseUnits(text);
      const lists = units.map((unit) => parseUnit(unit).nodes);
      const back = nodesFromJson<RootContent>(nodesToJson(lists), units);
      assert.deepEqual(back.map((nodes) => nodes.map(withPlainPositions)), lists.map((nodes) => nodes.map(withPlainPositions)));
      assert.ok(back.flat().every((node) => node.position instanceof OffsetPosition));
    }
  });
});
