/** Template filling and naming, shared by the extension and the CLI (pure: no vscode, no Node). */
/** One entry of templates/index.json. */
export interface TemplateEntry {
  id: string;
  lang: string;
  file: string;
  kind: string;
  label: string;
  description: string;
  variables: string[];
  questions?: string[];
  extraSections?: string[];
}

export function templatesFor(index: readonly TemplateEntry[], language: string): TemplateEntry[] {
  const own = index.filter((entry) => entry.lang === language);
  return own.length > 0 ? own : [...index];
}

const VARIABLE = /\{\{\s*([a-zA-Z][\w-]*)\s*\}\}/g;

/** Variable names in order of first use: a team template declares them by using them. */
export function templateVariables(text: string): string[] {
  return [...new Set([...text.matchAll(VARIABLE)].map((match) => match[1]))];
}

const FRONTMATTER = /^---\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/**
 * Replaces `{{name}}` with its value; unknown names stay. In the frontmatter the
 * value is escaped for a double-quoted YAML string, because the templates write
 * `titel: "{{title}}"` and a title may contain a quote.
 */
export function fillTemplate(text: string, values: Readonly<Record<string, string>>): string {
  const replace = (part: string, escape: (value: string) => string) =>
    part.replace(VARIABLE, (whole, name: string) => (Object.hasOwn(values, name) ? escape(values[name]) : whole));
  const frontmatter = FRONTMATTER.exec(text)?.[0] ?? '';
  const yamlEscape = (value: string) => value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r?\n/g, ' ');
  return replace(frontmatter, yamlEscape) + replace(text.slice(frontmatter.length), (value) => value);
}

/** A file name from a title: lower case, no accents, dashes. */
export function slugify(title: string): string {
  const slug = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'plan';
}

/** `base.md`, else `base-2.md`, `base-3.md`, ...: never a name that exists. */
export function uniqueFileName(base: string, exists: (name: string) => boolean, extension = '.md'): string {
  if (!exists(base + extension)) return base + extension;
  for (let n = 2; ; n++) {
    const name = `${base}-${n}${extension}`;
    if (!exists(name)) return name;
  }
}

/** Today as YYYY-MM-DD in local time, the form the templates' `datum` expects. */
export function isoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A label for a team template: its first heading without variables, else its file name. */
export function teamTemplateLabel(text: string, fileName: string): string {
  const heading = firstHeading(text.replace(FRONTMATTER, ''));
  const clean = heading?.replace(VARIABLE, '').replace(/\s+/g, ' ').trim();
  return clean || fileName.replace(/\.md$/i, '');
}

// The text of the first ATX heading, its closing #s and white space cut off by hand: as one regex
// (`/^#{1,6}\s+(.+?)\s*#*\s*$/m`) a run of spaces and #s at the end of a line was shared out between its
// three tails in every way, and a 9 KB template line took 24 s.
function firstHeading(text: string): string | undefined {
  for (const line of text.split(/\r?\n/)) {
    const open = /^#{1,6}[ \t]+/.exec(line);
    if (!open) continue;
    let heading = line.slice(open[0].length).trimEnd();
    // A closing run of #s counts only after white space (CommonMark): "Plan in C#" keeps its #.
    let end = heading.length;
    while (end > 0 && heading[end - 1] === '#') end--;
    if (end === 0 || /[ \t]/.test(heading[end - 1])) heading = heading.slice(0, end).trimEnd();
    if (heading) return heading;
  }
  return undefined;
}
