import { statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { expandInputs, readPlan, relative, type PlanText } from '../files.js';
import { loadConfig, PlanConfigs, printConfig } from '../config.js';
import { formatGithub } from '../format/github.js';
import { formatJson } from '../format/json.js';
import { formatSarif } from '../format/sarif.js';
import { formatStylish } from '../format/stylish.js';
import type { FileReport, Formatter } from '../format/types.js';
import { UsageError, type CommandIO } from '../io.js';
import { DEFAULT_OVERLAP_THRESHOLD, PathPatterns, type Config } from '../../core/index.js';
import { LintCache } from '../lint/cache.js';
import { addOverlapFindings, overlapRuleOn, type LintedPlan } from '../lint/overlapping.js';
import type { LintJob, LintOutcome } from '../lint/job.js';
import { lintThreads, runJobs, WORKER_THRESHOLD } from '../lint/pool.js';
import { toolFingerprint, VERSION } from '../version.js';

const FORMATTERS: Record<string, Formatter> = { stylish: formatStylish, json: formatJson, sarif: formatSarif, github: formatGithub };

export const LINT_HELP = `Usage: innovatie lint [options] <files, folders or globs>

Checks that each plan answers wie / wat / hoe / wanneer / kosten and the further
questions of its kind. Folders are searched for *.md and *.markdown; files that
.gitignore or the config's "ignore" list exclude are skipped. Files that are not
plans (READMEs, changelogs, notes: no "soort:" in the frontmatter, not matched by
the config's "plans" globs, and not reading as a plan) get no findings.

Options:
  -f, --format <name>        stylish (default), json, sarif or github
  -o, --output-file <file>   write the report to a file instead of stdout
  -c, --config <file>        use this configuration instead of the nearest .innovatierc.json
      --fix                  apply the fixes the rules offer, then report what is left
      --max-warnings <n>     exit 1 when there are more than n warnings
      --quiet                report errors only (warnings still count for --max-warnings)
      --cache                skip files unchanged since the last run
      --cache-location <p>   cache file or folder (default .innovatie-cache/lint.json)
      --force                check every file as a plan, even one that does not read as a plan
      --workers <n|auto>     worker threads (default auto: from ${WORKER_THRESHOLD} files on one, linting
                             beside this thread, and a parse helper for plans of 1 MB or more; 0: none)
      --print-config [plan]  print the configuration that applies to the plan and the file it came from
  -h, --help                 show this help

Exit codes: 0 no errors, 1 at least one error (or more warnings than --max-warnings),
2 bad usage, invalid configuration or an unreadable file.
`;

export async function runLint(args: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string', short: 'f', default: 'stylish' },
      'output-file': { type: 'string', short: 'o' },
      config: { type: 'string', short: 'c' },
      fix: { type: 'boolean', default: false },
      'max-warnings': { type: 'string' },
      quiet: { type: 'boolean', default: false },
      cache: { type: 'boolean', default: false },
      'cache-location': { type: 'string' },
      workers: { type: 'string', default: 'auto' },
      force: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
      'print-config': { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    io.stdout(LINT_HELP);
    return 0;
  }
  if (values['print-config']) {
    if (positionals.length > 1) throw new UsageError('--print-config takes one plan (or folder)');
    io.stdout(printConfig(io.cwd, positionals[0], values.config));
    return 0;
  }
  const formatter = FORMATTERS[values.format!];
  if (!formatter) throw new UsageError(`unknown format '${values.format}' (use ${Object.keys(FORMATTERS).join(', ')})`);
  const maxWarnings = values['max-warnings'] === undefined ? -1 : Number(values['max-warnings']);
  if (!Number.isInteger(maxWarnings) || maxWarnings < -1) throw new UsageError(`--max-warnings takes a whole number, not '${values['max-warnings']}'`);
  if (values.workers !== 'auto' && !/^\d+$/.test(values.workers!)) throw new UsageError(`--workers takes a number or 'auto', not '${values.workers}'`);
  if (positionals.length === 0) throw new UsageError('name at least one file, folder or glob to lint');

  const { config, file: configFile } = loadConfig(io.cwd, values.config);
  const { files, problems } = await expandInputs(positionals, io.cwd, config.ignore, configFile ? path.dirname(configFile) : io.cwd);
  const force = values.force!;
  // Each plan is judged with the nearest .innovatierc.json from its own folder up, as in the editor.
  const planConfigs = new PlanConfigs(io.cwd, values.config);
  const configOf = new Map(files.map((file) => [file, planConfigs.forFile(file)]));
  const distinct = [...new Map([...configOf.values()].map((resolved) => [resolved.file ?? '', resolved])).values()];
  const fingerprintConfig = distinct.length === 1 ? distinct[0].config : Object.fromEntries(distinct.map((resolved) => [resolved.file ?? '', resolved.config]));
  const cache = values.cache ? LintCache.open(io.cwd, values['cache-location'], toolFingerprint(io.version) + (force ? ':force' : ''), fingerprintConfig) : undefined;

  // Reports keep the order of `files`; cached ones are filled in now, the rest after linting.
  const reports: Array<FileReport | undefined> = [];
  // The cross-file rule overlapping-initiative compares the plans once all are linted: keep their text (opt-in only).
  const overlapOn = distinct.some((resolved) => overlapRuleOn(resolved.config));
  const sources: Array<Omit<LintedPlan, 'report'>> = [];
  const groups = new Map<string, { config: Config; jobs: Array<LintJob & { index: number }> }>();
  // Without the cache and the cross-file rule the main thread needs neither hash nor text: the thread that lints a file reads it.
  const readHere = cache !== undefined || overlapOn;
  for (const file of files) {
    const shownPath = relative(io.cwd, file);
    const resolved = configOf.get(file)!;
    // The config's `plans` globs and `ignore` list are relative to its folder.
    const base = resolved.file ? path.dirname(resolved.file) : io.cwd;
    if (resolved.file !== configFile && ignoredBy(resolved.config, relative(base, file))) continue;
    let read: PlanText | undefined;
    if (readHere) {
      const result = readPlan(file);
      if ('error' in result) {
        problems.push(`${shownPath}: ${result.error}`);
        cache?.delete(file);
        continue;
      }
      read = result;
      const entry = cache?.get(file);
      // With --fix, a cached result that still has fixable findings must be fixed now.
      if (entry && entry.hash === read.hash && !(values.fix && entry.report.findings.some((finding) => finding.fix))) {
        reports.push({ path: shownPath, ...entry.report });
        if (overlapOn) sources.push({ text: read.text, config: resolved.config });
        continue;
      }
    }
    const detect = { path: relative(base, file), force };
    const key = resolved.file ?? '';
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { config: resolved.config, jobs: [] }));
    group.jobs.push({ file, path: shownPath, ...read, size: read?.text.length ?? sizeOf(file), fix: values.fix!, detect, index: reports.length });
    reports.push(undefined);
    if (overlapOn) sources.push({ text: read!.text, config: resolved.config });
  }
  const finished: Array<{ outcome: LintOutcome; index: number }> = [];
  for (const { config: groupConfig, jobs } of groups.values()) {
    const outcomes = await runJobs(jobs, groupConfig, lintThreads(values.workers!, jobs.length), values.workers !== '0');
    outcomes.forEach((outcome, order) => finished.push({ outcome, index: jobs[order].index }));
  }
  // Files that could not be read come first, in the order of the files, as when the main thread reads them all.
  for (const { outcome } of [...finished].sort((a, b) => a.index - b.index)) if ('unread' in outcome) problems.push(`${outcome.path}: ${outcome.error}`);
  for (const { outcome, index } of finished) {
    if ('error' in outcome) {
      if (!('unread' in outcome)) problems.push(`${outcome.path}: ${outcome.error}`);
      cache?.delete(outcome.file);
    } else {
      reports[index] = outcome.report;
      cache?.set(outcome.file, outcome.hash, outcome.report);
    }
  }
  cache?.save();

  let linted = reports.filter((report): report is FileReport => report !== undefined);
  if (overlapOn) {
    const plans = reports.flatMap((report, index) => (report ? [{ report, ...sources[index] }] : []));
    const configDir = configFile ? path.dirname(configFile) : io.cwd;
    linted = addOverlapFindings(plans, config.overlap?.threshold ?? DEFAULT_OVERLAP_THRESHOLD, {
      pairs: config.overlap?.distinct,
      pathOf: (id) => relative(configDir, path.resolve(io.cwd, id)),
    });
  }
  const shown = values.quiet ? linted.map((report) => ({ ...report, findings: report.findings.filter((f) => f.severity === 'error') })) : linted;
  const output = formatter(shown, { color: io.color && !values['output-file'], version: io.version ?? VERSION });
  if (values['output-file']) writeFileSync(path.resolve(io.cwd, values['output-file']), output);
  else io.stdout(output);

  for (const problem of problems) io.stderr(`innovatie: ${problem}\n`);
  if (problems.length > 0) return 2;
  const count = (severity: string) => linted.reduce((sum, report) => sum + report.findings.filter((f) => f.severity === severity).length, 0);
  if (count('error') > 0) return 1;
  const warnings = count('warning');
  if (maxWarnings >= 0 && warnings > maxWarnings) {
    io.stderr(`innovatie: ${warnings} warnings, more than --max-warnings ${maxWarnings} allows\n`);
    return 1;
  }
  return 0;
}

/** A file's size in bytes, 0 when it cannot be read (the thread that lints it reports why). */
function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

function ignoredBy(config: Config, relativePath: string): boolean {
  return (config.ignore?.length ?? 0) > 0 && new PathPatterns(config.ignore).matches(relativePath);
}
