import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { LineIndex, type Range } from '../text/lineIndex.js';
import { unwrapFencedPlan } from '../parse/fenced.js';
import { LabelMatcher, type Synonyms } from './labels.js';
import { readFrontmatter, type Frontmatter } from './frontmatter.js';
import { detectKind, REQUIRED_QUESTIONS, type Kind } from './kind.js';
import { headingSections, headingSites, labelSites, tableSites, frontmatterSites, inPartSection, NAME_LABEL, type AnswerSite, type HeadingSection } from './sites.js';
import { indexNodes, type NodeIndex } from './nodes.js';
import { inSectionLike } from './lists.js';
import { bylineSite } from './byline.js';
import { tablesInHtml } from './htmlTables.js';
import { collectSentences, isQuoted, withoutExampleBlocks } from './evidence.js';
import { findInProse, type ProseContext } from './prose.js';
import { unlocatedAnswer } from './unlocated.js';
import { FIVE_QUESTIONS, QUESTIONS } from './vocabulary.js';
import { judgeAnswer } from '../judge/judge.js';
import { plainText, stripPrompts, type Weakness } from '../judge/text.js';

export type Status = 'answered' | 'weak' | 'missing';
export type Language = 'nl' | 'en';

export interface Judgement {
  questionId: string;
  status: Status;
  /** The answer that was accepted, or the best attempt when weak. */
  site?: AnswerSite;
  weakness?: Weakness;
}

export interface Plan {
  lines: LineIndex;
  root: Root;
  frontmatter?: Frontmatter;
  kind: Kind;
  kindSource: 'frontmatter' | 'title' | 'structure';
  title?: { text: string; range: Range };
  language: Language;
  sections: HeadingSection[];
  /** The tree's paragraphs, tables, items and so on, gathered once for all rules. */
  nodes: NodeIndex;
  sites: AnswerSite[];
  /** Questions this kind of document must answer. */
  required: string[];
  /** A judgement for each required question and for the five questions. */
  coverage: Map<string, Judgement>;
}

export interface PlanOptions {
  synonyms?: Synonyms;
  /** Extra or replaced required questions per kind. */
  requiredQuestions?: Partial<Record<Kind, string[]>>;
}

export function buildPlan(text: string, parsed: Root, options: PlanOptions = {}): Plan {
  // Every reader of a plan (lint, canvas, overlaps) sees a plan pasted into a bare fence as Markdown.
  const root = unwrapFencedPlan(text, parsed);
  const lines = new LineIndex(text);
  const matcher = LabelMatcher.for(options.synonyms);
  const frontmatter = readFrontmatter(root, lines);
  const nodes = indexNodes(root);
  const sections = headingSections(root, lines, matcher);
  // HTML tables are read as tables for answers; the rules keep seeing the HTML they were written in.
  const htmlTables = nodes.html.length > 0 ? tablesInHtml(nodes.html, text) : [];
  const withHtml: NodeIndex = htmlTables.length === 0 ? nodes : { ...nodes, tables: [...nodes.tables, ...htmlTables], tableCells: [...nodes.tableCells, ...htmlTables.flatMap((table) => table.children.flatMap((row) => row.children))] };
  const sites = [
    ...frontmatterSites(frontmatter),
    ...headingSites(sections.filter((section) => !isTitleOverSections(section, sections)), lines),
    // "**Budget**: de financiële middelen ..." in a glossary defines a word; it answers nothing.
    ...[...labelSites(nodes, lines, matcher), ...tableSites(withHtml, lines, matcher)].filter(
      (site) => !inSectionLike(sections, site.answerStart, GLOSSARY) && !(NAME_LABEL.test(site.label.trim()) && inPartSection(sections, site.answerStart)),
    ),
  ];
  const byline = bylineSite(root, lines);
  if (byline) sites.push(byline);
  const title = findTitle(root, lines, frontmatter);
  const data = frontmatter?.data ?? {};
  const { kind, source } = detectKind(data.soort ?? data.kind ?? data.type, title?.text, new Set(sites.map((site) => site.questionId)));
  const required = options.requiredQuestions?.[kind] ?? REQUIRED_QUESTIONS[kind];

  // A plan laid out by question (three or more of the five have their own place) is judged by its places;
  // elsewhere, as in a memo or e-mail, the idea and approach may be in any paragraph.
  const placed = new Set(sites.filter((site) => site.source !== 'frontmatter').map((site) => site.questionId));
  const structured = FIVE_QUESTIONS.filter((id) => placed.has(id)).length >= 3;
  let context: ProseContext | undefined;
  const prose = () => (context ??= { structured, sentences: collectSentences(withHtml, lines), lines, sections, root, items: nodes.items });

  const byQuestion = new Map<string, AnswerSite[]>();
  for (const site of sites) {
    const list = byQuestion.get(site.questionId);
    if (list) list.push(site);
    else byQuestion.set(site.questionId, [site]);
  }
  const coverage = new Map<string, Judgement>();
  for (const questionId of new Set([...FIVE_QUESTIONS, ...required])) {
    const own = byQuestion.get(questionId) ?? [];
    // A problem statement's "Eigenaar:" names its problem owner.
    const sites = own.length === 0 && SAME_ANSWER[questionId] ? (byQuestion.get(SAME_ANSWER[questionId]) ?? []).map((site) => ({ ...site, questionId })) : own;
    coverage.set(questionId, judgeQuestion(questionId, sites, prose));
  }
  return { lines, root, frontmatter, kind, kindSource: source, title, language: detectLanguage(text), sections, nodes, sites, required, coverage };
}

/**
 * "# Plan van aanpak: open data" or "# Project proposal: ..." names the document, not its approach
 * or idea: a title whose section holds the other sections answers nothing by itself.
 */
function isTitleOverSections(section: HeadingSection, sections: HeadingSection[]): boolean {
  if (section !== sections[0] || section.questionIds.length === 0) return false;
  // "# Plan van aanpak" and nothing else: the title names the document; it answers nothing.
  if (section.node.depth === 1 && sections.length === 1 && section.contentStart >= section.end - 1) return true;
  return sections.length > 1 && sections[1].start < section.end && sections.slice(1).every((other) => other.node.depth > section.node.depth);
}

const GLOSSARY = /\b(?:woordenboek|woordenlijst|begrippen(?:lijst)?|definities|afkortingen|glossary|definitions|terminology|abbreviations|acronyms)\b/i;

function onlyLinksOrImages(markdown: string): boolean {
  const links = linksAndImages(markdown);
  if (links.length === 0) return false;
  let rest = '';
  let from = 0;
  for (const [start, end] of links) {
    rest += `${markdown.slice(from, start)} `;
    from = end;
  }
  return plainText(rest + markdown.slice(from)).replace(/[^\p{L}\p{N}]+/gu, '') === '';
}

/**
 * Where `/!?\[[^\]]*\]\([^)]*\)|<https?:[^>]*>|https?:\/\/\S+|<img\b[^>]*>/gi` matches (a link, a URL, an image
 * tag), in one pass. The regex read on from every `[` or `<` to the `]`, `)` or `>` that closes it, and to the
 * end of the text when none did: a run of them cost their number squared. Here each first closing character
 * after a point is looked up once and shared by every opening before it.
 */
function linksAndImages(text: string): Array<[number, number]> {
  const closing = (char: string) => {
    let from = -1;
    let found = -1;
    return (at: number) => {
      // No `char` in [from, found): the answer holds for every position in between.
      if (at < from || (found >= 0 && at > found) || from < 0) {
        from = at;
        found = text.indexOf(char, at);
      }
      return found;
    };
  };
  const bracket = closing(']');
  const paren = closing(')');
  const angle = closing('>');
  const scheme = (at: number) => {
    if (text.slice(at, at + 4).toLowerCase() !== 'http') return -1;
    const secure = text[at + 4] === 's' || text[at + 4] === 'S' ? 1 : 0;
    return text[at + 4 + secure] === ':' ? at + 5 + secure : -1;
  };
  const linkEnd = (at: number) => {
    const open = text[at] === '!' ? at + 1 : at;
    if (text[open] === '[') {
      const close = bracket(open + 1);
      if (close < 0 || text[close + 1] !== '(') return -1;
      const end = paren(close + 2);
      return end < 0 ? -1 : end + 1;
    }
    if (text[at] === '<') {
      const afterScheme = scheme(at + 1);
      const isImg = afterScheme < 0 && text.slice(at + 1, at + 4).toLowerCase() === 'img' && !/\w/.test(text[at + 4] ?? '');
      if (afterScheme < 0 && !isImg) return -1;
      const end = angle(isImg ? at + 4 : afterScheme);
      return end < 0 ? -1 : end + 1;
    }
    const afterScheme = scheme(at);
    if (afterScheme < 0 || text.slice(afterScheme, afterScheme + 2) !== '//') return -1;
    let end = afterScheme + 2;
    while (end < text.length && !/\s/.test(text[end])) end++;
    return end > afterScheme + 2 ? end : -1;
  };
  const found: Array<[number, number]> = [];
  for (let at = 0; at < text.length; ) {
    const end = linkEnd(at);
    if (end > at) {
      found.push([at, end]);
      at = end;
    } else at++;
  }
  return found;
}

const UNIT_IN_LABEL = { when: /\b(?:months|weeks|days|maanden|weken|dagen)\b/i, cost: /\b(?:euros?|eur|€|usd|dollars?|hours|uren)\b/i };
const BARE_NUMBER = /^\d{1,3}(?:[ \u00a0.,]\d{3})*(?:[.,]\d+)?$/;
// "week nummer (Fontys)" over "1 - 2", "3", "4 - 6": a column of week numbers places each row in time.
const WEEK_NUMBER_LABEL = /\bweek ?(?:nummers?|nrs?|nmr)\b|\bweeknummers?\b/i;
const WEEK_NUMBERS = /^\d{1,2}(?:\s*[-–]\s*\d{1,2})?(?:\s+\d{1,2}(?:\s*[-–]\s*\d{1,2})?)+$/;

function numberInLabelsUnit(site: AnswerSite, judge: 'when' | 'cost'): boolean {
  const plain = plainText(stripPrompts(site.answer)).replace(/\|/g, ' ').replace(/\s+/g, ' ').trim();
  if (judge === 'when' && WEEK_NUMBER_LABEL.test(site.label) && WEEK_NUMBERS.test(plain)) return true;
  return UNIT_IN_LABEL[judge].test(site.label) && BARE_NUMBER.test(plain);
}

const EXAMPLE_LABEL = /\b(?:example|voorbeeld)\b/i;

/** A further question that a five-question answer answers too, when the plan has no place for it. */
const SAME_ANSWER: Record<string, string> = { probleemeigenaar: 'wie', resultaat: 'wat' };

/** `sites` are the question's own, in document order. */
function judgeQuestion(questionId: string, sites: AnswerSite[], prose: () => ProseContext): Judgement {
  const info = QUESTIONS[questionId];
  let firstWeak: Judgement | undefined;
  for (const site of sites) {
    // What stands only in an image or behind a link is not answered in this plan.
    if (onlyLinksOrImages(site.answer)) continue;
    // A value wholly in quotes ("Students: “What's the average rainfall ...?”") is an example, not the plan's answer.
    if (isQuoted(plainText(site.answer))) continue;
    // "Milestone 1 Example", "Example milestones:": the template's example, left standing, is not the plan's answer.
    const example = EXAMPLE_LABEL.exec(site.label);
    const weakness = example ? { reason: 'placeholder' as const, word: example[0] } : judgeAnswer(info?.judge ?? 'text', withoutExampleBlocks(site.answer));
    // "In how many months ...?" answered "12", "Estimate the cost ... in Euros" answered "635 000": the label gives the unit.
    if (weakness && (info?.judge === 'when' || info?.judge === 'cost') && numberInLabelsUnit(site, info.judge)) return { questionId, status: 'answered', site };
    if (!weakness) return { questionId, status: 'answered', site };
    firstWeak ??= { questionId, status: 'weak', site, weakness };
  }
  // An answer given elsewhere in the plan still counts.
  const found = findInProse(questionId, prose());
  if (found?.status === 'answered') return found;
  return firstWeak ?? found ?? unlocatedAnswer(questionId, prose()) ?? { questionId, status: 'missing' };
}


function findTitle(root: Root, lines: LineIndex, frontmatter: Frontmatter | undefined): Plan['title'] {
  const heading = root.children.find((node) => node.type === 'heading' && node.depth === 1) ?? root.children.find((node) => node.type === 'heading');
  if (heading?.position) {
    return { text: toString(heading), range: lines.rangeOf(heading.position.start.offset ?? 0, heading.position.end.offset ?? 0) };
  }
  const fromData = frontmatter?.data.titel ?? frontmatter?.data.title;
  if (typeof fromData === 'string' && frontmatter) return { text: fromData, range: frontmatter.range };
  return undefined;
}

// One pass over the sample: group 1 is a Dutch word, group 2 a word both languages share, the rest English.
const COMMON_WORDS = /\b(?:(de|het|een|en|van|wij|we|zijn|voor|met|niet|ook|wordt|naar|bij)|(is)|the|and|of|to|are|for|with|not|also|will|by|this|our)\b/gi;

export function detectLanguage(text: string): Language {
  const sample = text.slice(0, 6000);
  let dutch = 0;
  let english = 0;
  COMMON_WORDS.lastIndex = 0;
  for (let match = COMMON_WORDS.exec(sample); match; match = COMMON_WORDS.exec(sample)) {
    if (match[1] === undefined) english++;
    if (match[1] !== undefined || match[2] !== undefined) dutch++;
  }
  return english >= 3 && english > dutch * 1.2 ? 'en' : 'nl';
}
