import { writeFileSync } from 'node:fs';
import { answerEvidence, lintTree, type Config, type LintResult } from '../../core/index.js';
import { hashBytes } from '../files.js';
import type { FileReport } from '../format/types.js';
import { detectOptions, lintText, type DetectRequest } from './engine.js';
import { fixText } from './fix.js';
import { parseWithHelper } from './split-parse.js';
import type { ParseNotice } from '../../core/parse/guard.js';

/**
 * One file to lint, already read (the main thread reads every file to compare
 * its hash with the cache, so only changed files reach a worker). Plain data,
 * so it can be posted to a worker thread.
 */
export interface LintJob {
  /** Absolute path. */
  file: string;
  /** Path shown in reports, relative to the working directory. */
  path: string;
  text: string;
  /** The file started with a byte order mark, to be kept when fixing. */
  bom: boolean;
  hash: string;
  fix: boolean;
  /** Plan detection; absent: every file is checked as a plan. */
  detect?: DetectRequest;
}

export type LintOutcome = { file: string; hash: string; report: FileReport } | { file: string; path: string; error: string };

/** Lints (and with fix, rewrites) one file. Never throws: a failure is an outcome. */
export function runJob(job: LintJob, config: Config): LintOutcome {
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
export async function runJobWithHelper(job: LintJob, config: Config): Promise<LintOutcome> {
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
