/** A block from snippets/innovatie.code-snippets. */
export interface SnippetEntry {
  name: string;
  prefixes: string[];
  /** VS Code snippet syntax ($1, ${2:text}). */
  body: string;
  description: string;
  /** From the "(nl)" / "(en)" at the end of the name; undefined means both. */
  language?: 'nl' | 'en';
}

interface RawSnippet {
  prefix?: string | string[];
  body?: string | string[];
  description?: string;
}

export function parseSnippets(json: string): SnippetEntry[] {
  const data = JSON.parse(json) as Record<string, RawSnippet>;
  return Object.entries(data)
    .filter(([, raw]) => raw && raw.prefix && raw.body)
    .map(([name, raw]) => ({
      name,
      prefixes: ([] as string[]).concat(raw.prefix!),
      body: ([] as string[]).concat(raw.body!).join('\n'),
      description: raw.description ?? '',
      language: /\((nl|en)\)\s*$/.exec(name)?.[1] as 'nl' | 'en' | undefined,
    }));
}

export function snippetsFor(entries: readonly SnippetEntry[], language: 'nl' | 'en'): SnippetEntry[] {
  return entries.filter((entry) => !entry.language || entry.language === language);
}

/** Where a completion at the end of `linePrefix` would start, if it is a block completion. */
export type BlockTrigger = { kind: 'slash' | 'line-start'; start: number; typed: string };

const SLASH = /^([ \t]*(?:>[ \t]?)*)\/([\w-]*)$/;
const LINE_START = /^([ \t]*(?:>[ \t]?)*)([\w-]*)$/;

/**
 * `/` at the start of a line (after indentation or `>`) offers blocks and is
 * replaced by the chosen one; so is a single word at the start of a line.
 */
export function blockTrigger(linePrefix: string): BlockTrigger | undefined {
  const slash = SLASH.exec(linePrefix);
  if (slash) return { kind: 'slash', start: slash[1].length, typed: slash[2] };
  const word = LINE_START.exec(linePrefix);
  if (word) return { kind: 'line-start', start: word[1].length, typed: word[2] };
  return undefined;
}

/** The body as plain text, for a preview: placeholders become their default text. */
export function snippetPreview(body: string): string {
  let text = body;
  // Nested placeholders unwrap from the inside out.
  for (let i = 0; i < 5 && /\$\{\d+:/.test(text); i++) text = text.replace(/\$\{\d+:([^${}]*)\}/g, '$1');
  return text.replace(/\$\{\d+\|([^,|}]*)[^}]*\|\}/g, '$1').replace(/\$\{?\d+\}?/g, '');
}
