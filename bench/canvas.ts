/**
 * Speed of the plan canvas on a 200-section plan, side by side in one run with its floor:
 *   bare parse:  mdast-util-from-markdown (+ GFM, frontmatter) on the whole text: the least any view of the text costs
 *   first board: a fresh IncrementalParser → plan → board model → the default view as markup (what the webview builds)
 *   re-render:   the same after a one-character edit, with the parser kept (what every keystroke costs)
 *   svg export:  the board as a standalone SVG
 * Targets: first board < 300 ms, re-render < 50 ms. Run: npx tsx bench/canvas.ts
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfm } from 'micromark-extension-gfm';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { frontmatter } from 'micromark-extension-frontmatter';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { buildPlan, IncrementalParser } from '../src/core/index.js';
import { buildBoard } from '../src/core/board/model.js';
import type { BoardModel } from '../src/core/board/types.js';
import { boardSvg } from '../src/core/board/svg/board.js';
import { stringsFor } from '../src/core/board/strings.js';
import { renderView } from '../webview/views/index.js';
import { toMarkup } from '../webview/vnode.js';

const SECTIONS = 200;
const RUNS = 15;
const markdown = { extensions: [gfm(), frontmatter(['yaml'])], mdastExtensions: [gfmFromMarkdown(), frontmatterFromMarkdown(['yaml'])] };
const t = stringsFor('nl');

/** 200 headings: 40 rounds of the five questions, with HKW notes, votes and dated milestones among them. */
function planWith(sections: number): string {
  const parts = ['---\nsoort: actieplan\ndatum: "2026-11-25"\n---\n\n# Actieplan: groot programma\n'];
  const bodies: Record<string, (i: number) => string> = {
    Wie: (i) => `Eigenaar: Fatima el Amrani (${i}), teamleider Dienstverlening, gemeente Lingewaard.`,
    Wat: (i) => `Deelproject ${i}: een digitale balie voor aanvraag ${i}, zodat inwoners in één keer compleet aanvragen.\n\n- Hoe kunnen we aanvraag ${i} korter maken? — stemmen: ${'●'.repeat(i % 4)}\n- Hoe kunnen we dubbele vragen bij ${i} schrappen?`,
    Hoe: (i) => `1. Proef met formulier ${i}.\n2. Uitrol naar alle loketten.\n3. Evaluatie met inwoners.`,
    Wanneer: (i) => `- Q${(i % 4) + 1} ${2027 + (i % 4)}: start deelproject ${i}\n- eind ${2028 + (i % 3)}: klaar`,
    Kosten: (i) => `€ ${(i + 1) * 1000} voor bouw en beheer in het eerste jaar.`,
  };
  const names = Object.keys(bodies);
  for (let i = 0; i < sections; i++) {
    const name = names[i % names.length];
    parts.push(`## ${name}\n\n${bodies[name](i)}\n`);
  }
  return parts.join('\n');
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time<T>(fn: () => T): [number, T] {
  const start = performance.now();
  const result = fn();
  return [performance.now() - start, result];
}

function boardAndMarkup(parser: IncrementalParser, text: string): { board: BoardModel; markup: string } {
  const board = buildBoard(text, buildPlan(text, parser.parse(text).root));
  return { board, markup: toMarkup(renderView(board, board.defaultView, { t, readOnly: false })) };
}

const text = planWith(SECTIONS);
const bare: number[] = [];
const first: number[] = [];
const rerender: number[] = [];
const svg: number[] = [];
let sample: { board: BoardModel; markup: string } | undefined;
for (let run = 0; run < RUNS; run++) {
  // Interleaved so every measure sees the same machine load.
  bare.push(time(() => fromMarkdown(text, markdown))[0]);
  const parser = new IncrementalParser();
  const [firstMs, built] = time(() => boardAndMarkup(parser, text));
  first.push(firstMs);
  sample = built;
  const at = text.indexOf('Proef met formulier', text.length >> 1);
  const edited = text.slice(0, at) + String.fromCharCode(97 + run) + text.slice(at);
  rerender.push(time(() => boardAndMarkup(parser, edited))[0]);
  svg.push(time(() => boardSvg(built.board, 'hkw', t))[0]);
}

const headings = (text.match(/^#{1,6} /gm) ?? []).length;
console.log(`canvas bench: ${headings} headings, ${(text.length / 1024).toFixed(0)} KB, ${sample!.board.cards.length} cards, ${sample!.board.notes.length} notes, ${sample!.board.timeline.items.length} milestones; median of ${RUNS} runs`);
console.log(`board message ${(JSON.stringify(sample!.board).length / 1024).toFixed(0)} KB, view markup ${(sample!.markup.length / 1024).toFixed(0)} KB`);
const rows: Array<[string, number, string]> = [
  ['bare mdast parse (peer baseline)', median(bare), ''],
  ['first board + render', median(first), 'target < 300 ms'],
  ['re-render after 1-char edit', median(rerender), 'target < 50 ms'],
  ['SVG export (HKW board)', median(svg), ''],
];
for (const [label, ms, target] of rows) {
  console.log(`${label.padEnd(34)} ${ms.toFixed(1).padStart(8)} ms  ${(ms / median(bare)).toFixed(2).padStart(5)}× bare  ${target}`);
}
const ok = median(first) < 300 && median(rerender) < 50;
console.log(ok ? 'targets met' : 'TARGETS MISSED');
process.exitCode = ok ? 0 : 1;
