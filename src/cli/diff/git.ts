import { execFile } from 'node:child_process';
import { RefusalError } from '../io.js';

/** git's own words for how a file changed between two trees, reduced to what a review needs. */
export type FileStatus = 'added' | 'removed' | 'modified' | 'renamed';

export interface ChangedFile {
  status: FileStatus;
  /** Relative to the repository root, forward slashes. */
  path: string;
  previousPath?: string;
}

const MAX_OUTPUT = 256 * 1024 * 1024;

/** Runs git without a shell (arguments are never interpreted) and returns its stdout. */
export function git(args: string[], cwd: string): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('git', args, { cwd, encoding: 'utf8', maxBuffer: MAX_OUTPUT }, (error, stdout, stderr) => {
      if (!error) resolve(stdout);
      else if ((error as NodeJS.ErrnoException).code === 'ENOENT') reject(new RefusalError('git is not installed or not on the PATH: innovatie diff needs it (or two files to compare)'));
      else reject(Object.assign(new Error(stderr.trim() || error.message), { gitFailed: true }));
    });
  });
}

export async function repositoryRoot(cwd: string): Promise<string> {
  try {
    return (await git(['rev-parse', '--show-toplevel'], cwd)).trim();
  } catch (error) {
    if (error instanceof RefusalError) throw error;
    throw new RefusalError(`not a git repository: ${cwd} (innovatie diff compares git revisions, or two files: innovatie diff old.md new.md)`);
  }
}

/** The commit a revision names; a clear refusal when it names none. */
export async function resolveRevision(revision: string, cwd: string): Promise<string> {
  try {
    return (await git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`], cwd)).trim();
  } catch {
    throw new RefusalError(`unknown revision '${revision}' (a branch, tag or commit of this repository)`);
  }
}

/** Where a pull request branched off: the merge base with origin/HEAD, else main, else master. */
export async function defaultBase(cwd: string): Promise<string> {
  const candidates: string[] = [];
  try {
    candidates.push((await git(['rev-parse', '--abbrev-ref', 'origin/HEAD'], cwd)).trim());
  } catch {
    // No remote HEAD (a fresh clone in CI often lacks it): try the usual names.
  }
  candidates.push('main', 'master', 'origin/main', 'origin/master');
  for (const branch of candidates) {
    const commit = await git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${branch}^{commit}`], cwd).catch(() => '');
    if (!commit.trim()) continue;
    return mergeBase(commit.trim(), 'HEAD', cwd);
  }
  throw new RefusalError('no default branch found (origin/HEAD, main or master): name the revision to compare with (innovatie diff REV)');
}

export async function mergeBase(a: string, b: string, cwd: string): Promise<string> {
  try {
    return (await git(['merge-base', a, b], cwd)).trim();
  } catch {
    throw new RefusalError(`the two revisions have no common ancestor (is the clone shallow? fetch with depth 0)`);
  }
}

/**
 * Markdown files that differ between `base` and `head` (undefined: the working tree, with
 * untracked files as added), renames detected by git (-M).
 */
export async function changedFiles(base: string, head: string | undefined, paths: string[], cwd: string): Promise<ChangedFile[]> {
  const pathspec = ['--', ...paths];
  const output = await git(['diff', '--name-status', '-z', '-M', '--no-ext-diff', base, ...(head ? [head] : []), ...pathspec], cwd);
  const files = parseNameStatus(output);
  if (!head) {
    const untracked = await git(['ls-files', '--others', '--exclude-standard', '-z', '--full-name', ...pathspec], cwd);
    for (const path of untracked.split('\0')) if (path) files.push({ status: 'added', path });
  }
  return files.filter((file) => isMarkdown(file.path) || (file.previousPath !== undefined && isMarkdown(file.previousPath)));
}

/** `git diff --name-status -z`: a status, then one path, or two for a rename or copy. */
export function parseNameStatus(output: string): ChangedFile[] {
  const fields = output.split('\0');
  const files: ChangedFile[] = [];
  for (let at = 0; at < fields.length && fields[at]; ) {
    const letter = fields[at][0];
    if (letter === 'R' || letter === 'C') {
      const [previousPath, path] = [fields[at + 1], fields[at + 2]];
      files.push(letter === 'R' ? { status: 'renamed', path, previousPath } : { status: 'added', path });
      at += 3;
    } else {
      const path = fields[at + 1];
      files.push({ status: letter === 'A' ? 'added' : letter === 'D' ? 'removed' : 'modified', path });
      at += 2;
    }
  }
  return files;
}

export function isMarkdown(path: string): boolean {
  return /\.(?:md|markdown)$/i.test(path);
}

/** A file's text at a revision (`git show REV:path`, the path from the repository root). */
export function showFile(revision: string, path: string, root: string): Promise<string> {
  return git(['show', '--no-textconv', `${revision}:${path}`], root);
}
