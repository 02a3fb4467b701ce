import { statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { PathPatterns, type Language } from '../../core/index.js';
import { loadConfig } from '../config.js';
import { collectPlanDiffs, hasWeakened, readWorkingTree, type FileDiff, type ReadSide } from '../diff/collect.js';
import { changedFiles, defaultBase, mergeBase, repositoryRoot, resolveRevision, showFile, type ChangedFile } from '../diff/git.js';
import { diffJson } from '../diff/json.js';
import { diffMarkdown } from '../diff/markdown.js';
import { diffStylish } from '../diff/stylish.js';
import { UsageError, type CommandIO } from '../io.js';

export const DIFF_HELP = `Usage: innovatie diff [options] [<rev-a> [<rev-b>]] [-- <paths>...]
       innovatie diff [options] <old.md> <new.md>

What changed per question (wie, wat, hoe, wanneer, kosten and the kind's
further questions) in the plans that differ: status before and after, the
changed words, and the owner, dates (shift in days) and cost (difference)
where they can be read. Sections are matched by question, not by position.

  (no revision)   the merge base with the default branch (origin/HEAD, else
                  main, else master) against the working tree
  <rev-a>         that revision against the working tree
  <rev-a> <rev-b> two revisions (also <rev-a>..<rev-b>)
  <rev-a>...<rev-b>  where rev-b branched off rev-a, against rev-b (a pull request)
  <old> <new>     two existing files, no git needed

Only Markdown files that are plans on either side are reported (as in lint).

Options:
  -f, --format <name>          stylish (default), markdown (a pull-request comment,
                               under 65,000 characters) or json
  -o, --output-file <file>     write the output to a file instead of stdout
  -c, --config <file>          use this configuration instead of the nearest .innovatierc.json
      --lang <nl|en>           language of the reasons (default: config, else the plan's)
      --force                  treat every changed Markdown file as a plan
  -h, --help                   show this help

Exit codes: 0 no answer got weaker, 1 a question of a plan went from answered
to weak or missing, 2 bad usage, an unknown revision or no git repository.
`;

const FORMATS: Record<string, (diffs: FileDiff[], io: CommandIO) => string> = {
  stylish: (diffs, io) => diffStylish(diffs, io.color),
  markdown: (diffs) => diffMarkdown(diffs),
  json: (diffs) => diffJson(diffs),
};

export async function runDiff(args: string[], io: CommandIO): Promise<number> {
  // Everything after "--" is a path, even when it looks like an option or a revision.
  const dash = args.indexOf('--');
  const { values, positionals } = parseArgs({
    args: dash < 0 ? args : args.slice(0, dash),
    allowPositionals: true,
    options: {
      format: { type: 'string', short: 'f', default: 'stylish' },
      'output-file': { type: 'string', short: 'o' },
      config: { type: 'string', short: 'c' },
      lang: { type: 'string' },
      force: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout(DIFF_HELP);
    return 0;
  }
  const render = FORMATS[values.format!];
  if (!render) throw new UsageError(`unknown format '${values.format}' (use stylish, markdown or json)`);
  if (values.lang !== undefined && values.lang !== 'nl' && values.lang !== 'en') throw new UsageError(`--lang must be nl or en, not '${values.lang}'`);
  if (positionals.length > 2) throw new UsageError('name at most two revisions (or two files); put paths after --');
  const paths = dash < 0 ? [] : args.slice(dash + 1);

  const { config, file: configFile } = loadConfig(io.cwd, values.config);
  const language = (values.lang ?? config.language) as Language | undefined;
  const plainFiles = positionals.length === 2 && positionals.every((name) => isFile(path.resolve(io.cwd, name)));
  const source = plainFiles ? fileSource(positionals[0], positionals[1], io.cwd) : await gitSource(positionals, paths, io.cwd);
  const detectBase = configFile ? path.dirname(configFile) : source.root;
  const ignored = new PathPatterns(config.ignore ?? []);
  const files = source.files.filter((file) => !ignored.matches(path.relative(detectBase, path.join(source.root, file.path))));
  const diffs = await collectPlanDiffs(files, source.readBefore, source.readAfter, { config, detectBase, root: source.root, force: values.force!, language });
  const shown = plainFiles ? diffs : diffs.map((diff) => relativeTo(io.cwd, source.root, diff));

  const output = render(shown, io);
  if (values['output-file']) writeFileSync(path.resolve(io.cwd, values['output-file']), output);
  else io.stdout(output);
  return hasWeakened(diffs) ? 1 : 0;
}

interface Source {
  root: string;
  files: ChangedFile[];
  readBefore: ReadSide;
  readAfter: ReadSide;
}

async function gitSource(revisions: string[], paths: string[], cwd: string): Promise<Source> {
  const root = await repositoryRoot(cwd);
  const { base, head } = await resolveRange(revisions, cwd);
  const files = await changedFiles(base, head, paths, cwd);
  const at = (revision: string): ReadSide => (file) => showFile(revision, file, root).catch(() => undefined);
  return { root, files, readBefore: at(base), readAfter: head ? at(head) : readWorkingTree(root) };
}

/**
 * No revision: the default base against the working tree; one: it against the working tree; two,
 * or "A..B": those commits; "A...B" (as in a pull request): where B branched off A, against B.
 */
async function resolveRange(revisions: string[], cwd: string): Promise<{ base: string; head?: string }> {
  const range = revisions.length === 1 ? /^(.*?)(\.{2,3})(.*)$/.exec(revisions[0]) : null;
  if (range) {
    const from = await resolveRevision(range[1] || 'HEAD', cwd);
    const to = await resolveRevision(range[3] || 'HEAD', cwd);
    return { base: range[2] === '...' ? await mergeBase(from, to, cwd) : from, head: to };
  }
  const base = revisions[0] === undefined ? await defaultBase(cwd) : await resolveRevision(revisions[0], cwd);
  return { base, head: revisions[1] === undefined ? undefined : await resolveRevision(revisions[1], cwd) };
}

/** Two files named on the command line: one modified plan, shown under the names given. */
function fileSource(before: string, after: string, cwd: string): Source {
  const read = readWorkingTree(cwd);
  const file: ChangedFile = before === after ? { status: 'modified', path: after } : { status: 'modified', path: after, previousPath: before };
  return { root: cwd, files: [file], readBefore: read, readAfter: read };
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** git names files from the repository root; show them from where the command runs, as lint does. */
function relativeTo(cwd: string, root: string, diff: FileDiff): FileDiff {
  const from = (file: string) => path.relative(cwd, path.join(root, file)).split(path.sep).join('/');
  return { ...diff, path: from(diff.path), ...(diff.previousPath ? { previousPath: from(diff.previousPath) } : {}) };
}
