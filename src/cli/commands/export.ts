import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { boardCanvas, pitchDeck, type Language } from '../../core/index.js';
// The board model is plain data built from the plan (no vscode); the canvas and this export share it.
import { buildBoard } from '../../extension/canvas/board/model.js';
import { readPlan, relative } from '../files.js';
import { loadConfig } from '../config.js';
import { UsageError, type CommandIO } from '../io.js';
import { lintText } from '../lint/engine.js';

export const EXPORT_HELP = `Usage: innovatie export pitch <plan.md> [-o deck.md]
       innovatie export board <plan.md> [--to canvas] [-o board.canvas]

pitch   a Marp slide deck (marp: true): a title slide with team and owner, then
        one slide per pitch question in the method's order: the problem, for
        whom, the idea, drawbacks and risks, who you need, the path, the first
        next step, the timeline, the cost and the owner. A question the plan
        leaves open gets a slide that says so; long answers continue in the
        speaker notes. Plans of every kind work: their own answers are used.
board   the board as JSON Canvas (jsoncanvas.org; Obsidian opens .canvas files):
        a card per question coloured by status (red missing, yellow weak,
        green answered), a group per HKW cluster with its votes, and for a
        Build Your Vehicle plan the parts joined to the vehicle by edges.

Options:
  -o, --output-file <file>  write to a file instead of stdout
      --to <format>         board format: canvas (default)
      --lang <nl|en>        language of the export's own words (default: the plan's)
  -h, --help                show this help

Exit codes: 0 written, 2 bad usage or an unreadable plan.
`;

const WHAT = ['pitch', 'board'];

export async function runExport(args: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      'output-file': { type: 'string', short: 'o' },
      to: { type: 'string' },
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
  if (what === 'pitch' && values.to !== undefined) throw new UsageError('--to applies to board exports only');
  if (what === 'board' && (values.to ?? 'canvas') !== 'canvas') throw new UsageError(`unknown board format '${values.to}' (use canvas)`);

  const file = path.resolve(io.cwd, plan);
  const read = readPlan(file);
  if ('error' in read) throw new Error(`${plan}: ${/ENOENT/.test(read.error) ? 'no such file' : read.error}`);
  const { config, file: configFile } = loadConfig(path.dirname(file));
  const result = lintText(read.text, config, { path: relative(configFile ? path.dirname(configFile) : io.cwd, file), force: true });
  const language = (values.lang ?? config.language) as Language | undefined;
  const output =
    what === 'pitch'
      ? pitchDeck(read.text, { plan: result.plan, language })
      : JSON.stringify(boardCanvas({ ...buildBoard(read.text, result.plan), ...(language ? { language } : {}) }), null, '\t') + '\n';
  if (values['output-file']) writeFileSync(path.resolve(io.cwd, values['output-file']), output);
  else io.stdout(output);
  return 0;
}
