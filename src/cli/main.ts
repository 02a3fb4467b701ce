import { ConfigError } from '../core/index.js';
import { runLint, LINT_HELP } from './commands/lint.js';
import { UsageError, type CommandIO } from './io.js';

const HELP = `Usage: innovatie <command> [options]

Commands:
  lint <paths...>   check plans for wie / wat / hoe / wanneer / kosten

Run 'innovatie <command> --help' for a command's options.
`;

const COMMANDS: Record<string, { run: (args: string[], io: CommandIO) => Promise<number>; help: string }> = {
  lint: { run: runLint, help: LINT_HELP },
};

export async function main(argv: string[], io: CommandIO): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    io.stdout(HELP);
    return command ? 0 : 2;
  }
  if (command === '--version' || command === '-v') {
    io.stdout(`${VERSION}\n`);
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
      return 2;
    }
    if (error instanceof ConfigError) {
      io.stderr(`innovatie: ${error.message}\n`);
      return 2;
    }
    io.stderr(`innovatie: ${(error as Error).message}\n`);
    return 2;
  }
}

declare const __VERSION__: string | undefined;
const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : 'dev';

if (require.main === module) {
  main(process.argv.slice(2), {
    cwd: process.cwd(),
    color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  }).then((code) => {
    process.exitCode = code;
  });
}
