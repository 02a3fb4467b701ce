import { particlePattern } from '../text/names.js';
import { LabelMatcher } from '../model/labels.js';
import type { Plan } from '../model/plan.js';
import { contentWords, isConcept } from './terms.js';
import type { OverlapDocument, Passage } from './types.js';

/**
 * How much a part of a plan says what the initiative is, by the question it answers. The problem,
 * idea, approach, target group and result name the initiative; owner, team, planning and cost are
 * what plans of one organisation or template share whatever they are about.
 */
const ROLE_WEIGHT: Record<string, number> = {
  wat: 1, hoe: 1, probleem: 1, waarom: 1, doelgroep: 1, resultaat: 1, impact: 1, ambitie: 1, activiteit: 1, uniek: 1,
  vertrekpunt: 1, verandering: 1, toevoeging: 1, 'over-vijf-jaar': 1, hkw: 1,
  risicos: 0.5, 'eerste-stap': 0.5, opbrengst: 0.5, betrokkenen: 0.3, nodig: 0.3,
  kosten: 0.2, wanneer: 0.1, tijdlijn: 0.1, wie: 0, uitvoering: 0, probleemeigenaar: 0, teamleden: 0, rollen: 0,
};
/**
 * Text that answers no known question: in a plan laid out by question it is mostly the template's
 * preamble or the organisation's introduction; in a memo it is the plan itself.
 */
const UNPLACED_WEIGHT = { laidOut: 0.4, prose: 0.8 };
/** Other questions of a template (brainstorm steps and the like). */
const OTHER_WEIGHT = 0.5;
const MAX_PASSAGE_CHARS = 200;
/** A content section this long makes a plan laid out by question. */
const MIN_PLACED_CHARS = 80;

/** The questions whose answers name the plan's owner, whose names say which plans share an owner. */
const OWNER_QUESTIONS = new Set(['wie', 'probleemeigenaar']);

interface Role {
  weight: number;
  owner: boolean;
  /** The initiative's name under a form's label ("Naam idee:"), where the form's title names the form. */
  title?: boolean;
}
interface Mark extends Role {
  start: number;
  end: number;
}

const roleOf = (questionIds: string[]): Role => ({
  weight: Math.max(...questionIds.map((id) => ROLE_WEIGHT[id] ?? OTHER_WEIGHT)),
  owner: questionIds.some((id) => OWNER_QUESTIONS.has(id)),
});

/**
 * What overlap detection reads of a plan: the title and the body as passages, each weighed by the
 * role of the section it stands in (labels, headings and the front matter are left out).
 */
export function overlapDocument(id: string, plan: Plan): OverlapDocument {
  const text = plan.lines.text;
  const bodyStart = plan.frontmatter ? plan.frontmatter.range.end.offset : 0;
  // Where a plan is laid out by heading, label or table, the innermost place says what the text is.
  const placed: Mark[] = [];
  const labels: Array<[number, number]> = [];
  const labelStarts = plan.sites.map((site) => site.labelRange.start.offset);
  for (const site of plan.sites) {
    if (site.source === 'frontmatter' || site.source === 'prose') continue;
    let end = site.answerEnd;
    // A label the plan model gives an empty answer ("**Wat is je idee?**" over a line with a colon) is answered by its paragraph.
    if (text.slice(site.answerStart, end).trim() === '') {
      const paragraphEnd = text.indexOf('\n\n', end + 1);
      end = Math.min(paragraphEnd === -1 ? text.length : paragraphEnd, ...labelStarts.filter((at) => at >= end));
    }
    placed.push({ start: site.answerStart, end, ...roleOf([site.questionId]) });
    labels.push([site.labelRange.start.offset, site.labelRange.end.offset]);
  }
  // Elsewhere the sentences the plan model found for a question say it: the idea wins over the owner.
  const found: Mark[] = [];
  for (const judgement of plan.coverage.values()) {
    const site = judgement.site;
    if (site && site.source === 'prose') found.push({ start: site.answerStart, end: site.answerEnd, ...roleOf([judgement.questionId]) });
  }
  for (const site of plan.sites) if (site.source === 'prose') found.push({ start: site.answerStart, end: site.answerEnd, ...roleOf([site.questionId]) });
  if (plan.title) labels.push([plan.title.range.start.offset, plan.title.range.end.offset]);
  const laidOut = placed.some((mark) => mark.weight === 1 && mark.end - mark.start > MIN_PLACED_CHARS);
  const unplaced = laidOut ? UNPLACED_WEIGHT.laidOut : UNPLACED_WEIGHT.prose;

  const isPlaced = (offset: number) => placed.some((mark) => offset >= mark.start && offset < mark.end);
  const roleAt = (offset: number): Role => {
    let best: Mark | undefined;
    for (const mark of placed) if (offset >= mark.start && offset < mark.end && (!best || mark.end - mark.start < best.end - best.start)) best = mark;
    if (best) return best;
    let role: Role | undefined;
    for (const mark of found) if (offset >= mark.start && offset < mark.end && (!role || mark.weight > role.weight)) role = mark;
    return role ?? { weight: unplaced, owner: false };
  };

  // Pieces of the body between any two boundaries of places and labels have one role each.
  const cuts = new Set<number>([bodyStart, text.length]);
  for (const list of [placed, found]) for (const mark of list) for (const at of [mark.start, mark.end]) if (at > bodyStart && at < text.length) cuts.add(at);
  for (const [start, end] of labels) for (const at of [start, end]) if (at > bodyStart && at < text.length) cuts.add(at);
  const sorted = [...cuts].sort((a, b) => a - b);
  const passages: Passage[] = [];
  const owner = new Set<string>();
  // "Uitvoering", "Nodig", "Team": a label of the template, a word of the lexicon or a plan word is not part of a name.
  const isNamePart = (word: string) => {
    const words = contentWords(word, plan.language);
    return words.length > 0 && !words.some((item) => isConcept(item.term)) && LabelMatcher.for(undefined).match(word, true).length === 0;
  };
  const addNames = (text: string) => {
    for (const [run] of text.matchAll(NAME)) {
      // Each stretch of name parts ("Eigenaar Bas Hoekstra" gives "Bas Hoekstra"), and each full name within it.
      const tokens = run.split(/\s+/);
      let from = 0;
      for (let at = 0; at <= tokens.length; at++) {
        if (at < tokens.length && (PARTICLE.test(tokens[at]) || isNamePart(tokens[at]))) continue;
        for (let first = from; first < at; first++) {
          for (let last = first + 1; last < at; last++) {
            if (!PARTICLE.test(tokens[first]) && !PARTICLE.test(tokens[last])) owner.add(tokens.slice(first, last + 1).join(' ').toLowerCase());
          }
        }
        from = at + 1;
      }
    }
  };
  for (const [key, value] of Object.entries(plan.frontmatter?.data ?? {})) if (OWNER_KEY.test(key) && typeof value === 'string') addNames(value);
  if (plan.title) passages.push({ ...passage(plan.title.range.start.line, plan.title.text, plan), isTitle: true });
  for (let k = 0; k + 1 < sorted.length; k++) {
    const [start, end] = [sorted[k], sorted[k + 1]];
    if (labels.some(([from, to]) => start >= from && start < to)) continue;
    const role = roleAt(start);
    for (const item of passagesOf(start, end, plan, isPlaced(start))) {
      // Unplaced text may still open with a label the plan model does not take ("**The problem.**", "Owner: ...").
      const own = item.label ?? role;
      if (own.owner) addNames(item.text);
      if (own.title) passages.push({ line: item.line, text: item.text, words: item.words, isTitle: true });
      else if (own.weight > 0) passages.push({ line: item.line, text: item.text, words: item.words, ...(own.weight === 1 ? {} : { weight: own.weight }) });
    }
  }
  const names = namesIn(text.slice(bodyStart));
  const weighed = names.size === 0 ? passages : passages.map((item) => (item.words.some((word) => names.has(word.form))
    ? { ...item, words: item.words.map((word) => (names.has(word.form) ? { ...word, weight: (word.weight ?? 1) * NAME_WEIGHT } : word)) }
    : item));
  return { id, language: plan.language, passages: weighed.filter((item) => item.words.length > 0), owner: [...owner] };
}

/**
 * A place, organisation or person says where or by whom, not what: two plans of one council share
 * "Harrowfield" whatever they build, and the same idea in two towns shares none of it.
 */
const NAME_WEIGHT = 0.3;
const WORD = /\p{L}[\p{L}'’-]*/gu;
const CAPITALISED = /^\p{Lu}\p{Ll}{2,}$/u;

/** Capitalised words inside sentences (not at their start, not in a title-cased line) that the plan never writes in lower case. */
function namesIn(body: string): Set<string> {
  const lower = new Set<string>();
  const candidates = new Set<string>();
  for (const line of body.split('\n')) {
    // Emphasis marks out first: after "**Wat:**" the next word opens a sentence.
    for (const sentence of line.replace(LINE_MARK, '').replace(/[*_`]+/g, '').split(/(?<=[.!?:;|])\s+/)) {
      const words = sentence.match(WORD) ?? [];
      const capitalised = words.filter((word) => CAPITALISED.test(word));
      for (const word of words) if (!/^\p{Lu}/u.test(word)) lower.add(word.toLowerCase());
      // A line in title case ("Shared Cargo Bikes for Traders") says nothing about names.
      if (capitalised.length * 2 > words.filter((word) => word.length > 3).length) continue;
      for (const word of words.slice(1)) if (CAPITALISED.test(word)) candidates.add(word.toLowerCase());
    }
  }
  for (const word of lower) candidates.delete(word);
  return candidates;
}

/**
 * Full names in the owner's lines ("Sarah Lindqvist", "Monique van Dam"): a person, where one capitalised
 * word is as often a department ("Constructies", "Bruggen en Kademuren") that two teams of one
 * organisation both name.
 */
const NAME = new RegExp(String.raw`\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:${particlePattern('het', 'von')})\s+)*\p{Lu}[\p{L}'’-]+)+`, 'gu');
const PARTICLE = new RegExp(`^(?:${particlePattern('het', 'von', 'al')})$`, 'i');
const OWNER_KEY = /owner|eigenaar|trekker|team|lead|contact|auteur|author|afdeling|department|wie|who/i;

// A passage is a sentence or a line (a list item, a table row, a heading).
/** What opens a line of Markdown before its words: a heading's hashes, a list marker, a quote, a table pipe. */
const LINE_MARK = /^\s*(?:#+|[-*+]|\d+[.)]|>|\|)\s*/;
const SENTENCE_END = /(?<=[.!?])\s+(?=\p{Lu})/u;

/** A short label at the start of a paragraph or sentence: "**For whom.**", "Owner:", "Cost." */
const LEAD_LABEL = /^\s*(?:[-*+]\s+)?(?:\*\*|__)([^*_\n]{2,40}?)[.:]?(?:\*\*|__)[.:]?(?:\s+|$)|^\s*(\p{Lu}[\p{L} '’-]{1,30}):\s+/u;

/** The role of a lead label the labels of the plan model know, none when there is none. */
function leadLabel(text: string): { role?: Role; length: number } {
  const match = LEAD_LABEL.exec(text);
  if (!match) return { length: 0 };
  const label = (match[1] ?? match[2]).trim();
  const ids = LabelMatcher.for(undefined).match(label);
  if (ids.length > 0) return { role: roleOf(ids), length: match[0].length };
  const bare = label.replace(/^\d+[.)]?\s*/, '').replace(/[?.:]+$/, '');
  if (NAME_LABEL.test(bare)) return { role: { weight: 1, owner: false, title: true }, length: match[0].length };
  if (PROBLEM_LABEL.test(bare)) return { role: roleOf(['probleem']), length: match[0].length };
  if (IDEA_LABEL.test(bare)) return { role: roleOf(['wat']), length: match[0].length };
  return { length: 0 };
}

// Labels of application forms that the plan model's questions do not name.
const NAME_LABEL = /^(?:(?:naam|titel)(?: van)?(?: het| je| uw| jouw)? (?:idee|initiatief|project|voorstel)|projectnaam|projecttitel|(?:name|title)(?: of)?(?: the| your)? (?:idea|initiative|project|proposal)|project (?:name|title))$/i;
const PROBLEM_LABEL = /\b(?:probleem|knelpunt|problem|issue)\b/i;
const IDEA_LABEL = /^(?:(?:describe|beschrijf) (?:your|je|uw|jouw) (?:idea|idee|plan|proposal|voorstel)|(?:the )?purpose|doel van het (?:project|idee))$/i;

function passagesOf(start: number, end: number, plan: Plan, placed: boolean): Array<Passage & { label?: Role }> {
  const passages: Array<Passage & { label?: Role }> = [];
  let line = plan.lines.pointAt(start).line;
  // A paragraph's lead label holds until the paragraph ends.
  let paragraph: Role | undefined;
  for (const raw of plan.lines.text.slice(start, end).split('\n')) {
    if (raw.trim() === '') paragraph = undefined;
    raw.split(SENTENCE_END).forEach((sentence, index) => {
      const lead = placed ? { length: 0 } : leadLabel(sentence);
      if (lead.role && index === 0) paragraph = lead.role;
      const label = lead.role ?? paragraph;
      const text = sentence.slice(lead.length).replace(LINE_MARK, '').replace(/[*_`|]+/g, ' ').replace(/\s+/g, ' ').trim();
      if (text) passages.push({ ...passage(line, text, plan), label });
    });
    line++;
  }
  return passages;
}

function passage(line: number, text: string, plan: Plan): Passage {
  const shown = text.length > MAX_PASSAGE_CHARS ? `${text.slice(0, MAX_PASSAGE_CHARS - 1)}…` : text;
  return { line, text: shown, words: contentWords(text, plan.language) };
}
