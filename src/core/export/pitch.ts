/**
 * A plan as a Marp slide deck: a title slide, then one slide per pitch frame in the order the
 * method tells a pitch. Long answers put their start on the slide and the rest in the speaker
 * notes; a frame the plan leaves open gets a slide that says so.
 */
import { extractOwner } from '../facts/index.js';
import { lint } from '../lint.js';
import type { Language, Plan } from '../model/plan.js';
import { parseMarkdown } from '../parse/processor.js';
import { plainText } from '../judge/text.js';
import GUIDANCE from '../guidance.json';
import { inertMarkdown } from './inert.js';
import { pitchAnswers, type PitchAnswer, type PitchFrame } from './pitch-answers.js';

export interface PitchDeckOptions {
  /** The language of the deck's own words; default the plan's. */
  language?: Language;
  /** A plan already built from the same text (saves a second lint). */
  plan?: Plan;
}

const WORDS = {
  nl: {
    frames: {
      probleem: 'Het probleem', doelgroep: 'Voor wie', wat: 'Het idee', risicos: "Nadelen en risico's", nodig: 'Wie hebben we nodig?',
      hoe: 'De weg ernaartoe', 'eerste-stap': 'De eerste vervolgstap', wanneer: 'Planning', kosten: 'Wat het kost', wie: 'Eigenaar',
    } satisfies Record<PitchFrame, string>,
    team: 'Team', owner: 'Eigenaar', noOwner: 'nog niet benoemd', untitled: 'Pitch',
    missing: '**Ontbreekt:** het plan beantwoordt dit (nog) niet.',
    weak: 'Zwak antwoord', from: 'Uit het plan', rest: 'Vervolg van het antwoord',
  },
  en: {
    frames: {
      probleem: 'The problem', doelgroep: 'For whom', wat: 'The idea', risicos: 'Drawbacks and risks', nodig: 'Who we need',
      hoe: 'The path', 'eerste-stap': 'The first next step', wanneer: 'Timeline', kosten: 'What it costs', wie: 'Owner',
    } satisfies Record<PitchFrame, string>,
    team: 'Team', owner: 'Owner', noOwner: 'not named yet', untitled: 'Pitch',
    missing: '**Missing:** the plan does not answer this (yet).',
    weak: 'Weak answer', from: 'From the plan', rest: 'Rest of the answer',
  },
};

/** What fits a 16:9 slide in Marp's default theme; the rest goes to the notes. */
const SLIDE_CHARS = 600;
const SLIDE_LINES = 12;
const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;

type GuidanceTable = Record<string, { nl: string; en: string } | undefined>;

export function pitchDeck(text: string, options: PitchDeckOptions = {}): string {
  const plan = options.plan ?? lint(text).plan;
  const language = options.language ?? plan.language;
  const words = WORDS[language];
  const title = oneLine(plan.title?.text ?? '') || words.untitled;
  // The metadata title is plain text: marp-cli puts it in the page's <title>.
  const metaTitle = oneLine(plainText(title)) || words.untitled;
  const slides = [titleSlide(plan, title, language), ...pitchAnswers(plan).map((answer) => frameSlide(answer, language))];
  const frontmatter = ['---', 'marp: true', 'paginate: true', `title: ${JSON.stringify(metaTitle)}`, `lang: ${language}`, '---'];
  return `${frontmatter.join('\n')}\n\n${slides.join('\n\n---\n\n')}\n`;
}

function titleSlide(plan: Plan, title: string, language: Language): string {
  const words = WORDS[language];
  const team = plan.frontmatter?.data.team;
  const owner = extractOwner(plan)?.value;
  const lines = [`# ${inline(title)}`, ''];
  if (typeof team === 'string' && team.trim()) lines.push(`${words.team}: ${inline(team)}  `);
  lines.push(`${words.owner}: ${owner ? inline(owner) : `_${words.noOwner}_`}`);
  return lines.join('\n');
}

function frameSlide(answer: PitchAnswer, language: Language): string {
  const words = WORDS[language];
  const heading = `## ${words.frames[answer.frame]}`;
  if (answer.status === 'missing') {
    const hint = (GUIDANCE as GuidanceTable)[answer.frame]?.[language];
    return [heading, '', words.missing, ...(hint ? ['', notes(hint)] : [])].join('\n');
  }
  const { shown, rest } = splitForSlide(answer.markdown.replace(COMMENT, '').trim());
  // Only the slide's part is parsed as Markdown by Marp; the notes are read as text.
  const body = inertMarkdown(shown, { dropThematicBreaks: true });
  if (!body && !rest) return frameSlide({ ...answer, status: 'missing' }, language);
  const noteParts = [
    answer.status === 'weak' ? `${words.weak}: ${answer.weakness ?? ''}`.trim() : '',
    rest ? `${words.rest}:\n\n${rest}` : '',
  ].filter(Boolean);
  return [heading, '', body, ...(noteParts.length ? ['', notes(noteParts.join('\n\n'))] : [])].join('\n');
}

/** The answer's first blocks (or first list items) up to what a slide holds; at least one block. */
function splitForSlide(markdown: string): { shown: string; rest: string } {
  if (markdown.length <= SLIDE_CHARS && lineCount(markdown) <= SLIDE_LINES) return { shown: markdown, rest: '' };
  // Blocks that end well inside a prefix end there in the whole text too: a long answer is parsed only that far.
  const prefixEnd = markdown.indexOf('\n', SLIDE_CHARS * 3);
  const prefix = prefixEnd === -1 ? markdown : markdown.slice(0, prefixEnd);
  const ends = blockEnds(prefix).filter((end) => end < prefix.length || prefix === markdown);
  if (ends.length === 0) ends.push(...blockEnds(markdown));
  let cut = ends[0] ?? markdown.length;
  for (const end of ends) {
    const part = markdown.slice(0, end);
    if (part.length > SLIDE_CHARS || lineCount(part) > SLIDE_LINES) break;
    cut = end;
  }
  return { shown: markdown.slice(0, cut).trim(), rest: markdown.slice(cut).trim() };
}

/** Where each top-level block ends, and each item of a top-level list (a long list is cut between items). */
function blockEnds(markdown: string): number[] {
  const ends: number[] = [];
  for (const block of parseMarkdown(markdown).children) {
    if (block.type === 'list') for (const item of block.children) if (item.position?.end.offset !== undefined) ends.push(item.position.end.offset);
    if (block.position?.end.offset !== undefined) ends.push(block.position.end.offset);
  }
  return [...new Set(ends)].sort((a, b) => a - b);
}

function lineCount(markdown: string): number {
  return markdown.split('\n').filter((line) => line.trim()).length;
}

/** Marp reads an HTML comment as the slide's speaker notes; nothing inside may end it early. */
function notes(text: string): string {
  return `<!--\n${text.replace(/--!?>/g, '- ->').replace(/<!--/g, '<!- -')}\n-->`;
}

/** One line of plan text for a title or a label: no line breaks, no HTML. */
function inline(text: string): string {
  return inertMarkdown(oneLine(text));
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
