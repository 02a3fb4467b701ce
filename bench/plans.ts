import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const EXAMPLES = path.join(__dirname, '..', 'examples');

/** Body sections of the example plans (frontmatter and title dropped), to build large plans from. */
function exampleSections(): string[] {
  const sections: string[] = [];
  for (const lang of ['nl', 'en']) {
    for (const file of readdirSync(path.join(EXAMPLES, lang))) {
      const text = readFileSync(path.join(EXAMPLES, lang, file), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
      for (const part of text.split(/\n(?=## )/)) if (part.startsWith('## ')) sections.push(part.trimEnd() + '\n');
    }
  }
  return sections;
}

/** A realistic plan of about `bytes` bytes: frontmatter, a title, and example sections numbered in turn. */
export function generatePlan(bytes: number): string {
  const sections = exampleSections();
  const parts = ['---\nsoort: innovatieagenda\ntitel: Benchmarkplan\ndatum: "2026-11-25"\n---\n\n# Innovatieagenda benchmark\n\n'];
  let size = parts[0].length;
  for (let i = 0; size < bytes; i++) {
    const section = sections[i % sections.length].replace(/^## /, `## ${i + 1}. `);
    parts.push(section, '\n');
    size += section.length + 1;
  }
  return parts.join('');
}
