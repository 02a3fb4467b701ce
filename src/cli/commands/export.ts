import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { boardCanvas, pitchDeck, type Language } from '../../core/index.js';
// The board model is plain data built from the plan (src/core/board); the canvas and this export share it.
import { buildBoard } from '../../core/board/model.js';
import { stringsFor } from '../../core/board/strings.js';
import { boardSvg } from '../../core/board/svg/board.js';
import { EXPORT_THEMES, type ExportTheme } from '../../core/board/svg/palette.js';
import { VIEW_IDS, type ViewId } from '../../core/board/types.js';
import { readPlan, relative } from '../files.js';
import { loadConfig } from '../config.js';
import { UsageError, type CommandIO } from '../io.js';
import { lintText } from '../lint/engine.js';

export const EXPORT_HELP = `Usage: innovatie export pitch <plan.md> [-o deck.md]
       innovatie export board <plan.md> [--to svg|png|canvas] [-o FILE]
                              [--theme light|dark|high-contrast] [--view VIEW]

pitch   a Marp slide deck (marp: true): a title slide with team and owner, then
        one slide per pitch question in the method's order: the problem, for
        whom, the idea, drawbacks and risks, who you need, the path, the first
        next step, the timeline, the cost and the owner. A question the plan
        leaves open gets a slide that says so; long answers continue in the
        speaker notes. Plans of every kind work: their own answers are used.
board   the board as the canvas in VS Code draws it: --to svg or png (for
        print and slides; the same renderer as the canvas's own export, card
        text as rendered Markdown), or --to canvas: JSON Canvas (jsoncanvas.org;
        Obsidian opens .canvas files), a card per question coloured by status
        (red missing, yellow weak, green answered), a group per HKW cluster with
        its votes, and for a Build Your Vehicle plan the parts joined to the
        vehicle by edges. Without --to, the format follows the -o file's
        extension (.svg, .png), else canvas.

Options:
  -o, --output-file <file>  write to a file instead of stdout
      --to <format>         board format: svg, png or canvas (default: from -o, else canvas)
      --theme <theme>       svg and png colours: light (default), dark, high-contrast
      --view <view>         svg and png view: cards, hkw, vehicle, crystal, pitch
                            (default: the view that suits the plan's kind)
      --lang <nl|en>        language of the export's own words (default: the plan's)
  -h, --help                show this help

Exit codes: 0 written, 2 bad usage or an unreadable plan.
`;

const WHAT = ['pitch', 'board'];
const BOARD_FORMATS = ['svg', 'png', 'canvas'];
const PNG_MAX_PIXELS = 40_000_000;

export async function runExport(args: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      'output-file': { type: 'string', short: 'o' },
      to: { type: 'string' },
      theme: { type: 'string' },
      view: { type: 'string' },
      lang: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout(EXPORT_HELP);
    return 0;
  }
  const [what, plan, ...extra] = positionals;
  if (!what || !WHAT.includes(what)) throw new UsageError(what ? `unknown export '${what}' (use pitch or board)` : 'name what to export: pitch or board');
  if (!plan) throw new UsageError(`name the plan to export as a ${what === 'pitch' ? 'pitch deck' : 'board'}`);
  if (extra.length > 0) throw new UsageError(`export one plan at a time (got ${positionals.length - 1})`);
  if (values.lang !== undefined && values.lang !== 'nl' && values.lang !== 'en') throw new UsageError(`--lang must be nl or en, not '${values.lang}'`);
  for (const option of ['to', 'theme', 'view'] as const) {
    if (what === 'pitch' && values[option] !== undefined) throw new UsageError(`--${option} applies to board exports only`);
  }
  const format = boardFormat(values.to, values['output-file']);
  if (what === 'board' && !BOARD_FORMATS.includes(format)) throw new UsageError(`unknown board format '${values.to}' (use svg, png or canvas)`);
  if (values.theme !== undefined && !EXPORT_THEMES.includes(values.theme as ExportTheme)) throw new UsageError(`--theme must be light, dark or high-contrast, not '${values.theme}'`);
  if (values.view !== undefined && !VIEW_IDS.includes(values.view as ViewId)) throw new UsageError(`--view must be one of ${VIEW_IDS.join(', ')}, not '${values.view}'`);
  if (what === 'board' && format === 'png' && !values['output-file']) throw new UsageError('a PNG needs a file: add -o board.png');

  const file = path.resolve(io.cwd, plan);
  const read = readPlan(file);
  if ('error' in read) throw new Error(`${plan}: ${/ENOENT/.test(read.error) ? 'no such file' : read.error}`);
  const { config, file: configFile } = loadConfig(path.dirname(file));
  const result = lintText(read.text, config, { path: relative(configFile ? path.dirname(configFile) : io.cwd, file), force: true });
  const language = (values.lang ?? config.language) as Language | undefined;
  let output: string | Uint8Array;
  if (what === 'pitch') output = pitchDeck(read.text, { plan: result.plan, language });
  else {
    const board = buildBoard(read.text, result.plan);
    if (format === 'canvas') output = JSON.stringify(boardCanvas({ ...board, ...(language ? { language } : {}) }), null, '\t') + '\n';
    else {
      const svg = boardSvg(board, (values.view as ViewId | undefined) ?? board.defaultView, stringsFor(language ?? board.language), (values.theme as ExportTheme | undefined) ?? 'light');
      output = format === 'svg' ? svg.markup : await svgToPng(svg.markup, svg.width, svg.height);
    }
  }
  if (values['output-file']) writeFileSync(path.resolve(io.cwd, values['output-file']), output);
  else if (typeof output === 'string') io.stdout(output);
  return 0;
}

/** --to wins; else the output file's extension (.svg, .png); else JSON Canvas. */
function boardFormat(to: string | undefined, file: string | undefined): string {
  if (to !== undefined) return to;
  const extension = file ? path.extname(file).toLowerCase() : '';
  return extension === '.svg' ? 'svg' : extension === '.png' ? 'png' : 'canvas';
}

/**
 * SVG → PNG with resvg (a Rust renderer shipped as a prebuilt binary per platform, no browser).
 * Loaded only here: lint and the other exports never pay for it, and its native binary stays
 * outside the bundle (scripts/build.mjs marks it external; it is the package's one dependency).
 */
async function svgToPng(svg: string, width: number, height: number): Promise<Uint8Array> {
  let resvg: typeof import('@resvg/resvg-js');
  try {
    resvg = await import('@resvg/resvg-js');
  } catch (error) {
    throw new Error(`PNG export needs the package @resvg/resvg-js for this platform (${(error as Error).message.split('\n')[0]}); --to svg works without it`);
  }
  // Twice the size for print, but a board of a thousand notes stays within PNG_MAX_PIXELS (memory).
  const zoom = Math.min(2, Math.sqrt(PNG_MAX_PIXELS / (width * height)));
  const rendered = new resvg.Resvg(svg, { fitTo: { mode: 'zoom', value: zoom }, font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' } }).render();
  return rendered.asPng();
}
