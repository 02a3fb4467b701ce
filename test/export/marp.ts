/** Converts decks with the real marp-cli (no browser needed for HTML) and reads the slides back. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const MARP_CLI = path.join(path.dirname(require.resolve('@marp-team/marp-cli/package.json')), 'marp-cli.js');

export interface Slide {
  /** The slide's HTML as marp renders it. */
  html: string;
  /** Its visible text, tags removed and entities decoded. */
  text: string;
  /** Its speaker notes as text ('' when none). */
  notes: string;
}

export interface Conversion {
  decks: Record<string, Slide[]>;
  /** What marp-cli wrote to stderr: warnings show up here. */
  log: string;
  html: Record<string, string>;
}

/** One marp-cli run for all decks: it takes a second or so to start. */
export function convertWithMarp(decks: Record<string, string>): Conversion {
  const dir = mkdtempSync(path.join(tmpdir(), 'innovatie-marp-'));
  try {
    const files = Object.entries(decks).map(([name, deck]) => {
      const file = path.join(dir, `${name}.md`);
      writeFileSync(file, deck);
      return file;
    });
    const run = spawnSync(process.execPath, [MARP_CLI, '--no-config-file', ...files], { cwd: dir, encoding: 'utf8', timeout: 120_000 });
    if (run.status !== 0) throw new Error(`marp-cli failed (${run.status}): ${run.stderr}`);
    const html: Record<string, string> = {};
    const result: Record<string, Slide[]> = {};
    for (const name of Object.keys(decks)) {
      html[name] = readFileSync(path.join(dir, `${name}.html`), 'utf8');
      result[name] = slidesOf(html[name]);
    }
    return { decks: result, log: run.stderr, html };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function slidesOf(html: string): Slide[] {
  const notes = new Map<number, string>();
  for (const match of html.matchAll(/<div class="bespoke-marp-note" data-index="(\d+)"[^>]*>([\s\S]*?)<\/div>/g)) notes.set(Number(match[1]), textOf(match[2]));
  return [...html.matchAll(/<section id="(\d+)"[^>]*>([\s\S]*?)<\/section>/g)].map((match, index) => ({
    html: match[2],
    text: textOf(match[2]),
    notes: notes.get(index) ?? '',
  }));
}

function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;|&#x27;/g, "'").replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}
