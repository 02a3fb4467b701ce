import { readFileSync } from 'node:fs';
import path from 'node:path';
import { diffPlans, type Config, type Language, type LintResult, type PlanDiff } from '../../core/index.js';
import { lintText } from '../lint/engine.js';
import type { ChangedFile, FileStatus } from './git.js';

/** One plan's entry in the output: how the file changed and what changed per question. */
export interface FileDiff extends PlanDiff {
  path: string;
  status: FileStatus;
  previousPath?: string;
}

/** Reads one side of a changed file; undefined when the file does not exist on that side. */
export type ReadSide = (path: string) => Promise<string | undefined>;

export interface CollectOptions {
  config: Config;
  /** Folder the config's `plans` globs are relative to (the config's folder, else the repository root). */
  detectBase: string;
  /** Repository root: the changed files' paths are relative to it. */
  root: string;
  force: boolean;
  language?: Language;
}

/**
 * Diffs every changed file that is a plan on either side (the core's detection decides, as in
 * `lint`); READMEs and notes are left out. Paths in the result are as git gives them.
 */
export async function collectPlanDiffs(files: ChangedFile[], readBefore: ReadSide, readAfter: ReadSide, options: CollectOptions): Promise<FileDiff[]> {
  const diffs: FileDiff[] = [];
  for (const file of files) {
    const beforePath = file.previousPath ?? file.path;
    const [beforeText, afterText] = await Promise.all([file.status === 'added' ? undefined : readBefore(beforePath), file.status === 'removed' ? undefined : readAfter(file.path)]);
    const before = beforeText === undefined ? undefined : judge(beforeText, beforePath, options);
    const after = afterText === undefined ? undefined : judge(afterText, file.path, options);
    if (!before?.detection.isPlan && !after?.detection.isPlan) continue;
    const diff = diffPlans(before, after, { language: options.language });
    diffs.push({ path: file.path, status: file.status, ...(file.previousPath ? { previousPath: file.previousPath } : {}), ...diff });
  }
  return diffs;
}

function judge(text: string, file: string, options: CollectOptions): LintResult {
  const detectPath = path.relative(options.detectBase, path.join(options.root, file)).split(path.sep).join('/');
  return lintText(text, options.config, { path: detectPath, force: options.force });
}

/** The working tree side: a file that is not there was removed. */
export function readWorkingTree(root: string): ReadSide {
  return async (file) => {
    try {
      return readFileSync(path.join(root, file), 'utf8');
    } catch {
      return undefined;
    }
  };
}

/** Whether any question of a plan that stayed went from answered to weak or missing. */
export function hasWeakened(diffs: FileDiff[]): boolean {
  return diffs.some((diff) => diff.changes.some((change) => change.weakened));
}
