// innovatie export board --to svg|png: the canvas's own SVG renderer, in a chosen theme; PNG via resvg.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PALETTES } from '../../src/core/board/svg/palette';
import { HOSTILE_PLAN } from '../canvas/helpers';
import { assertSvgInert, FORMATTED_PLAN } from '../export/board-fixtures';
import { cleanup, read, run, tempDir, writeFiles } from './helpers.js';

const VEHICLE = readFileSync(path.join(__dirname, '..', '..', 'examples', 'nl', 'vehicle.md'), 'utf8');
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  assert.ok(bytes.subarray(0, 8).equals(PNG_SIGNATURE), 'a PNG file');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('cli: export board as SVG and PNG', function () {
  this.timeout(60_000);
  afterEach(cleanup);

  it('writes an SVG in the light theme by default, in the plan kind\'s view, and in a chosen theme and view', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'vehicle.md': VEHICLE, 'plan.md': FORMATTED_PLAN });
    const light = await run(['export', 'board', 'vehicle.md', '--to', 'svg'], dir);
    assert.equal(light.code, 0, light.stderr);
    assert.match(light.stdout, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    assert.ok(light.stdout.includes(`fill="${PALETTES.light.page}"`));
    assert.match(light.stdout, /class="car"/, 'a vehicle plan shows the car');
    for (const theme of ['dark', 'high-contrast'] as const) {
      const result = await run(['export', 'board', 'plan.md', '--theme', theme, '--view', 'cards', '-o', `${theme}.svg`], dir);
      assert.equal(result.code, 0, result.stderr);
      const svg = read(dir, `${theme}.svg`);
      assert.ok(svg.includes(`<rect width="100%" height="100%" fill="${PALETTES[theme].page}"/>`), theme);
      assert.ok(svg.includes(`fill="${PALETTES[theme].text}"`), theme);
      assert.match(svg, /<tspan font-weight="bold">Sanne Bakker<\/tspan>/);
      assert.doesNotMatch(svg, /\*\*/);
    }
  });

  it('writes a PNG through resvg, twice the SVG size, chosen by --to or by the .png name', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'vehicle.md': VEHICLE });
    const svg = await run(['export', 'board', 'vehicle.md', '--to', 'svg'], dir);
    const width = Number(/<svg[^>]* width="(\d+)" height="(\d+)"/.exec(svg.stdout)![1]);
    const height = Number(/<svg[^>]* width="(\d+)" height="(\d+)"/.exec(svg.stdout)![2]);
    const started = Date.now();
    const byName = await run(['export', 'board', 'vehicle.md', '-o', 'board.png', '--theme', 'dark'], dir);
    assert.equal(byName.code, 0, byName.stderr);
    assert.ok(Date.now() - started < 20_000);
    assert.deepEqual(pngSize(path.join(dir, 'board.png')), { width: width * 2, height: height * 2 });
    const byOption = await run(['export', 'board', 'vehicle.md', '--to', 'png', '-o', 'out.img'], dir);
    assert.equal(byOption.code, 0, byOption.stderr);
    pngSize(path.join(dir, 'out.img'));
  });

  it('exports a hostile plan as SVG, PNG and canvas with nothing that runs', async () => {
    const dir = tempDir();
    const hostile = `${HOSTILE_PLAN}\n## Hoe\n\n<foreignObject><script>alert(1)</script></foreignObject> [a](javascript:alert(2)) <a href="javascript:alert(3)" onclick="alert(4)">b</a>\n`;
    writeFiles(dir, { 'hostile.md': hostile });
    for (const view of ['cards', 'hkw', 'vehicle', 'crystal', 'pitch']) {
      const result = await run(['export', 'board', 'hostile.md', '--to', 'svg', '--view', view, '--theme', 'high-contrast'], dir);
      assert.equal(result.code, 0, result.stderr);
      assertSvgInert(result.stdout.replace(/^<\?xml[^>]*>/, ''));
    }
    const png = await run(['export', 'board', 'hostile.md', '-o', 'hostile.png'], dir);
    assert.equal(png.code, 0, png.stderr);
    pngSize(path.join(dir, 'hostile.png'));
    const canvas = await run(['export', 'board', 'hostile.md', '--to', 'canvas'], dir);
    assert.equal(canvas.code, 0, canvas.stderr);
    const texts = (JSON.parse(canvas.stdout) as { nodes: Array<{ text?: string; label?: string }> }).nodes.map((node) => `${node.text ?? ''}${node.label ?? ''}`).join('\n');
    assert.doesNotMatch(texts, /<script|<foreignObject|<a\s/i, 'raw HTML is escaped');
    assert.doesNotMatch(texts, /\]\(\s*javascript:/i, 'no javascript: link target');
  });

  it('exits 2 for a bad theme, view or a PNG without a file', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'vehicle.md': VEHICLE });
    const cases: Array<[string[], RegExp]> = [
      [['export', 'board', 'vehicle.md', '--to', 'svg', '--theme', 'sepia'], /--theme must be light, dark or high-contrast, not 'sepia'/],
      [['export', 'board', 'vehicle.md', '--to', 'svg', '--view', 'map'], /--view must be one of cards, hkw, vehicle, crystal, pitch, not 'map'/],
      [['export', 'board', 'vehicle.md', '--to', 'png'], /a PNG needs a file: add -o board\.png/],
      [['export', 'pitch', 'vehicle.md', '--theme', 'dark'], /--theme applies to board exports only/],
    ];
    for (const [argv, message] of cases) {
      const result = await run(argv, dir);
      assert.equal(result.code, 2, argv.join(' '));
      assert.match(result.stderr, message, argv.join(' '));
      assert.equal(result.stdout, '', argv.join(' '));
    }
  });
});
