import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { IncrementalParser, lint, parseDocument } from '../../src/core/index.js';
import { checkUnit, LIMITS } from '../../src/core/parse/guard.js';
import { parseUnits } from '../../src/core/parse/incremental.js';
import { parseMarkdown } from '../../src/core/parse/processor.js';
import { splitBlocks } from '../../src/core/parse/split.js';
import { withPlainPositions } from '../../src/core/parse/positions.js';
import { hostileFiles, ordinaryPlan } from '../../bench/hostile.js';

const ROOT = path.join(__dirname, '..', '..');

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return markdownFiles(full);
    return name.endsWith('.md') ? [full] : [];
  });
}

const PLANS = [...readdirSync(path.join(ROOT, 'test')).filter((name) => name.startsWith('corpus')).map((name) => path.join('test', name)), 'examples', 'templates'].flatMap((dir) => markdownFiles(path.join(ROOT, dir)));

describe('parse guard', () => {
  it('never triggers on a plan of the corpora, the examples or the templates', function () {
    // Lints every corpus file: about 17 s here, past mocha's 20 s default when the machine is loaded.
    this.timeout(120_000);
    assert.ok(PLANS.length > 50, `${PLANS.length} plans`);
    for (const file of PLANS) {
      const text = readFileSync(file, 'utf8');
      for (const unit of [...splitBlocks(text), ...parseUnits(text)]) assert.equal(checkUnit(unit), undefined, path.relative(ROOT, file));
      assert.deepEqual(parseDocument(text).notices, [], path.relative(ROOT, file));
      assert.equal(lint(text).notices, undefined, path.relative(ROOT, file));
    }
  });

  it('never triggers on a large plan of ordinary sections', () => {
    assert.deepEqual(parseDocument(ordinaryPlan(512 * 1024)).notices, []);
  });

  it('reads a unit past each limit as plain text, with a notice that names the line', () => {
    const cases: Array<[string, string, RegExp]> = [
      ['deep list', '# Plan\n\n' + Array.from({ length: 150 }, (_, i) => `${'  '.repeat(i)}- x\n`).join(''), /list or quote nesting over 100 levels at line 103/],
      ['deep quote', '# Plan\n\n' + '>'.repeat(500) + ' x\n', /nesting over 100 levels at line 3/],
      ['emphasis', '# Plan\n\nText ' + '*a_'.repeat(400) + '\n', /over 300 emphasis markers in one paragraph at line 3/],
      ['brackets', '# Plan\n\n' + '['.repeat(400) + '\n', /over 300 brackets/],
      ['big block', '# Plan\n\n' + '| a | b |\n| - | - |\n' + '| 1 | 2 |\n'.repeat(LIMITS.block / 10 + 10), /a block of \d+ KB with no heading or paragraph break at line 1/],
      ['nested list', '# Plan\n\n' + '- a\n  - b\n'.repeat(LIMITS.nestedListBlock / 10 + 10), /a nested list of \d+ KB/],
    ];
    for (const [name, text, message] of cases) {
      const result = lint(`## Wie\n\nJan de Vries, teamleider.\n\n${text}`);
      assert.equal(result.notices?.length, 1, name);
      assert.match(result.notices![0].message, /^too complex to check: /, name);
      assert.match(result.notices![0].message.replace(/line (\d+)/, (_, n) => `line ${Number(n) - 4}`), message, name);
      // The rest of the plan is still checked: wie is answered in the first block.
      assert.notEqual(result.coverage.wie, 'missing', name);
    }
  });

  it('the editor and the CLI parse give the same notices', () => {
    const text = `## Wie\n\nJan.\n\n# Plan\n\n${'>'.repeat(300)} x\n\n## Wat\n\nIets.\n`;
    assert.deepEqual(new IncrementalParser().parse(text).notices, parseDocument(text).notices);
  });

  it('reads a fence hidden from the splitter and open to the end of a large plan as plain text, without parsing what follows', function () {
    this.timeout(60_000);
    const hidden = hostileFiles(1024 * 1024).find((file) => file.name === 'hidden-fence.md')!.content as string;
    const start = performance.now();
    const result = parseDocument(hidden);
    const lastLine = hidden.split('\n').length - 1;
    assert.deepEqual(result.notices, [{ message: `too complex to check: a fenced code block or HTML block left open at line 5; lines 5-${lastLine} read as plain text`, line: 5 }]);
    // Only the first unit and a few joins of it were parsed, not the 250 units after it.
    assert.ok(parseUnits(hidden).length > 200);
    assert.ok(result.parsedCount < 10, `${result.parsedCount} parses`);
    assert.ok(performance.now() - start < 10_000, `${performance.now() - start} ms`);
    // The title and the quote before the fence stay Markdown; the rest is one paragraph of plain text.
    assert.deepEqual(result.root.children.map((node) => node.type), ['heading', 'blockquote', 'paragraph']);
  });

  it('parses the text after the closing line of a long hidden fence as Markdown again, as the whole-document parse does', function () {
    this.timeout(60_000);
    const sections = (from: number, bytes: number) => ordinaryPlan(bytes).replace(/^[\s\S]*?\n## /, '## ').replace(/## (\d+)\./g, (_, n) => `## ${Number(n) + from}.`);
    const text = '# Plan\n\n> q\n</pre>\n```\n\n' + sections(0, 200 * 1024) + '```\n\n' + sections(10_000, 40 * 1024) + '## Kosten\n\nTotaal € 1.000.\n';
    const result = parseDocument(text);
    const tree = withPlainPositions(result.root).children;
    const closingLine = text.slice(0, text.indexOf('```\n\n## 10001.')).split('\n').length;
    assert.deepEqual(result.notices, [{ message: `too complex to check: a fenced code block or HTML block left open at line 5; lines 5-${closingLine} read as plain text`, line: 5 }]);
    const whole = parseMarkdown(text).children;
    assert.deepEqual(whole.map((node) => node.type).slice(0, 3), ['heading', 'blockquote', 'code']);
    assert.deepEqual(tree.slice(0, 2), whole.slice(0, 2));
    assert.equal(tree[2].type, 'paragraph');
    assert.deepEqual(tree.slice(3), whole.slice(3));
  });

  it('leaves a short hidden fence to the parser, as the whole-document parse reads it', () => {
    const text = '# Plan\n\n> q\n</pre>\n```\n\n' + ordinaryPlan(30 * 1024).replace(/^[\s\S]*?\n## /, '## ') + '```\n\n## Na de code\n\nTekst.\n';
    const result = parseDocument(text);
    assert.deepEqual(result.notices, []);
    assert.deepEqual(withPlainPositions(result.root), parseMarkdown(text));
  });

  it('answers every hostile file fast (small versions)', function () {
    this.timeout(120_000);
    for (const file of hostileFiles(256 * 1024)) {
      if (file.ordinary || typeof file.content !== 'string') continue;
      const start = performance.now();
      lint(file.content);
      assert.ok(performance.now() - start < 30_000, file.name);
    }
  });
});
