import type { Plan } from '../model/plan.js';
import { FIVE_QUESTIONS } from '../model/vocabulary.js';

/** What the content says about the genre of a document: counted, so the evidence can be shown. */
export interface ContentSignals {
  /** The five questions the document attempts (answered or weak). */
  attempted: Set<string>;
  /** The five questions that have a place of their own: a heading, label, table row or frontmatter key. */
  placed: Set<string>;
  /** Headings and title words of the plan genre (doel, aanpak, begroting, werkplan, milestones, ...). */
  planWords: number;
  /** Signs of other genres: install and usage sections, versions, decisions, minutes, code blocks. */
  otherGenre: number;
}

// Words of a plan's own structure, read on headings and the title.
const PLAN_HEADING = /\b(?:plan(?: van aanpak)?|projectplan|actieplan|werkplan|work ?plan|aanpak|approach|doel(?:stelling)?(?:en)?|objectives?|goals?|aims?|resultaten|results?|deliverables?|opbrengst|beoogd\w*|planning|fasering|fases?|phases?|mijlpalen|milestones?|tijdlijn|timeline|begroting|budget|kosten|costs?|financi\w*|funding|dekking|projectorganisatie|organisatie|opdrachtgever|eigenaar|owner|team|risico'?s?|risks?|scope|afbakening|aanleiding|voorstel|proposal|aanvraag|application|subsidie\w*|grant|business ?case|impact|doelgroep|target group|activiteiten|activities|werkzaamheden|tasks?|work packages?|requested support|ambitie|ambition|innovatie\w*)\b/i;

// Headings of READMEs, changelogs, ADRs, minutes and reference docs.
const OTHER_HEADING = /^(?:install\w*|installatie|getting started|aan de slag|quick ?start|usage|gebruik|configuration|configuratie|api(?: reference)?|examples?|voorbeelden|license|licentie|contribut\w*|bijdragen|development|ontwikkel\w*|build\w*|testing|tests?|requirements|vereisten|prerequisites|troubleshooting|faq|documentation|documentatie|support|credits|acknowledg\w*|changelog|release notes?|unreleased|added|changed|fixed|removed|deprecated|security|breaking changes|features?|bug ?fixes|context(?: and problem statement)?|decision(?: outcome)?|besluit|consequences|gevolgen|considered options|status|aanwezig\w*|afwezig\w*|notulen|actiepunten|action items|agenda|rondvraag|mededelingen|sluiting|opening|attendees|minutes|table of contents|inhoudsopgave|overview|introduction)\b/i;
const VERSION_HEADING = /^\[?v?\d+\.\d+(?:\.\d+)?\b|^\d{4}-\d{2}-\d{2}\b/i;
const CODE_LANGS = /^(?:sh|bash|shell|console|zsh|ps1|powershell|cmd|js|javascript|ts|typescript|json|ya?ml|toml|python|py|go|rust|java|c|cpp|csharp|cs|php|ruby|html|css|xml|sql|dockerfile|diff|ini)$/i;

export function contentSignals(plan: Plan): ContentSignals {
  const attempted = new Set<string>(FIVE_QUESTIONS.filter((id) => plan.coverage.get(id)?.status !== 'missing'));
  const placed = new Set<string>();
  for (const site of plan.sites) if (site.source !== 'prose' && (FIVE_QUESTIONS as readonly string[]).includes(site.questionId)) placed.add(site.questionId);

  let planWords = plan.title && PLAN_HEADING.test(plan.title.text) ? 1 : 0;
  let otherGenre = 0;
  for (const section of plan.sections) {
    const title = section.title.replace(/^[\d.\s)]+/, '').trim();
    if (section.questionIds.length > 0 || PLAN_HEADING.test(title)) planWords++;
    else if (OTHER_HEADING.test(title) || VERSION_HEADING.test(title)) otherGenre++;
  }
  for (const node of plan.root.children) {
    if (node.type === 'code' && (node.lang ? CODE_LANGS.test(node.lang) : true)) otherGenre++;
  }
  return { attempted, placed, planWords, otherGenre };
}
