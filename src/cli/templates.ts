import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { teamTemplateLabel, type TemplateEntry } from '../core/templates.js';
import { templatesDir } from './assets.js';

/** Where a team keeps its own templates, relative to the repository root. */
export const TEAM_TEMPLATE_DIR = path.join('.innovatie', 'templates');

export interface TemplateChoice {
  id: string;
  lang?: string;
  label: string;
  description: string;
  /** Absolute path of the Markdown file. */
  file: string;
  source: 'built-in' | 'team';
}

export function builtInTemplates(): TemplateChoice[] {
  const index = JSON.parse(readFileSync(path.join(templatesDir(), 'index.json'), 'utf8')) as TemplateEntry[];
  return index.map((entry) => ({
    id: entry.id,
    lang: entry.lang,
    label: entry.label,
    description: entry.description,
    file: path.join(templatesDir(), ...entry.file.split('/')),
    source: 'built-in',
  }));
}

/** `.innovatie/templates/*.md` in cwd or the nearest parent folder that has one, up to the repository root. */
export function teamTemplates(cwd: string): TemplateChoice[] {
  const folder = findTeamFolder(cwd);
  if (!folder) return [];
  return readdirSync(folder)
    .filter((name) => name.toLowerCase().endsWith('.md'))
    .sort()
    .map((name) => {
      const file = path.join(folder, name);
      return { id: name.replace(/\.md$/i, ''), label: teamTemplateLabel(readFileSync(file, 'utf8'), name), description: path.relative(cwd, file), file, source: 'team' as const };
    });
}

function findTeamFolder(cwd: string): string | undefined {
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, TEAM_TEMPLATE_DIR);
    if (existsSync(candidate)) return candidate;
    if (existsSync(path.join(dir, '.git')) || path.dirname(dir) === dir) return undefined;
  }
}

/** A team template wins over a built-in one of the same name; built-ins prefer the asked language. */
export function findTemplate(name: string, lang: string, cwd: string): TemplateChoice | undefined {
  const team = teamTemplates(cwd).find((choice) => choice.id === name);
  if (team) return team;
  const builtIn = builtInTemplates().filter((choice) => choice.id === name);
  return builtIn.find((choice) => choice.lang === lang) ?? builtIn[0];
}
