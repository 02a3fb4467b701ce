import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { RULES } from '../../core/index.js';
import { snippetsFile } from '../assets.js';
import { CONFIG_FILE } from '../config.js';
import { nextSteps } from '../hints.js';
import { VERSION } from '../version.js';
import { RefusalError, UsageError, type CommandIO } from '../io.js';

export const INIT_HELP = `Usage: innovatie init [options]

Sets up a repository for reviewing plans: writes a starter ${CONFIG_FILE}
and the team's snippet pack (.vscode/innovatie.code-snippets), then prints how
to add a pre-commit hook and a CI step. Writes nothing when either file exists,
unless --force.

Options:
      --lang <nl|en>   language of messages in the configuration (default nl)
      --force          overwrite existing files
  -h, --help           show this help
`;

const SNIPPETS_TARGET = path.join('.vscode', 'innovatie.code-snippets');
const PACKAGE_SCHEMA = './node_modules/innovatie/schemas/innovatierc.schema.json';
/** The schema as published with the package: the same file for everyone, wherever the CLI runs. */
export const PUBLISHED_SCHEMA = (version: string = VERSION): string =>
  `https://unpkg.com/innovatie${/^\d+\.\d+\.\d+/.test(version) ? `@${version}` : ''}/schemas/innovatierc.schema.json`;

export async function runInit(args: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      lang: { type: 'string', default: 'nl' },
      force: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout(INIT_HELP);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}'`);
  if (values.lang !== 'nl' && values.lang !== 'en') throw new UsageError(`--lang must be nl or en, not '${values.lang}'`);

  const files = [
    { name: CONFIG_FILE, content: starterConfig(io.cwd, values.lang, io.version) },
    { name: SNIPPETS_TARGET, content: readFileSync(snippetsFile(), 'utf8') },
  ];
  const existing = files.filter((file) => existsSync(path.join(io.cwd, file.name)));
  if (existing.length > 0 && !values.force) {
    throw new RefusalError(`${existing.map((file) => file.name).join(' and ')} already ${existing.length === 1 ? 'exists' : 'exist'}; nothing was written (use --force to overwrite)`);
  }
  for (const file of files) {
    mkdirSync(path.dirname(path.join(io.cwd, file.name)), { recursive: true });
    writeFileSync(path.join(io.cwd, file.name), file.content);
  }
  io.stdout(nextSteps(files.map((file) => file.name)));
  return 0;
}

/** Every rule at its default severity, so a team sees what it can switch off or tighten. */
function starterConfig(cwd: string, language: string, version: string | undefined): string {
  const config = {
    $schema: schemaReference(cwd, version),
    language,
    rules: Object.fromEntries(RULES.map((rule) => [rule.id, rule.defaultSeverity])),
    // Team templates are meant to be incomplete: keep them out of lint and the pre-commit hook.
    ignore: ['.innovatie/templates/**', 'node_modules/**'],
  };
  return JSON.stringify(config, null, 2) + '\n';
}

/**
 * The repository's own install of the package when it has one (offline, and the version its
 * linter runs); otherwise the published schema of this CLI's version. Never a path into a
 * global install or a checkout, which would differ per machine.
 */
function schemaReference(cwd: string, version: string | undefined): string {
  return existsSync(path.join(cwd, PACKAGE_SCHEMA)) ? PACKAGE_SCHEMA : PUBLISHED_SCHEMA(version);
}
