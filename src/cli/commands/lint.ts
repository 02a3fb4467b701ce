import { parseArgs } from 'node:util';
import { lint, type Config } from '../../core/index.js';
import { expandInputs, readPlan, relative } from '../files.js';
import { loadConfig } from '../config.js';
import { formatJson } from '../format/json.js';
import { formatStylish } from '../format/stylish.js';
import type { FileReport, Formatter } from '../format/types.js';
import { UsageError, type CommandIO } from '../io.js';

const FORMATTERS: Record<string, Formatter> = { stylish: formatStylish, json: formatJson };

export const LINT_HELP = `Usage: innovatie lint [options] <files, folders or globs>

Checks that each plan answers wie / wat / hoe / wanneer / kosten and the further
questions of its kind. Folders are searched for *.md; .gitignore is respected.

Options:
  -f, --format <name>   stylish (default) or json
  -c, --config <file>   use this configuration instead of the nearest .innovatierc.json
      --quiet           report errors only
  -h, --help            show this help

Exit codes: 0 no errors, 1 at least one error-level finding, 2 bad usage or unreadable input.
`;

export async function runLint(args: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string', short: 'f', default: 'stylish' },
      config: { type: 'string', short: 'c' },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout(LINT_HELP);
    return 0;
  }
  const formatter = FORMATTERS[values.format!];
  if (!formatter) throw new UsageError(`unknown format '${values.format}' (use ${Object.keys(FORMATTERS).join(' or ')})`);
  if (positionals.length === 0) throw new UsageError('name at least one file, folder or glob to lint');

  const { config } = loadConfig(io.cwd, values.config);
  const { files, problems } = await expandInputs(positionals, io.cwd, config.ignore);
  const reports: FileReport[] = [];
  for (const file of files) {
    const read = readPlan(file);
    if ('error' in read) {
      problems.push(`${relative(io.cwd, file)}: ${read.error}`);
      continue;
    }
    reports.push(lintFile(relative(io.cwd, file), read.text, config, values.quiet!));
  }
  io.stdout(formatter(reports, { color: io.color }));
  for (const problem of problems) io.stderr(`innovatie: ${problem}\n`);
  if (problems.length > 0) return 2;
  return reports.some((report) => report.findings.some((finding) => finding.severity === 'error')) ? 1 : 0;
}

export function lintFile(path: string, text: string, config: Config, quiet: boolean): FileReport {
  const result = lint(text, { config });
  const findings = quiet ? result.findings.filter((finding) => finding.severity === 'error') : result.findings;
  return { path, kind: result.plan.kind, coverage: result.coverage, findings };
}
