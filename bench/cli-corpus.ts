/**
 * The corpus for bench/cli.ts: 2,000 realistic plans of 2–6 KB and one 5 MB plan,
 * built from the examples, the test corpus and the filled templates, in the shapes
 * plans take (headings at any level, numbered, as questions, bold labels, tables,
 * frontmatter, prose). Deterministic: the same seed gives the same files.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.join(__dirname, '..');
/** Bump when the generator changes, so an old corpus is made again. */
const GENERATOR_VERSION = 4;

function seedTexts(): string[] {
  const folders = ['examples/nl', 'examples/en', 'test/corpus', 'templates/nl', 'templates/en'];
  return folders.flatMap((folder) =>
    readdirSync(path.join(ROOT, folder))
      .filter((name) => name.endsWith('.md'))
      .map((name) => readFileSync(path.join(ROOT, folder, name), 'utf8'))
      .map((text) => text.replace(/\{\{title\}\}/g, 'Slimmer werken in de regio').replace(/\{\{team\}\}/g, 'Team Noord').replace(/\{\{date\}\}/g, '2026-11-25').replace(/\{\{challenge\}\}/g, 'Tekort aan ICT-personeel')),
  );
}

/** Sections (a heading and its body) of every seed, frontmatter and title dropped. */
function seedSections(seeds: string[]): string[] {
  return seeds.flatMap((text) =>
    text
      .replace(/^---\n[\s\S]*?\n---\n/, '')
      .split(/\n(?=#{2,3} )/)
      .filter((part) => /^#{2,3} /.test(part) && part.length > 80)
      .map((part) => part.trimEnd() + '\n'),
  );
}

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Rewrites one section into another shape the linter must understand. */
const SHAPES: Array<(section: string, index: number) => string> = [
  (section) => section,
  (section) => section.replace(/^## /, '### '),
  (section, index) => section.replace(/^(#{2,3}) /, `$1 ${index + 1}. `),
  // "## Wie\n\nJan ..." becomes "**Wie:** Jan ...".
  (section) => section.replace(/^#{2,3} ([^\n]+)\n+/, (_, title: string) => `**${title.replace(/[?:]$/, '')}:** `),
  (section) => section.replace(/^#{2,3} ([^\n]+)\n+/, (_, title: string) => `${title.replace(/[?:]$/, '')}: `),
];

const TITLES = ['Digitaal loket', 'Slimme sensoren', 'Deelauto’s', 'Open data', 'Chatbot afval', 'Datalab', 'Talentpool', 'Energiecoach', 'Laadpalen', 'Peilbuizen'];

export function generatePlans(count: number): string[] {
  const seeds = seedTexts();
  const sections = seedSections(seeds);
  const next = random(20261125);
  const plans: string[] = [];
  for (let i = 0; i < count; i++) {
    const target = 2048 + Math.floor(next() * 4096);
    let text: string;
    if (next() < 0.3) {
      // A whole seed plan, topped up or cut at a section boundary to the target size.
      text = seeds[Math.floor(next() * seeds.length)];
      while (text.length < target) text += '\n' + sections[Math.floor(next() * sections.length)];
      const cut = text.lastIndexOf('\n## ', target + 1024);
      if (text.length > 6144 && cut > 2048) text = text.slice(0, cut + 1);
    } else {
      const parts = next() < 0.5 ? [`---\nsoort: ${['actieplan', 'pitch', 'plan', 'innovatieagenda'][i % 4]}\ndatum: "2026-11-25"\n---\n\n`] : [];
      parts.push(`# ${TITLES[i % TITLES.length]} ${i + 1}\n\n`);
      let size = parts.join('').length;
      for (let index = 0; size < target; index++) {
        const shape = SHAPES[Math.floor(next() * SHAPES.length)];
        const section = shape(sections[Math.floor(next() * sections.length)], index);
        if (size + section.length > 6144 && size > 2048) break;
        parts.push(section, '\n');
        size += section.length + 1;
      }
      text = parts.join('');
    }
    plans.push(text.slice(0, 6144));
  }
  return plans;
}

/** One long innovation agenda: every section of every seed, numbered, over and over. */
export function generateBigPlan(bytes: number): string {
  const sections = seedSections(seedTexts());
  const parts = ['---\nsoort: innovatieagenda\ntitel: Meerjarenagenda\ndatum: "2026-11-25"\n---\n\n# Innovatieagenda 2027–2035\n\n'];
  let size = parts[0].length;
  for (let i = 0; size < bytes; i++) {
    const section = sections[i % sections.length].replace(/^(#{2,3}) /, `$1 ${i + 1}. `);
    parts.push(section, '\n');
    size += section.length + 1;
  }
  return parts.join('');
}

/**
 * The same plans, a quarter of them with a contact line holding an e-mail address and a
 * web address: the parser skips the costly autolink literals only where no such text is.
 */
function withContacts(plans: string[]): string[] {
  return plans.map((text, i) => {
    if (i % 4 !== 0) return text;
    const contact = `\nContact: j.de.vries${i}@gemeente.nl, zie https://www.gemeente.nl/innovatie/${i}.\n`;
    const at = text.indexOf('\n## ', text.length >> 1);
    return at === -1 ? text + contact : text.slice(0, at) + '\n' + contact + text.slice(at);
  });
}

/**
 * Plans the generator did not make: every real public plan in test/corpus-real and every template,
 * cycled to `count` files, each with a random note list of 5–60 items (as teams paste their notes).
 */
export function realPlans(count: number): string[] {
  const real = ['test/corpus-real/tuning', 'test/corpus-real/holdout', 'test/corpus-real/holdout2', 'templates/nl', 'templates/en'].flatMap((folder) =>
    readdirSync(path.join(ROOT, folder)).filter((name) => name.endsWith('.md')).map((name) => readFileSync(path.join(ROOT, folder, name), 'utf8')),
  );
  const next = random(20261202);
  const notes = ['Navragen bij de leverancier', 'Check with legal', 'Inwonerspanel uitnodigen', 'Budget afstemmen met financiën', 'Pilot in wijk Noord', 'Data delen met de provincie', 'Follow up on the privacy scan', 'Workshop met het team'];
  return Array.from({ length: count }, (_, i) => {
    const items = 5 + Math.floor(next() * 56);
    const list = Array.from({ length: items }, (_, n) => `- ${notes[Math.floor(next() * notes.length)]} (${n + 1})`).join('\n');
    return `${real[i % real.length].trimEnd()}\n\n## Notities\n\n${list}\n`;
  });
}

/** Writes the corpus under `folder` (plans/, plans-contacts/ and big/) unless this generator version already did. */
export function ensureCorpus(folder: string, count = 2000, bigBytes = 5 * 1024 * 1024): { plans: string; contacts: string; real: string; big: string } {
  const stamp = path.join(folder, 'corpus.json');
  const expected = JSON.stringify({ GENERATOR_VERSION, count, bigBytes });
  const result = { plans: path.join(folder, 'plans'), contacts: path.join(folder, 'plans-contacts'), real: path.join(folder, 'plans-real'), big: path.join(folder, 'big', 'plan-5mb.md') };
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === expected) return result;
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(result.plans, { recursive: true });
  mkdirSync(path.dirname(result.big), { recursive: true });
  const plans = generatePlans(count);
  for (const [root, texts] of [[result.plans, plans], [result.contacts, withContacts(plans)], [result.real, realPlans(count)]] as const) {
    texts.forEach((text, i) => {
      const group = path.join(root, `team-${String(i % 20).padStart(2, '0')}`);
      mkdirSync(group, { recursive: true });
      writeFileSync(path.join(group, `plan-${String(i).padStart(4, '0')}.md`), text);
    });
  }
  writeFileSync(result.big, generateBigPlan(bigBytes));
  writeFileSync(stamp, expected);
  return result;
}
