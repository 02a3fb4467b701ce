import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fillTemplate, isoDate, slugify } from '../../core/templates.js';
import { loadConfig } from '../config.js';
import { RefusalError, UsageError, type CommandIO } from '../io.js';
import { builtInTemplates, findTemplate, teamTemplates } from '../templates.js';

export const NEW_HELP = `Usage: innovatie new <template> [path] [options]
       innovatie new --list

Writes a new plan from a built-in template or a team template
(.innovatie/templates/<name>.md in the repository). Never overwrites a file.
Without a path the file is named after the title, in the current folder.

Options:
      --title <text>       title of the plan (default: the template's name)
      --team <text>        team or organisation
      --date <yyyy-mm-dd>  date of the document (default: today)
      --challenge <text>   the challenge the plan answers
      --set <name=value>   any other {{variable}} of a team template (repeatable)
      --lang <nl|en>       language of a built-in template (default: config, else nl)
      --list               list the templates
  -h, --help               show this help

Exit codes: 0 written, 2 bad usage, unknown template or the file exists.
`;

export async function runNew(args: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      title: { type: 'string' },
      team: { type: 'string' },
      date: { type: 'string' },
      challenge: { type: 'string' },
      set: { type: 'string', multiple: true, default: [] },
      lang: { type: 'string' },
      list: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout(NEW_HELP);
    return 0;
  }
  if (values.list) {
    io.stdout(listTemplates(io.cwd));
    return 0;
  }
  const [name, target, ...extra] = positionals;
  if (!name) throw new UsageError('name a template (innovatie new --list shows them)');
  if (extra.length > 0) throw new UsageError(`unexpected argument '${extra[0]}'`);
  if (values.lang !== undefined && values.lang !== 'nl' && values.lang !== 'en') throw new UsageError(`--lang must be nl or en, not '${values.lang}'`);
  const lang = values.lang ?? loadConfig(io.cwd).config.language ?? 'nl';
  const template = findTemplate(name, lang, io.cwd);
  if (!template) throw new RefusalError(`no template named '${name}' (innovatie new --list shows them)`);

  const variables: Record<string, string> = {
    title: values.title ?? template.label,
    team: values.team ?? '',
    date: values.date ?? io.today ?? isoDate(new Date()),
    challenge: values.challenge ?? '',
  };
  for (const pair of values.set!) {
    const match = /^([a-zA-Z][\w-]*)=(.*)$/s.exec(pair);
    if (!match) throw new UsageError(`--set takes name=value, not '${pair}'`);
    variables[match[1]] = match[2];
  }
  const content = fillTemplate(readFileSync(template.file, 'utf8'), variables);
  const file = targetFile(io.cwd, target, slugify(values.title ?? template.id));
  if (existsSync(file)) throw new RefusalError(`${path.relative(io.cwd, file) || file} already exists; nothing was written (choose another path)`);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content, { flag: 'wx' });
  io.stdout(`Wrote ${path.relative(io.cwd, file)} from the ${template.source} template '${template.id}'${template.lang ? ` (${template.lang})` : ''}.\n`);
  return 0;
}

/** A folder (existing, or written with a trailing slash) gets a file named after the title. */
function targetFile(cwd: string, target: string | undefined, slug: string): string {
  if (!target) return path.join(cwd, `${slug}.md`);
  const resolved = path.resolve(cwd, target);
  const isFolder = /[\\/]$/.test(target) || (existsSync(resolved) && statSync(resolved).isDirectory());
  return isFolder ? path.join(resolved, `${slug}.md`) : resolved;
}

function listTemplates(cwd: string): string {
  const byId = new Map<string, { langs: string[]; label: string; description: string }>();
  for (const choice of builtInTemplates()) {
    const entry = byId.get(choice.id);
    if (entry) entry.langs.push(choice.lang!);
    else if (choice.lang === 'nl' || !byId.has(choice.id)) byId.set(choice.id, { langs: [choice.lang!], label: choice.label, description: choice.description });
  }
  const width = Math.max(...[...byId.keys()].map((id) => id.length));
  const lines = ['Built-in templates:'];
  for (const [id, entry] of byId) lines.push(`  ${id.padEnd(width)}  ${entry.langs.join('/').padEnd(5)}  ${entry.description}`);
  const team = teamTemplates(cwd);
  lines.push('', team.length > 0 ? 'Team templates:' : 'Team templates: none (add .innovatie/templates/<name>.md)');
  for (const choice of team) lines.push(`  ${choice.id}  ${choice.label}  (${choice.description})`);
  return lines.join('\n') + '\n';
}
