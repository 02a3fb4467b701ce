import { isMainThread, workerData } from 'node:worker_threads';
import { ConfigError } from '../core/index.js';
import { runDiff, DIFF_HELP } from './commands/diff.js';
import { runExplain, EXPLAIN_HELP } from './commands/explain.js';
import { runExport, EXPORT_HELP } from './commands/export.js';
import { runInit, INIT_HELP } from './commands/init.js';
import { runLint, LINT_HELP } from './commands/lint.js';
import { runNew, NEW_HELP } from './commands/new.js';
import { runReport, REPORT_HELP } from './commands/report.js';
import { RefusalError, UsageError, type CommandIO } from './io.js';
import { serveLintJobs, WORKER_FLAG } from './lint/pool.js';
import { PARSE_WORKER_FLAG, serveParseUnits } from './lint/split-parse.js';
import { VERSION } from './version.js';

const HELP = `Usage: innovatie <command> [options]

Commands:
  lint <paths...>          check plans for wie / wat / hoe / wanneer / kosten
  explain <plan>           per question: answered, weak or missing, where and why
  new <template> [path]    write a new plan from a template (--list shows them)
  init                     add .innovatierc.json and the snippet pack to a repository
  report [paths...]        portfolio overview of all plans (md, html or json)
  diff [rev-a [rev-b]]     what changed per question in plans, between revisions or two files
  export pitch|board <plan>  a Marp pitch deck, or the board as JSON Canvas

Options:
  -h, --help               show help (also after a command)
  -v, --version            show the version

Run 'innovatie <command> --help' for a command's options.
`;

type Command = { run: (args: string[], io: CommandIO) => Promise<number>; help: string };

const COMMANDS: Record<string, Command> = {
  lint: { run: runLint, help: LINT_HELP },
  explain: { run: runExplain, help: EXPLAIN_HELP },
  new: { run: runNew, help: NEW_HELP },
  init: { run: runInit, help: INIT_HELP },
  report: { run: runReport, help: REPORT_HELP },
  diff: { run: runDiff, help: DIFF_HELP },
  export: { run: runExport, help: EXPORT_HELP },
};

/** Runs one command; returns the exit code. Never calls process.exit, so tests can run it in-process. */
export async function main(argv: string[], io: CommandIO): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    io.stdout(HELP);
    return command ? 0 : 2;
  }
  if (command === '--version' || command === '-v') {
    io.stdout(`${io.version ?? VERSION}\n`);
    return 0;
  }
  const entry = COMMANDS[command];
  if (!entry) {
    io.stderr(`innovatie: unknown command '${command}'\n\n${HELP}`);
    return 2;
  }
  try {
    return await entry.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`innovatie ${command}: ${(error as Error).message}\n\n${entry.help}`);
    } else {
      // Invalid config, refusals and I/O errors: the message says it all, no help text needed.
      const known = error instanceof ConfigError || error instanceof RefusalError;
      io.stderr(`innovatie: ${known ? '' : `${command}: `}${(error as Error).message}\n`);
    }
    return 2;
  }
}

if (!isMainThread && workerData?.[WORKER_FLAG]) {
  serveLintJobs(workerData.config);
} else if (!isMainThread && workerData?.[PARSE_WORKER_FLAG]) {
  serveParseUnits();
} else if (require.main === module) {
  main(process.argv.slice(2), {
    cwd: process.cwd(),
    color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  }).then((code) => {
    process.exitCode = code;
  });
}
