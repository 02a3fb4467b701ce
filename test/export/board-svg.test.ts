// The board as SVG (src/core/board/svg): three explicit palettes held to WCAG AA, card text as
// rendered Markdown, and nothing from a hostile plan that could run.
import assert from 'node:assert/strict';
import { stringsFor } from '../../src/core/board/strings';
import { boardSvg } from '../../src/core/board/svg/board';
import { contrastRatio, EXPORT_THEMES, PALETTES, textPairs } from '../../src/core/board/svg/palette';
import { richLines } from '../../src/core/board/svg/rich';
import { richMarkdown } from '../../src/core/board/rich';
import { VIEW_IDS } from '../../src/core/board/types';
import { boardOf, HKW_PLAN, HOSTILE_PLAN } from '../canvas/helpers';
import { assertSvgInert, FORMATTED_PLAN } from './board-fixtures';

const t = stringsFor('nl');

describe('board SVG export', () => {
  it('keeps every text colour of every palette at WCAG AA (4.5:1) on its background', () => {
    const lowest: string[] = [];
    for (const theme of EXPORT_THEMES) {
      const pairs = textPairs(PALETTES[theme]);
      assert.ok(pairs.length >= 15);
      let min = Infinity;
      for (const pair of pairs) {
        const ratio = contrastRatio(pair.text, pair.background);
        assert.ok(ratio >= 4.5, `${theme}: ${pair.name} ${pair.text} on ${pair.background} is ${ratio.toFixed(2)}:1`);
        min = Math.min(min, ratio);
      }
      lowest.push(`${theme} ${min.toFixed(2)}:1`);
    }
    console.log(`      lowest contrast per palette: ${lowest.join(', ')}`);
  });

  it('computes contrast as WCAG defines it', () => {
    assert.equal(contrastRatio('#000000', '#ffffff'), 21);
    assert.equal(contrastRatio('#777777', '#777777'), 1);
    assert.equal(contrastRatio('#767676', '#ffffff').toFixed(2), '4.54');
  });

  it('writes only palette colours for text, so no text falls outside the checked pairs', () => {
    for (const theme of EXPORT_THEMES) {
      const palette = PALETTES[theme];
      const allowed = new Set(textPairs(palette).map((pair) => pair.text));
      for (const [plan, views] of [[FORMATTED_PLAN, VIEW_IDS], [HKW_PLAN, ['hkw'] as const]] as const) {
        for (const view of views) {
          const { markup } = boardSvg(boardOf(plan), view, t, theme);
          assert.match(markup, new RegExp(`<rect width="100%" height="100%" fill="${palette.page}"/>`));
          for (const [, fill] of markup.matchAll(/<t(?:ext|span)\b[^>]*\sfill="([^"]+)"/g)) assert.ok(allowed.has(fill), `${theme} ${view}: text fill ${fill}`);
          assert.doesNotMatch(markup, /var\(--/, 'no CSS variables');
        }
      }
    }
  });

  it('renders Markdown in cards: bullets, numbers, bold, italic, code in monospace, links as text', () => {
    const { markup } = boardSvg(boardOf(FORMATTED_PLAN), 'cards', t);
    assert.doesNotMatch(markup, /\*\*|`/, 'no raw Markdown markers');
    assert.match(markup, /<tspan font-weight="bold">Sanne Bakker<\/tspan>/);
    assert.match(markup, /<tspan font-style="italic">teamleider<\/tspan>/);
    assert.match(markup, /• eerste punt met <tspan font-family="[^"]*monospace" fill="#[0-9a-f]{6}">code<\/tspan>/);
    assert.match(markup, /1\. stap een/);
    assert.match(markup, /<tspan[^>]*text-decoration="underline">link<\/tspan>/);
    assert.match(markup, /slechte/);
    assert.doesNotMatch(markup, /javascript|example\.org/, 'addresses are not written at all');
    assert.match(markup, /monospace" fill="#[0-9a-f]{6}">let x = 1;<\/tspan>/);
  });

  it('wraps styled text by words and indents list continuations under the bullet', () => {
    const lines = richLines(richMarkdown('- een **heel lange** zin die zeker niet op een regel van twintig tekens past'), 20, 10);
    assert.ok(lines.length > 2);
    assert.equal(lines[0].indent, 0);
    assert.equal(lines[0].runs[0].text.startsWith('• '), true);
    for (const line of lines.slice(1)) assert.equal(line.indent, 2);
    for (const line of lines) assert.ok(line.indent + line.runs.reduce((sum, run) => sum + run.text.length, 0) <= 20, JSON.stringify(line));
    const clipped = richLines(richMarkdown('a\n\nb\n\nc\n\nd'), 20, 2);
    assert.deepEqual(clipped.map((line) => line.runs.map((run) => run.text).join('')), ['a', 'b…']);
  });

  it('exports a hostile plan in every view and theme with nothing that runs', () => {
    const hostile = `${HOSTILE_PLAN}\n## Hoe\n\n<foreignObject><body onload="alert(7)"></body></foreignObject> [x](  javascript:alert(8)) [y](java\tscript:alert(9)) <svg><a xlink:href="javascript:alert(10)">z</a></svg>\n`;
    const board = boardOf(hostile);
    for (const theme of EXPORT_THEMES) {
      for (const view of VIEW_IDS) {
        const { markup } = boardSvg(board, view, t, theme);
        assertSvgInert(markup.replace(/^<\?xml[^>]*>/, ''));
      }
    }
    assert.match(boardSvg(board, 'cards', t).markup, /&lt;foreignObject&gt;/, 'the plan text is shown, as text');
  });
});
