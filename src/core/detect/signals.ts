import type { Plan } from '../model/plan.js';
import { FIVE_QUESTIONS } from '../model/vocabulary.js';

/** What the content says about the genre of a document: counted, so the evidence can be shown. */
export interface ContentSignals {
  /** The five questions the document attempts (answered or weak). */
  attempted: Set<string>;
  /** The title names a plan genre: plan van aanpak, projectvoorstel, proposal, ... */
  planTitle: boolean;
  /** The file name does ("plan-van-aanpak.md", "PROPOSAL.md"). */
  planFileName: boolean;
  /** Headings of a plan's own structure (doel, aanpak, planning, begroting, deliverables, ...). */
  planHeadings: number;
  /** Sentences in the voice of someone planning: "we gaan", "ik wil", "we will", "het doel is". */
  intent: number;
  /** Signs of other genres: install and usage sections, versions, decisions, minutes, code blocks. */
  otherGenre: number;
  /** The title names another genre: a decision record, minutes, a report, a guide, a retrospective. */
  otherTitle: boolean;
}

// A title or file name that says what the document is.
// A Dutch compound names a plan too: "implementatieplan", "ontwikkelplan", "communicatieplan".
const PLAN_TITLE = /\b(?:plan(?:\s+van\s+aanpak)?|[a-z]{3,}plan|aanpak|pva|projectplan|project ?plan|projectvoorstel|project ?proposal|voorstel|proposal|aanvraag|application|actieplan|action ?plan|startnotitie|projectbrief|project ?brief|project ?charter|stappenplan|werkplan|work ?plan|business ?case|pitch|innovatie-?agenda|innovation agenda|roadmap|plan of action|grant|subsidie\w*|offerte|opdrachtomschrijving|projectopdracht|projectomschrijving|statement of work|debriefing|letter of inquiry|pilots?|pilotplan|pilotvoorstel|sprint ?plan(?:ning)?|planning)\b/i;

const PLAN_FOLDER = /\b(?:proposals?|applications|grant[-_ ]?applications|plannen|plans|projectplannen|voorstellen|aanvragen|gsoc)\b/i;

// A title that names a genre other than a plan ("Verhuur-facturatieproces", "Proces voor releases": a process description).
const OTHER_TITLE = /\b(?:architectur\w* decision|decision records?|adr\b|beslis\w*|besluit\w*|retrospective|retro\b|jaarrekening|jaarverslag|annual report|finances|financials|report|rapport\w*|verslag\w*|notulen|minutes|meeting notes|handleiding|guide|manual|tutorial|how ?to|introduction|introductie|inleiding|klantreis|customer journey|policy|beleid|standard|standaard|principe\w*|principles?|glossary|begrippen\w*|faq|release notes?|changelog|onboarding|vacature|vacancy|job|syllabus|course|cursus|logistics|\w*proces|process(?:es)?|procedures?|werkinstructies?|work instructions?)\b/i;

// Words of a plan's own structure, read on headings.
const PLAN_HEADING = /\b(?:aanpak|approach|doel(?:stelling)?(?:en)?|objectives?|goals?|aims?|resultaten|results?|deliverables?|opbrengst|beoogd\w*|planning|fasering|fases?|phases?|mijlpalen|milestones?|tijdlijn|timeline|schedule|tijdsplanning|begroting|budget|kosten|costs?|financi\w*|funding|projectorganisatie|opdrachtgever|eigenaar|owner|team(?: members)?|teamleden|risico'?s?|risks?|scope|afbakening|aanleiding|voorstel|proposal|doelgroep|target group|activiteiten|activities|werkzaamheden|tasks?|work ?packages?|features?|functionaliteiten|requirements|eisen|minimum viable product|mvp|methodolog\w*|methode|method|onderzoeksvraag|research questions?|probleemstelling|problem statement|motivation|motivatie|ambitie|ambition|vision|visie|next steps?|vervolgstappen|impact|success criteria|succescriteria|randvoorwaarden|stakeholders|betrokkenen)\b/i;

// Headings of READMEs, changelogs, ADRs, minutes and reference docs.
const OTHER_HEADING = /^(?:install\w*|installatie|getting started|aan de slag|quick ?start|usage|gebruik|configur\w*|api(?: reference)?|endpoints?|parameters|examples?|voorbeelden|licen[sc]e|licentie|contribut\w*|bijdragen|development|build\w*|testing|running|deploy\w*|prerequisites|troubleshooting|faq|documentation|documentatie|support|credits|acknowledg\w*|changelog|release notes?|unreleased|added|changed|fixed|removed|deprecated|security|breaking changes|bug ?fixes|what's new|context(?: and problem statement)?|decision(?: outcome| drivers)?|besluit|beslissing|consequences|consequenties|gevolgen|considered options|overwogen opties|status|aanwezig\w*|afwezig\w*|present|notulen|verslag|actiepunten|action items|rondvraag|mededelingen|sluiting|attendees|minutes|agenda|table of contents|inhoudsopgave|reporting a vulnerability|supported versions|code of conduct|gedragscode|sponsor\w*|backers|authors?|maintainers|recognition|thank you|bedankt|questions\?|vragen\?)\b/i;
// Guidance addressed to the reader ("Hoe pas je het toe?", "How do you ...") is documentation, not a plan.
const SECOND_PERSON = /\b(?:je|jij|jouw|u|uw|you|your)\b/i;
// A filled-in form asks "Wat is de naam van het initiatief dat je wilt aanmelden?"; a guide asks "Hoe pas je het toe?".
const FORM_PROMPT = /^(?:please\s+)?(?:describe|provide|list|explain|estimate|give|tell us|beschrijf|geef|noem|licht toe|omschrijf)\b|\b\d+\s*(?:words|woorden|characters|tekens)\)?\s*$/i;
const HOW_TO = /^(?:hoe|how|wanneer|when|waarom|why)\b/i;
const VERSION_HEADING = /^\[?v?\d+\.\d+(?:\.\d+)?\b|^\d{4}-\d{2}-\d{2}\b/i;
const MEETING_CUE = /^\s*(?:\*\*)?(?:aanwezig|afwezig|notulist|voorzitter|attendees|present|absent|chair|notulen|minutes|datum vergadering|date of meeting)\b/im;
const INTENT = /\b(?:we gaan|wij gaan|ik ga|ik wil|we willen|wij willen|wordt (?:er )?(?:ontwikkeld|gebouwd|gemaakt|onderzocht)|gaan we|ga ik|zal (?:ik|er)|zullen we|we will|i will|we plan|we propose|we aim|i plan|i propose|we want to|i want to|het doel (?:van|is)|doel van (?:dit|het) project|the goal of|the aim of|the purpose of (?:this|the) project|dit project|this project|het project|our project|mijn project|the project (?:will|aims|is to)|(?:is|will be) an? [\w-]+ project)\b/i;

export function contentSignals(plan: Plan, path?: string): ContentSignals {
  // Answered, or given a place of its own: a weak answer found only in running text ("we ...") is how
  // blog posts and docs speak too, not a sign of a plan; nor is a weak answer that stands nowhere in particular.
  const attempted = new Set<string>(FIVE_QUESTIONS.filter((id) => {
    const judgement = plan.coverage.get(id);
    return judgement?.status === 'answered' || (judgement?.status === 'weak' && !!judgement.site && judgement.site.source !== 'prose');
  }));
  const fileName = path?.split('/').pop()?.replace(/\.(?:md|markdown)$/i, '').replace(/[-_.]+/g, ' ');
  const planTitle = Boolean(plan.title && PLAN_TITLE.test(plan.title.text));
  // A folder of proposals or applications ("proposals/stf-investment.md", "applications/NLNet/questions.md") names its files' genre too.
  const folders = path?.split('/').slice(0, -1).join(' ') ?? '';
  const planFileName = Boolean((fileName && PLAN_TITLE.test(fileName)) || PLAN_FOLDER.test(folders));

  let planHeadings = 0;
  let otherGenre = 0;
  for (const section of plan.sections) {
    if (section.node === plan.sections[0]?.node && plan.title && section.title === plan.title.text) continue;
    const title = section.title.replace(/^[\d.\s)]+/, '').trim();
    // "Describe your project in a sentence. 100 words": a filled-in application form's question, not guidance.
    if (FORM_PROMPT.test(title)) continue;
    if (SECOND_PERSON.test(title) && (HOW_TO.test(title) || !title.endsWith('?'))) otherGenre++;
    else if (section.questionIds.length > 0 || PLAN_HEADING.test(title)) planHeadings++;
    else if (OTHER_HEADING.test(title)) otherGenre++;
    else if (VERSION_HEADING.test(title)) otherGenre += 2;
  }
  let intent = 0;
  for (const node of plan.root.children) {
    if (node.type === 'code') otherGenre++;
  }
  for (const { node } of plan.nodes.paragraphs) {
    const start = node.position?.start.offset ?? 0;
    const text = plan.lines.text.slice(start, Math.min(node.position?.end.offset ?? start, start + 600));
    if (INTENT.test(text)) intent++;
    if (MEETING_CUE.test(text)) otherGenre += 2;
    if (intent >= 8) break;
  }
  const otherTitle = Boolean(plan.title && OTHER_TITLE.test(plan.title.text) && !planTitle);
  return { attempted, planTitle, planFileName, planHeadings, intent, otherGenre, otherTitle };
}

/** Plan evidence minus other-genre evidence; a document is a plan from PLAN_SCORE on. */
export function planScore(signals: ContentSignals): { plan: number; other: number } {
  // A title or file name that says "plan" is enough: the user named it so.
  const plan = (signals.planTitle || signals.planFileName ? 4 : 0) + Math.min(signals.planHeadings, 6) + signals.attempted.size + Math.min(signals.intent, 4) * 0.5;
  return { plan, other: signals.otherGenre * 1.5 + (signals.otherTitle ? 4 : 0) };
}

export const PLAN_SCORE = 4;
/** The bar for a document whose title or file name already names a plan: the name outweighs a code block or two. */
export const NAMED_PLAN_SCORE = PLAN_SCORE - 2;
