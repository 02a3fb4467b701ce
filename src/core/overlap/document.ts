import type { Plan } from '../model/plan.js';
import { contentWords } from './terms.js';
import type { OverlapDocument, Passage } from './types.js';

/** The questions whose answers say what a plan is about: its problem, idea, approach, target group, result. */
const CONTENT_QUESTIONS = new Set(['wat', 'hoe', 'probleem', 'waarom', 'doelgroep', 'resultaat', 'impact', 'ambitie']);
/** Below this many content words the answers are too thin to compare, and the whole text is read instead. */
const MIN_CONTENT_WORDS = 25;
const MAX_PASSAGE_CHARS = 200;

/** What overlap detection reads of a plan: the title and the answers to the content questions, as passages. */
export function overlapDocument(id: string, plan: Plan): OverlapDocument {
  const ranges: Array<[number, number]> = [];
  for (const judgement of plan.coverage.values()) {
    const site = judgement.site;
    if (site && CONTENT_QUESTIONS.has(judgement.questionId) && site.source !== 'frontmatter') ranges.push([site.answerStart, site.answerEnd]);
  }
  for (const site of plan.sites) if (CONTENT_QUESTIONS.has(site.questionId) && site.source !== 'frontmatter') ranges.push([site.answerStart, site.answerEnd]);
  const title = plan.title ? [{ ...passage(plan.title.range.start.line, plan.title.text, plan), isTitle: true }] : [];
  let passages = [...title, ...passagesOf(merge(ranges), plan)];
  if (countWords(passages) < MIN_CONTENT_WORDS) {
    const bodyStart = plan.frontmatter ? plan.frontmatter.range.end.offset : 0;
    passages = [...title, ...passagesOf([[bodyStart, plan.lines.text.length]], plan).filter((item) => item.line !== plan.title?.range.start.line)];
  }
  return { id, language: plan.language, passages: passages.filter((item) => item.words.length > 0) };
}

function merge(ranges: Array<[number, number]>): Array<[number, number]> {
  const sorted = ranges.filter(([start, end]) => end > start).sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

// A passage is a sentence or a line (a list item, a table row, a heading).
const SENTENCE_END = /(?<=[.!?])\s+(?=\p{Lu})/u;

function passagesOf(ranges: Array<[number, number]>, plan: Plan): Passage[] {
  const passages: Passage[] = [];
  for (const [start, end] of ranges) {
    let line = plan.lines.pointAt(start).line;
    for (const raw of plan.lines.text.slice(start, end).split('\n')) {
      for (const sentence of raw.split(SENTENCE_END)) {
        const text = sentence.replace(/^\s*(?:#+|[-*+]|\d+[.)]|>|\|)\s*/, '').replace(/[*_`|]+/g, ' ').replace(/\s+/g, ' ').trim();
        if (text) passages.push(passage(line, text, plan));
      }
      line++;
    }
  }
  return passages;
}

function passage(line: number, text: string, plan: Plan): Passage {
  const shown = text.length > MAX_PASSAGE_CHARS ? `${text.slice(0, MAX_PASSAGE_CHARS - 1)}…` : text;
  return { line, text: shown, words: contentWords(text, plan.language) };
}

function countWords(passages: Passage[]): number {
  return passages.reduce((sum, item) => sum + item.words.length, 0);
}
