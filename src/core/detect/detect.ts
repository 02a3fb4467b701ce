import type { Plan } from '../model/plan.js';
import { FIVE_QUESTIONS } from '../model/vocabulary.js';
import type { PathPatterns } from './patterns.js';
import { contentSignals, NAMED_PLAN_SCORE, planScore, PLAN_SCORE, type ContentSignals } from './signals.js';

/** What decided whether a file is a plan. */
export type DetectionSource = 'forced' | 'frontmatter' | 'setting' | 'ignored' | 'name' | 'content';

export interface PlanDetection {
  isPlan: boolean;
  source: DetectionSource;
  /** One sentence per language: what decided it. */
  reason: { nl: string; en: string };
  /** Present when the content decided. */
  signals?: ContentSignals;
}

export interface DetectOptions {
  /** Relative to the workspace folder or config file, forward slashes. */
  path?: string;
  /** The `plans` setting and config key: these files are always plans. */
  plans?: PathPatterns;
  /** The config's `ignore`: these files are never plans. */
  ignore?: PathPatterns;
  /** `--force`, or a caller that knows: judge it as a plan whatever it looks like. */
  force?: boolean;
}

// Files every repository has: never plans unless the frontmatter or a setting says so.
const NOT_PLAN_NAME = /(?:^|\/)(?:readme|changelog|changes|history|contributing|code_of_conduct|code-of-conduct|security|license|licence|copying|authors|notice|support|governance|funding|sponsors|maintainers|codeowners|pull_request_template|issue_template)(?:\.[\w-]+)*$/i;
const README = /(?:^|\/)readme(?:\.[\w-]+)*$/i;
// Only a title that plainly names a plan: "application", "roadmap" or a bare "Plan" also title software READMEs.
const README_PLAN_TITLE = /\b(?:plan van aanpak|projectplan|project plan|projectvoorstel|project ?proposal|proposal|voorstel|actieplan|action plan|plan of action|startnotitie|werkplan|work plan)\b/i;
const NOT_PLAN_FOLDER = /(?:^|\/)(?:node_modules|\.github|\.gitlab|docs?\/(?:adr|adrs|decisions|architecture\/decisions))\//i;

/**
 * Whether a Markdown file is a plan for an initiative. The frontmatter and the
 * `plans` globs decide first; files every repository has are not plans; else the
 * content must read as a plan (see signals.ts).
 */
export function detectPlan(plan: Plan, options: DetectOptions = {}): PlanDetection {
  if (options.force) return decided(true, 'forced', 'het is expliciet als plan aangeboden', 'it was explicitly checked as a plan');
  const data = plan.frontmatter?.data ?? {};
  const declared = data.soort ?? data.kind;
  if (declared !== undefined && declared !== null && declared !== '') {
    return decided(true, 'frontmatter', `de frontmatter noemt de soort '${String(declared)}'`, `the frontmatter names its kind '${String(declared)}'`);
  }
  const path = options.path?.replace(/\\/g, '/');
  if (path && options.ignore?.matches(path)) return decided(false, 'ignored', "het staat in de lijst 'ignore'", "it is on the 'ignore' list");
  if (path && options.plans?.matches(path)) return decided(true, 'setting', "het valt onder de instelling 'plans'", "it matches the 'plans' setting");
  // A README that is titled as a plan ("# Project Proposal", "# Plan van aanpak") is one: some projects keep their plan there.
  const titledAsPlan = !!plan.title && README_PLAN_TITLE.test(plan.title.text);
  if (path && ((NOT_PLAN_NAME.test(path) && !(README.test(path) && titledAsPlan)) || NOT_PLAN_FOLDER.test(path))) {
    return decided(false, 'name', 'README, CHANGELOG en dergelijke zijn geen plannen', 'READMEs, changelogs and the like are not plans');
  }
  const signals = contentSignals(plan, path);
  return { ...judgeContent(signals), signals };
}

function decided(isPlan: boolean, source: DetectionSource, nl: string, en: string): PlanDetection {
  return { isPlan, source, reason: { nl: `${isPlan ? 'Een plan' : 'Geen plan'}: ${nl}.`, en: `${isPlan ? 'A plan' : 'Not a plan'}: ${en}.` } };
}

/** Reads as a plan: a plan's title, headings, questions and voice outweigh the signs of another genre. */
function judgeContent(signals: ContentSignals): Omit<PlanDetection, 'signals'> {
  const score = planScore(signals);
  if (score.plan - score.other >= (signals.planTitle || signals.planFileName ? NAMED_PLAN_SCORE : PLAN_SCORE)) {
    const parts = { nl: [] as string[], en: [] as string[] };
    const add = (nl: string, en: string) => {
      parts.nl.push(nl);
      parts.en.push(en);
    };
    if (signals.planTitle) add('een titel die een plan noemt', 'a title that names a plan');
    if (signals.planHeadings > 0) add(`${signals.planHeadings} koppen van een plan`, `${signals.planHeadings} plan headings`);
    if (signals.attempted.size > 0) add(`antwoorden op ${list(signals.attempted, 'nl')}`, `answers on ${list(signals.attempted, 'en')}`);
    return decided(true, 'content', `het leest als een plan (${parts.nl.join(', ')})`, `it reads as a plan (${parts.en.join(', ')})`);
  }
  const why = score.other > 0 && score.plan >= PLAN_SCORE
    ? { nl: 'het leest meer als documentatie, een logboek, een besluit of notulen dan als een plan', en: 'it reads more like documentation, a log, a decision record or minutes than a plan' }
    : { nl: 'er staan te weinig kenmerken van een plan in (titel, koppen als doel, aanpak of planning, antwoorden op de vijf vragen)', en: 'it has too few marks of a plan (a title, headings such as goal, approach or planning, answers to the five questions)' };
  return decided(false, 'content', why.nl, why.en);
}

const NAMES = { nl: { wie: 'eigenaar', wat: 'resultaat', hoe: 'aanpak', wanneer: 'planning', kosten: 'kosten' }, en: { wie: 'owner', wat: 'result', hoe: 'approach', wanneer: 'timing', kosten: 'cost' } };

function list(ids: Set<string>, language: 'nl' | 'en'): string {
  return FIVE_QUESTIONS.filter((id) => ids.has(id)).map((id) => NAMES[language][id]).join(', ');
}
