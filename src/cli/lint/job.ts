import { writeFileSync } from 'node:fs';
import { answerEvidence, lintTree, type Config, type LintResult } from '../../core/index.js';
import { hashBytes, readPlan, type PlanText } from '../files.js';
import type { FileReport } from '../format/types.js';
import { detectOptions, lintText, type DetectRequest } from './engine.js';
import { fixText } from './fix.js';
import { parseWithHelper } from './split-parse.js';
import type { ParseNotice } from '../../core/parse/guard.js';

/**
 * One file to lint. Plain data, so it can be posted to a worker thread. With --cache the main
 * thread reads every file to compare its hash, so only changed files become jobs, read (`text`).
 * Without, the thread that lints a file reads it (`loadJob`): the main thread does not hold
 * 2,000 plans' text (two bytes a character for most plans: one '€' or '’' is enough), nor send it.
 */
export interface LintJob extends Partial<PlanText> {
  /** Absolute path. */
  file: string;
  /** Path shown in reports, relative to the working directory. */
  path: string;
  /** The file's size in bytes when it was listed, or its text's length when read. */
  size: number;
  fix: boolean;
  /** Plan detection; absent: every file is checked as a plan. */
  detect?: DetectRequest;
}

/** A job whose file has been read. */
export type ReadJob = LintJob & PlanText;

/** `unread`: the file could not be read (the main thread reports those before the lint failures). */
export type LintOutcome = { file: string; hash: string; report: FileReport } | { file: string; path: string; error: string; unread?: true };

/** The job with its file read, or the outcome that it could not be. */
export function loadJob(job: LintJob): ReadJob | LintOutcome {
  if (job.text !== undefined) return job as ReadJob;
  const read = readPlan(job.file);
  return 'error' in read ? { file: job.file, path: job.path, error: read.error, unread: true } : { ...job, ...read };
}

/** Lints (and with fix, rewrites) one file. Never throws: a failure is an outcome. */
export function runJob(unread: LintJob, config: Config): LintOutcome {
  const job = loadJob(unread);
  if (!('fix' in job)) return job;
  try {
    if (!job.fix) return { file: job.file, hash: job.hash, report: toReport(job.path, lintText(job.text, config, job.detect), config) };
    const fixed = fixText(job.text, config, job.detect);
    let hash = job.hash;
    if (fixed.text !== job.text) {
      const content = (job.bom ? '\uFEFF' : '') + fixed.text;
      writeFileSync(job.file, content);
      hash = hashBytes(content);
    }
    return { file: job.file, hash, report: { ...toReport(job.path, fixed.result, config), fixed: fixed.fixed } };
  } catch (error) {
    return { file: job.file, path: job.path, error: `cannot ${job.fix ? 'fix' : 'lint'}: ${(error as Error).message}` };
  }
}

/** Lints one large file whose parse is shared with a helper thread (not for --fix, which re-lints). */
export async function runJobWithHelper(job: ReadJob, config: Config): Promise<LintOutcome> {
  try {
    const { root, notices } = await parseWithHelper(job.text);
    const result = lintTree(job.text, root, { config, detect: job.detect && detectOptions(config, job.detect) });
    return { file: job.file, hash: job.hash, report: toReport(job.path, notices.length > 0 ? { ...result, notices } : result, config) };
  } catch (error) {
    return { file: job.file, path: job.path, error: `cannot lint: ${(error as Error).message}` };
  }
}

function toReport(path: string, result: LintResult, config: Config): FileReport {
  const { plan, detection } = result;
  const language = config.language ?? plan.language;
  const report: FileReport = {
    path,
    kind: plan.kind,
    isPlan: detection.isPlan,
    detection: detection.reason[language],
    coverage: result.coverage,
    answers: detection.isPlan ? answerEvidence(plan, language) : {},
    findings: result.findings,
  };
  // Parts read as plain text (too complex to parse) travel with the report, through the cache too.
  return result.notices ? Object.assign(report, { notices: result.notices }) : report;
}

/** The notices of a report: parts of the plan too complex to parse, read as plain text. */
export function noticesOf(report: FileReport): ParseNotice[] {
  return (report as FileReport & { notices?: ParseNotice[] }).notices ?? [];
}
