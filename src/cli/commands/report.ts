import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { expandInputs, readPlan, relative } from '../files.js';
import { loadConfig } from '../config.js';
import { UsageError, type CommandIO } from '../io.js';
import { reportHtml } from '../report/html.js';
import { reportMarkdown } from '../report/markdown.js';
import { readForReport, type PlanSummary } from '../report/summary.js';
import type { OverlapSection } from '../report/overlaps.js';
import { DEFAULT_OVERLAP_THRESHOLD, findOverlaps, setAsideDistinct, type OverlapDocument } from '../../core/index.js';
import { portfolioTotals, type PortfolioTotals, type ReportLanguage } from '../report/totals.js';

export const REPORT_HELP = `Usage: innovatie report [options] [files, folders or globs]

A portfolio overview of the plans in a repository: per plan its kind, owner,
start and end, total cost and which of wie / wat / hoe / wanneer / kosten it
answers, with totals. Without paths: the config's "plans" globs, else the
current folder (.gitignore and the config's "ignore" list are respected).

Where the figures come from (README, "Facts in the report"):
  owner   who the plan makes accountable (eindverantwoordelijk, eigenaar,
          opdrachtgever, owner; frontmatter eigenaar), as "person, role,
          organisation"; who carries it out is listed apart
  start   frontmatter start, a Start: line or column, else the earliest plan date
  end     frontmatter einde, an Einde: line or column, else the latest plan
          date, else the start plus a stated duration ("18 maanden")
          (dates in the background sections and the document's own date are skipped)
  cost    what a portfolio adds: frontmatter budget, else the total the plan
          states (Totaal row or text), else the one-off items plus one period
          of the recurring ones; rates ("per uur") are never added; marked
          b, t, v (stated in the text), s (sum) or 0 (no cost in money)
  json    each plan also has "facts": the typed values with line and excerpt

Overlapping initiatives: pairs of plans that describe the same problem, idea or
target group (in other words, order, template or language), with the shared
terms and the two passages that overlap most; json: "overlaps", best first.

Options:
  -f, --format <md|html|json>  output format (default md); html is one self-contained file
  -o, --output-file <file>     write the report to a file instead of stdout
  -c, --config <file>          use this configuration instead of the nearest .innovatierc.json
      --lang <nl|en>           language of the report (default: config, else nl)
      --force                  include files that do not read as plans (READMEs, notes)
      --overlap-threshold <n>  report pairs of plans scoring at least n, 0..1
                               (default: the config's overlap.threshold, else ${DEFAULT_OVERLAP_THRESHOLD})
  -h, --help                   show this help

Exit codes: 0 written, 2 bad usage, invalid configuration or an unreadable file.
`;

type Renderer = (plans: PlanSummary[], totals: PortfolioTotals, language: ReportLanguage, overlaps: OverlapSection) => string;

const RENDERERS: Record<string, Renderer> = {
  md: reportMarkdown,
  html: reportHtml,
  json: (plans, totals, _language, overlaps) =>
    JSON.stringify({ version: 1, plans, totals, overlaps: overlaps.pairs, distinct: (overlaps.distinct ?? []).map(({ a, b, score }) => ({ a, b, score })) }, null, 2) + '\n',
};

export async function runReport(args: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string', short: 'f', default: 'md' },
      'output-file': { type: 'string', short: 'o' },
      config: { type: 'string', short: 'c' },
      lang: { type: 'string' },
      force: { type: 'boolean', default: false },
      'overlap-threshold': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout(REPORT_HELP);
    return 0;
  }
  const render = RENDERERS[values.format!];
  if (!render) throw new UsageError(`unknown format '${values.format}' (use md, html or json)`);
  if (values.lang !== undefined && values.lang !== 'nl' && values.lang !== 'en') throw new UsageError(`--lang must be nl or en, not '${values.lang}'`);

  const thresholdOption = values['overlap-threshold'];
  if (thresholdOption !== undefined && !/^(?:0(?:\.\d+)?|1(?:\.0+)?|\.\d+)$/.test(thresholdOption)) throw new UsageError(`--overlap-threshold must be a number from 0 to 1, not '${thresholdOption}'`);

  const { config, file: configFile } = loadConfig(io.cwd, values.config);
  const inputs = positionals.length > 0 ? positionals : config.plans?.length ? config.plans : ['.'];
  const { files, problems } = await expandInputs(inputs, io.cwd, config.ignore, configFile ? path.dirname(configFile) : io.cwd);
  const plans: PlanSummary[] = [];
  const documents: OverlapDocument[] = [];
  // READMEs, changelogs and notes are left out, as `lint` leaves them out; --force keeps every file.
  const detectBase = configFile ? path.dirname(configFile) : io.cwd;
  for (const file of files) {
    const read = readPlan(file);
    if ('error' in read) problems.push(`${relative(io.cwd, file)}: ${read.error}`);
    else {
      const report = readForReport(relative(io.cwd, file), read.text, config, { path: relative(detectBase, file), force: values.force! });
      if (report) {
        plans.push(report.summary);
        documents.push(report.overlap);
      }
    }
  }
  const threshold = thresholdOption !== undefined ? Number(thresholdOption) : (config.overlap?.threshold ?? DEFAULT_OVERLAP_THRESHOLD);
  // Pairs in overlap.distinct name their plans relative to the config file.
  const pathOf = (id: string) => relative(detectBase, path.resolve(io.cwd, id));
  const overlaps = { ...setAsideDistinct(findOverlaps(documents, { threshold }), config.overlap?.distinct, pathOf), threshold };
  const output = render(plans, portfolioTotals(plans), (values.lang ?? config.language ?? 'nl') as ReportLanguage, overlaps);
  if (values['output-file']) writeFileSync(path.resolve(io.cwd, values['output-file']), output);
  else io.stdout(output);
  for (const problem of problems) io.stderr(`innovatie: ${problem}\n`);
  return problems.length > 0 ? 2 : 0;
}
