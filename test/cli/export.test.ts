import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import schema from '../export/jsoncanvas.schema.json';
import { cleanup, read, run, tempDir, writeFiles } from './helpers.js';

const PITCH = readFileSync(path.join(__dirname, '..', '..', 'examples', 'nl', 'pitch.md'), 'utf8');
const VEHICLE = readFileSync(path.join(__dirname, '..', '..', 'examples', 'nl', 'vehicle.md'), 'utf8');

describe('cli: export', () => {
  afterEach(cleanup);

  it('writes a Marp deck with -o, or prints it', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'plannen/pitch.md': PITCH });
    const written = await run(['export', 'pitch', 'plannen/pitch.md', '-o', 'deck.md'], dir);
    assert.equal(written.code, 0, written.stderr);
    assert.equal(written.stdout, '');
    const deck = read(dir, 'deck.md');
    assert.match(deck, /^---\nmarp: true\n/);
    assert.equal(deck.split('\n\n---\n\n').length, 11);
    const printed = await run(['export', 'pitch', 'plannen/pitch.md', '--lang', 'en'], dir);
    assert.equal(printed.code, 0);
    assert.match(printed.stdout, /\n## The problem\n/);
  });

  it('writes the board as a JSON Canvas file', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'vehicle.md': VEHICLE });
    const result = await run(['export', 'board', 'vehicle.md', '--to', 'canvas', '-o', 'board.canvas'], dir);
    assert.equal(result.code, 0, result.stderr);
    const canvas: { edges: unknown[] } = JSON.parse(read(dir, 'board.canvas'));
    const validate = new Ajv({ strict: true }).compile(schema);
    assert.ok(validate(canvas), JSON.stringify(validate.errors));
    assert.equal(canvas.edges.length, 6);
    const byDefault = await run(['export', 'board', 'vehicle.md'], dir);
    assert.deepEqual(JSON.parse(byDefault.stdout), canvas);
  });

  it('exits 2 with a clear message for bad usage or an unreadable plan', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'pitch.md': PITCH, 'binary.md': 'a\u0000b' });
    const cases: Array<[string[], RegExp]> = [
      [['export'], /name what to export: pitch or board/],
      [['export', 'slides', 'pitch.md'], /unknown export 'slides'/],
      [['export', 'pitch'], /name the plan to export as a pitch deck/],
      [['export', 'pitch', 'pitch.md', 'pitch.md'], /export one plan at a time/],
      [['export', 'board', 'pitch.md', '--to', 'pdf'], /unknown board format 'pdf'/],
      [['export', 'pitch', 'pitch.md', '--to', 'canvas'], /--to applies to board exports only/],
      [['export', 'pitch', 'pitch.md', '--lang', 'de'], /--lang must be nl or en/],
      [['export', 'pitch', 'pitch.md', '--bogus'], /Unknown option '--bogus'/],
      [['export', 'pitch', 'missing.md'], /missing\.md: no such file/],
      [['export', 'board', 'binary.md'], /binary\.md: binary file, not Markdown/],
    ];
    for (const [argv, message] of cases) {
      const result = await run(argv, dir);
      assert.equal(result.code, 2, argv.join(' '));
      assert.match(result.stderr, message, argv.join(' '));
      assert.equal(result.stdout, '', argv.join(' '));
    }
  });

  it('is listed in the help', async () => {
    const help = await run(['--help'], tempDir());
    assert.match(help.stdout, /export pitch\|board <plan>/);
    const own = await run(['export', '--help'], tempDir());
    assert.equal(own.code, 0);
    assert.match(own.stdout, /innovatie export board <plan\.md> \[--to svg\|png\|canvas\] \[-o FILE\]/);
    assert.match(own.stdout, /--theme <theme>/);
  });
});
