import type { ListItem, Root, TableRow } from 'mdast';
import type { Judgement } from './plan.js';
import { inSectionLike, listEvidence, type ListEvidence } from './lists.js';
import { offsetOf, sectionAt, type AnswerSite, type HeadingSection } from './sites.js';
import { peopleListSite, signatureSite } from './byline.js';
import type { LineIndex } from '../text/lineIndex.js';
import { STEPS, cueFor, exampleBlocks, proseSite, speaksOfSavingsOnly, type Sentence } from './evidence.js';
import { hasCuedDuration, hasDateOrPeriod, hasPlanTimeInProse, hasTimeExpression, isRelativePeriod, speaksOfSubmission, speaksOfThePast } from '../judge/when.js';
import { hasAmount, hasMoney, onlyRate } from '../judge/cost.js';
import { judgeWho } from '../judge/who.js';
import { isBackground } from './background.js';
import { OWNER_NOUN, namesPartyByKindOnly, namesWhoDoesTheWork } from './prose-who.js';
import { isTask } from './unlocated.js';
import { judgeText, type Weakness } from '../judge/text.js';

export interface ProseContext {
  /** Three or more of the five questions have a place of their own. */
  structured: boolean;
  sentences: Sentence[];
  lines: LineIndex;
  sections: HeadingSection[];
  root: Root;
  /** Outermost list items and table rows, in document order. */
  items: Array<ListItem | TableRow>;
  /** Computed on first use. */
  lists?: ListEvidence;
  sequenceCounts?: Map<HeadingSection | undefined, number>;
}

const APPROACH_IDS = new Set(['hoe', 'wanneer', 'eerste-stap', 'activiteit']);
// What a problem costs others ("de achterstand kost de regio € 3 mln per jaar") is not what the plan costs.
const PROBLEM_COST = /\b(?:kost(?:en|te)? (?:de|het|ons|onze|jaarlijks|elk jaar|per jaar)? ?(?:regio|samenleving|maatschappij|gemeente|provincie|land|economie|burgers?|bedrijven|sector|overheid)|costs? (?:the|our|society|taxpayers|the public) ?(?:region|society|economy|country|city|sector|government)?|schade|damage|verlies|losses?|fraude|fraud|omzet|turnover|revenue|marktwaarde|market (?:size|value)|jaarlijks(?:e)? (?:schade|verlies)|per inwoner|per capita|income|inkomen|inkomsten|salaris|salary|exceeds?|overschrijdt|threshold|drempel\w*|value of|waarde van|per (?:person|persoon|student|deelnemer|participant)|(?:goal|target|doel|streefwaarde|kpi)\b[^.]{0,80}\b(?:volume|gmv|tvl|post-launch|after (?:the )?launch|na (?:de )?lancering)|gmv|tvl)\b/i;

// What a fund or prize gives at most ("Het fonds kent per project maximaal € 50.000 toe", "the total budget available
// for this call"): the funder's figure, not what the plan costs.
const FUND_MONEY = /\b(?:(?:het|the) (?:fonds|fund|funder|regeling|call|programme|program) (?:kent|awards|grants|geeft|provides|offers)|subsidieplafond|(?:budget|amount) available for (?:this|the) (?:call|round|scheme)|maximum (?:grant|amount|award)|maximale (?:bedrag|subsidie|bijdrage)|(?:the )?prize|prijzengeld|te winnen|capped at)\b/i;
// Money spent before the plan ("In 2023 gaf de gemeente ... uit", "The previous pilot cost ... in 2024").
const PAST_MONEY = /\b(?:gaf|gaven|uitgegeven|(?:heeft|hebben) [^.]{0,60}\bgekost|spent|previous|vorige|vorig jaar|last year|afgelopen jaar)\b/i;

/** An answer given in running text, outside the question's own place. */
export function findInProse(questionId: string, context: ProseContext): Judgement | undefined {
  const cue = cueFor(questionId);
  if (!cue) return undefined;
  const { structured, sentences, lines, sections } = context;
  // In a plan laid out by question, the idea is taken from running text only where it says so outright.
  const strictWat = questionId === 'wat' && structured;
  const strict = questionId === 'hoe' && structured;
  let weak: Judgement | undefined;
  for (const sentence of sentences) {
    if (sentence.quoted) continue;
    const text = sentence.text;
    const cued = strict ? STEPS.test(text) : strictWat ? statesPurpose(text) : cue.test(text) || (questionId === 'wat' && statesPurpose(text)) || (questionId === 'hoe' && STEPS.test(text));
    // "Vervolgens komt de speler in een lobby" describes the product, not the work.
    if (questionId === 'hoe' && cued && (ABOUT_THE_USER.test(text) || ABOUT_THE_DOCUMENT.test(text) || inSectionLike(sections, sentence.start, NOT_APPROACH))) continue;
    // "This is a first, we believe": one "first" or "then" is no sequence; steps come at least two to a section.
    if (questionId === 'hoe' && cued && !strict && !METHOD_WORD.test(text) && !STEPS.test(text) && !sequenceContinues(context, sentence)) continue;
    let answered = false;
    let weakness: Weakness | undefined;
    switch (questionId) {
      case 'wanneer': {
        // "## Fase 2 — Import (1–2 dagen)": a phase heading with its duration.
        const timedPhase = !!sentence.heading && PHASE_WORD.test(text) && hasTimeExpression(text);
        if (!timedPhase && !hasPlanTimeInProse(text) && !hasDateOrPeriod(text) && !isRelativePeriod(text) && !PHASE_WITH_PERIOD.test(text)) break;
        const section = sectionAt(sections, sentence.start);
        // "We testen in februari 2026": a date in the approach is the plan's own.
        const inApproach = !!section && section.questionIds.some((id) => APPROACH_IDS.has(id));
        // A heading that is a date ("October 31st", "Q3 2026") marks a milestone of the plan.
        const datedHeading = (!!sentence.heading && hasDateOrPeriod(text) && text.length <= 40) || isRelativePeriod(text) || PHASE_WITH_PERIOD.test(text);
        // "Harvested ~750 meetings from Jan 2020 to Nov 2025": the period of the data, not of the plan.
        if (DATA_PERIOD.test(text) && (!PLAN_MOMENT.test(text) || DATA_MOMENT.test(text))) break;
        if (speaksOfSubmission(text)) break;
        // "Goal: $5,000 in invoice volume in the first month post-launch": a target's window, not the plan's schedule.
        if (METRIC.test(text) && !/\b20\d{2}\b/.test(text)) break;
        // "In het eerste kwartaal van 2027 bouwen we het prototype": the plan's own work, in the present tense, dated.
        const ownWorkDated = PLAN_SUBJECT.test(text) && hasDateOrPeriod(text) && !speaksOfThePast(text);
        answered = !isBackground(section) && ((cued && hasPlanTimeInProse(text)) || hasCuedDuration(text) || datedHeading || timedPhase || ownWorkDated || ((inApproach || INTENT_WITH_DATE.test(text)) && hasDateOrPeriod(text)));
        break;
      }
      case 'kosten':
        if (hasMoney(text)) {
          answered = !speaksOfSavingsOnly(text) && !PROBLEM_COST.test(text) && !FUND_MONEY.test(text) && !PAST_MONEY.test(text) && !isBackground(sectionAt(sections, sentence.start));
          // "$25 a month" with no period or total: a rate is not what the plan costs (shared/method.md).
          const rate = answered ? onlyRate(text) : undefined;
          if (rate && !TOTAL_WORD.test(text) && !hasCuedDuration(text)) {
            answered = false;
            weak ??= { questionId, status: 'weak', site: proseSite(questionId, sentence, lines), weakness: { reason: 'vague', word: rate } };
          }
        }
        else {
          // "Kick-off meeting - 2 hours": how long a meeting lasts is no effort of the plan.
          answered = cued && hasAmount(text) && !(MEETING.test(text) && HOURS.test(text)) && !isBackground(sectionAt(sections, sentence.start));
          // "Het voorstel is om extra budget beschikbaar te stellen": the plan speaks of its cost, gives no amount.
          if (!answered && cued && !weak && (OWN_BUDGET.test(text) || BUDGET_NAMED.test(text)) && !isBackground(sectionAt(sections, sentence.start))) {
            weak = { questionId, status: 'weak', site: proseSite(questionId, sentence, lines), weakness: { reason: 'no-amount' } };
          }
          // "We are seeking a grant of $XX,XXX": the amount is a slot nobody filled in.
          const slot = answered || weak ? null : PLACEHOLDER_AMOUNT.exec(text);
          if (slot) weak = { questionId, status: 'weak', site: proseSite(questionId, sentence, lines), weakness: { reason: 'placeholder', word: slot[0] } };
        }
        break;
      case 'wie':
        // "Lead Artist: [Name] - background in Bauhaus design": the name was never filled in.
        if (cued && /\[[^\]]{0,30}\](?!\()|\{\{/.test(lines.text.slice(sentence.start, sentence.end))) continue;
        weakness = cued ? judgeWho(text) : undefined;
        // "I'm Rüzgar, ...", "InfraTech Solutions B.V. biedt ...": the plan names who does the work without a cue word.
        answered = (cued && !weakness) || (!isBackground(sectionAt(sections, sentence.start)) && namesWhoDoesTheWork(text));
        break;
      default:
        weakness = cued ? judgeText(text) : undefined;
        answered = cued && !weakness;
    }
    if (answered) return { questionId, status: 'answered', site: proseSite(questionId, sentence, lines) };
    // "Er is een interne eigenaar (teamleider/ICT/innovatie).": the plan speaks of its owner without naming one.
    const unnamedOwner = questionId === 'wie' && cued && weakness?.reason === 'no-name' && !sentence.heading && OWNER_NOUN.test(text) && !/\?[\s*_"'”)]*$/.test(text);
    // "De vijf projectleden werken 40 uur per week aan het project, gedurende 7 weken": hours a week for a period is a total.
    if (questionId === 'kosten' && HOURS_A_PERIOD.test(text) && hasCuedDuration(text) && !isBackground(sectionAt(sections, sentence.start))) {
      return { questionId, status: 'answered', site: proseSite(questionId, sentence, lines) };
    }
    if (!weak && ((cued && VAGUE_IN_PROSE[questionId]?.test(text)) || SELF_EVIDENT_VAGUE[questionId]?.test(text) || unnamedOwner)) {
      weak = { questionId, status: 'weak', site: proseSite(questionId, sentence, lines), weakness: weakness ?? { reason: 'vague', word: text.slice(0, 40) } };
    }
  }
  if (questionId === 'wie') {
    const signature = signatureSite(context.root, lines);
    if (signature) return { questionId, status: 'answered', site: signature };
    const people = peopleListSite(context.root, lines, (offset) => (isBackground(sectionAt(sections, offset)) ? '' : sectionAt(sections, offset)?.title ?? ''), isTask);
    if (people) return { questionId, status: 'answered', site: people };
    if (!weak) return namesPartyByKindOnly(context);
  }
  if (questionId === 'wanneer' && !weak) {
    const dated = datedSection(context);
    if (dated) return { questionId, status: 'answered', site: proseSite(questionId, dated, lines) };
    const gantt = ganttChart(context);
    if (gantt) return { questionId, status: 'answered', site: gantt };
  }
  if (questionId === 'hoe' || questionId === 'wanneer') {
    const inExample = exampleBlocks(lines.text);
    const lists = (context.lists ??= listEvidence(context.root, lines, sections, (offset) => isBackground(sectionAt(sections, offset)) || inExample(offset)));
    const site = questionId === 'hoe' ? lists.steps : lists.timeline;
    if (site) return { questionId, status: 'answered', site };
    if (questionId === 'hoe' && !weak && lists.features) {
      const section = lists.features;
      const site = { questionId, source: 'heading' as const, label: section.title, labelRange: lines.rangeOf(section.start, section.contentStart), answer: lines.text.slice(section.contentStart, section.end), answerStart: section.contentStart, answerEnd: section.end };
      return { questionId, status: 'weak', site, weakness: { reason: 'features-only', word: section.title } };
    }
  }
  return weak;
}

function statesPurpose(text: string): boolean {
  return PURPOSE.test(text) || PRODUCT_STATEMENT.test(text);
}

// A section that puts two or more of its sentences at a date ("in maart 2026 ...", "Q3 2026: ...") is a
// schedule whatever its heading says, unless it tells the background.
const DATED_SENTENCES = 2;

function datedSection(context: ProseContext): Sentence | undefined {
  const counts = new Map<HeadingSection | undefined, { count: number; first: Sentence }>();
  for (const sentence of context.sentences) {
    if (sentence.heading && sentence.start === context.sections[0]?.start) continue;
    if (sentence.quoted || !hasDateOrPeriod(sentence.text) || DATA_PERIOD.test(sentence.text) || PAST_TENSE.test(sentence.text)) continue;
    const section = sectionAt(context.sections, sentence.start);
    if (isBackground(section)) continue;
    const entry = counts.get(section);
    if (entry) {
      entry.count++;
      if (entry.count >= DATED_SENTENCES) return entry.first;
    } else counts.set(section, { count: 1, first: sentence });
  }
  return undefined;
}
// A Mermaid Gantt chart ("Consultatie IMX-Geo :done, 2023-07, 3M") is a schedule GitHub draws from text.
const GANTT = /^\s*gantt\b/;
const GANTT_DATE = /\b20\d{2}-\d{2}(?:-\d{2})?\b/;

function ganttChart(context: ProseContext): AnswerSite | undefined {
  const chart = context.root.children.find((node) => node.type === 'code' && node.lang === 'mermaid' && GANTT.test(node.value) && GANTT_DATE.test(node.value));
  if (!chart) return undefined;
  const start = offsetOf(chart, 'start');
  const end = offsetOf(chart, 'end');
  const text = context.lines.text.slice(start, end);
  return { questionId: 'wanneer', source: 'prose', label: 'gantt', labelRange: context.lines.rangeOf(start, start + text.indexOf('\n')), answer: text, answerStart: start, answerEnd: end };
}
const PAST_TENSE = /\b(?:hebben|hadden|heeft|had|was|waren|werd|werden|have|has|did|were|published|gepubliceerd|opgericht|founded)\b/i;

// The plan stating its own purpose: "Het doel van onze applicatie is ...", "Ik ben van plan om ...", "This tool will ...".
const PURPOSE = /(?:^|\b)(?:het doel (?:van (?!(?:deze|dit) (?:notitie|document|memo|stuk|mail|brief|overleg))[^.]{0,60} )?is|(?:ons |mijn )?doel(?:stelling)? is|(?:app|applicatie|tool|systeem|platform|dashboard|website|project) is bedoeld om|(?:ik ben|wij zijn|we zijn) van plan|(?:ik|wij|we) (?:ga|gaan|wil|willen) [^.]{0,50}(?:maken|bouwen|ontwikkelen|creëren|realiseren|opzetten)|(?:heb ik|hebben we|hebben wij) besloten|^het (?:creëren|ontwikkelen|opzetten|bouwen|realiseren) van|the (?:goal|aim|purpose|objective) (?:of (?!this (?:memo|document|note))[^.]{0,60} )?is|(?:our|my|this) (?:project|app|application|tool|website|proposal) (?:will|aims|is to)|(?:we|i) (?:will|plan to|intend to|propose to|want to|aim to) (?:build|create|develop|implement|make|design|visuali[sz]e|deliver)|(?:mijn|onze) (?:app|applicatie|webapplicatie|project|website|tool) (?:is|wordt|zal|moet)|(?:project|initiative|initiatief|proposal|voorstel) (?:seeks|aims|intends|wants|beoogt|wil|heeft als doel) (?:to|om)?|(?:scope|focus) van (?:dit|deze|het) \S+ richt zich op|(?:opdracht|project|assignment|scope) (?:richt zich op|zich richt op|is gericht op|focuses on|is aimed at)|(?:this|dit|deze) (?:document|plan|proposal|voorstel|projectplan) (?:describes|outlines|presents|sets out|beschrijft|schetst|presenteert) (?:the|our|a|an|how|het|de|een|hoe|onze?) (?!project\b)|(?:kan|ga|wil|zal|kunnen|gaan|willen|zullen) (?:ik|wij|we) [^.]{0,60}(?:maken|bouwen|ontwikkelen|creëren|realiseren|opzetten)|\b(?:wil|willen|gaat|gaan) (?:daarom |dus |graag )?(?:een|de|het) [^.]{0,60}(?:maken|bouwen|ontwikkelen|creëren|realiseren|opzetten)\b|(?:uit te zoeken|te onderzoeken|onderzoeken we|gaan (?:we|wij|ik) (?:uitzoeken|onderzoeken)) (?:waarom|hoe|of|wat|welke)|(?:we|i) (?:will|want to|aim to) (?:investigate|research|find out|explore) (?:why|how|whether|which|what))/i;

// The plan saying what it makes: "PickyPrep is a meal preparation tool designed for picky eaters", "our team
// would like to develop a ride-sharing platform", "Develop a to-do list manager where ...", "Op de website kun je ...".
const PRODUCT = String.raw`(?:tool|app|application|applicatie|webapp|webapplicatie|web app|platform|website|site|service|dienst|system|systeem|dashboard|game|spel|bot|chatbot|library|plugin|extension|portal|portaal|marketplace|tracker|generator|manager|planner)`;
const PRODUCT_STATEMENT = new RegExp(
  [
    String.raw`\b(?:is|wordt|will be) (?:an?|een) (?:[a-zà-ÿ-]+ ){0,3}${PRODUCT} (?:designed|built|made|meant|intended|that|which|where|to|for|bedoeld|die|dat|om|voor|waarmee|waarin)\b`,
    String.raw`\b(?:we|i|our team|the team|my team|wij|ik|ons team) (?:would like|'d like|want|hope|are planning|plan|intend|aim|willen|wil|hopen|zijn van plan) (?:to |on |graag )?(?:develop|build|create|make|design|implement|developing|building|creating|making|ontwikkelen|bouwen|maken|ontwerpen)\b`,
    String.raw`^(?:develop|build|create|design|implement|ontwikkel|bouw|maak|ontwerp) (?:an?|een) [^.]{0,60}\b(?:where|that|which|waarin|waarmee|die|dat)\b`,
    String.raw`\b(?:op|in|met|via) (?:de|onze|deze|mijn|het) ${PRODUCT} (?:kun|kunnen|kan|zal|zullen) (?:je|jij|u|gebruikers|mensen|bezoekers|leerlingen|studenten|inwoners|klanten|medewerkers)\b`,
    String.raw`\b(?:with|in|on|through) (?:our|the|this|my) ${PRODUCT},? (?:any |every |all )?(?:users?|students?|people|visitors|customers|residents|anyone|teachers|citizens|members)(?: [a-z]+)? (?:can|will be able to|could)\b`,
  ].join('|'),
  'i',
);

const STAND_IN = String.raw`nog niet|haven't worked out|not (?:yet )?worked out|n\.t\.b|nader te bepalen|tbd`;
// Per question, the words that make a sentence about it a stand-in rather than an answer.
const OWN_BUDGET = /\b(?:(?:all |the )?funding (?:for|from) (?:this|the|our) (?:grant|project|proposal)|(?:extra|aanvullend|benodigd|gevraagd)e? (?:budget|geld|financiering)|budget (?:beschikbaar|aanvragen|vragen|nodig)|(?:we|wij|ik) (?:vragen|hebben|zoeken) (?:\w+ )?(?:budget|financiering|subsidie)|(?:request|need|seek)(?:ing)? (?:a )?(?:grant|funding|budget)|the grant (?:covers|will cover|pays))\b/i;

const VAGUE_IN_PROSE: Record<string, RegExp> = {
  wie: new RegExp(String.raw`\b(?:${STAND_IN}|iedereen|everyone|everybody)\b`, 'i'),
  wanneer: new RegExp(String.raw`\b(?:${STAND_IN}|zo snel mogelijk|z\.s\.m|binnenkort|later|op termijn|asap|soon)\b`, 'i'),
  kosten: new RegExp(String.raw`\b(?:${STAND_IN}|pm|laag|beperkt|gering|low|limited)\b`, 'i'),
  wat: new RegExp(String.raw`\b(?:${STAND_IN})\b`, 'i'),
  hoe: new RegExp(String.raw`\b(?:${STAND_IN})\b`, 'i'),
};
// "40 uur per week": effort at a rate, no total by itself.
const HOURS_A_PERIOD = /\b\d+(?:[.,]\d+)?\s*(?:tot\s*\d+\s*)?(?:uur|uren|hours?)\s+(?:per|a|each)\s+(?:dag|week|maand|day|month)\b/i;
// Stand-ins that speak of the question by themselves: "(ASAP)", "4 uur per dag", "no funding".
const SELF_EVIDENT_VAGUE: Record<string, RegExp> = {
  // A cadence ("quarterly meetings", "iteraties van twee weken") or an undated deadline speaks of time but sets no date.
  wanneer: /\b(?:asap|as soon as possible|zo snel mogelijk|z\.s\.m\.?|zsm|voor de deadline|before the deadline|quarterly|annually|yearly|jaarlijks|maandelijks|per kwartaal|elk kwartaal|every (?:quarter|year)|iteraties? van|iterations? of|sprints? (?:van|of) (?:een|één|twee|drie|vier|one|two|three|four|\d) (?:weken|week|weeks))\b/i,
  kosten: new RegExp(String.raw`${HOURS_A_PERIOD.source}|\b(?:no funding|not funded|unfunded|geen financiering|geen subsidie)\b|(?:€|\$|\bEUR|\bUSD)\s?(?:[xX?]{2,}|[xX]{1,3}(?:[.,][xX]{3})+|\.{3}|…)`, 'i'),
};
// "Er is een stelpost 'Eenmalige kosten nieuwe website'", "the budget needs to be approved": the plan's own budget, named without an amount.
const BUDGET_NAMED = /\b(?:stelpost|(?:the|a|our|het|de|ons|onze) budget (?:for|voor|needs|moet|is (?:not yet|nog niet)|has (?:not )?been|proposal)|budget proposal|begroting (?:volgt|moet|wordt)|(?:kosten|costs?) (?:worden|will be|are (?:not yet|to be)) (?:bepaald|determined|estimated|geraamd))\b/i;
const PLACEHOLDER_AMOUNT = /(?:[$€£]|\b(?:EUR|USD))\s?(?:[xX]{1,3}(?:[.,][xX0]{3})*|[xX]+[.,]?0{3}|\.{3}|…|_{2,})(?![\p{L}\d])|\b[xX]{1,3}(?:[.,][xX]{3})+\s?(?:euro|EUR|USD|dollars?)\b/u;
// A target's window: "Goal: $5,000 in invoice volume in the first month", "KPI: 200 users in the first quarter".
const METRIC = /\b(?:kpis?|(?:goal|target|doel|streefwaarde)\b[^.]{0,80}\b(?:volume|gmv|tvl|users|gebruikers|downloads|post-launch|after (?:the )?launch|na (?:de )?lancering))\b/i;
const MEETING = /\b(?:meetings?|vergadering\w*|overleg|kick-?off|workshops?|sessies?|sessions?|bijeenkomst\w*|presentati\w*|webinars?|calls?)\b/i;
const HOURS = /\b\d+(?:[.,]\d+)?\s*(?:hours?|hrs|uur|uren)\b/i;
const TOTAL_WORD = /\b(?:total|totaal|in totaal|altogether|overall|for (?:the|a) (?:year|project|period)|voor (?:het|een) (?:jaar|project)|x\s*\d+|× ?\d+)\b/i;
// "Voorbereiding (0-1 maanden)", "Pilot (month 2-4)": a step named with its place in the plan's own schedule.
const PHASE_WITH_PERIOD = /^[^()]{2,40}\(\s*(?:(?:maand(?:en)?|months?|week|weken|weeks|dag(?:en)?|days?|jaar|years?|kwartaal|quarter)\s*\d{1,2}(?:\s*[-–]\s*\d{1,2})?|\d{1,2}\s*[-–]\s*\d{1,2}\+?\s*(?:maanden|months|weken|weeks|dagen|days|jaar|years))\s*\)\s*:?$/i;
const PHASE_WORD = /\b(?:fase|phase|stage|etappe|sprint|stap|step|mijlpaal|milestone|iteratie|iteration|(?:korte|middellange|lange) ?termijn|(?:short|medium|long)[- ]term|horizon)\b/i;
// "In dit plan van aanpak wordt verteld hoe het project wordt aangepakt": a sentence about the document answers nothing;
// "Een app is de logische volgende stap" speaks of a next step as a figure of speech.
const ABOUT_THE_DOCUMENT = /\b(?:(?:logische|natuurlijke|voor de hand liggende|logical|natural|obvious) (?:volgende|next) (?:stap|step)\b|in (?:dit|deze) (?:plan(?: van aanpak)?|document|hoofdstuk|paragraaf|sectie|voorstel)|(?:this|the following) (?:document|plan|section|chapter|proposal) (?:describes|explains|outlines|sets out))\b/iu;
const DATA_PERIOD = /\b(?:data|dataset|database|data base|records|requests|meetings|gegevens|metingen|observations|harvested|collected|verzameld|historical|historische)\b/i;
// "We willen de eerste auto's op 1 mei 2027 laten rijden", "I can do it between 1 and 26 March 2027": the plan's
// own intent, with a date, says when.
const INTENT_WITH_DATE = /\b(?:we willen|willen we|wij willen|willen wij|we gaan|gaan we|wij gaan|gaan wij|zullen|zal|will|shall|we plan to|we aim to|we intend to|going to|I can do it|we can do it|kan ik het|kunnen we het)\b|\b(?:I|we)['’]ll\b/i;
// Who or what does the plan's work: the writers themselves, or the project and its steps by name.
const PLAN_SUBJECT = /\b(?:we|wij|ik|our team|ons team|het (?:project|onderzoek|programma|traject|projectteam)|de (?:pilot|proef|kick-?off|livegang|implementatie|evaluatie|overdracht|aanbesteding|inventarisatie|meting|training)|the (?:project|pilot|programme|program|study|research|kick-?off|handover|evaluation|roll-?out|fieldwork|training|launch))\b|\bI\b(?!\.)|^(?:kick-?off|fieldwork|veldwerk)\b/i;
// "Data Start Date: December 29, 2024": where the data begins, not when the work does.
const DATA_MOMENT = /\b(?:data|gegevens) ?(?:start|begin|end|eind)\w*|\b(?:start|begin|end|einde?) (?:of|van) (?:the |de )?(?:data|gegevens)\b/i;
const PLAN_MOMENT = /\b(?:start\w*|begin\w*|deadline|oplever\w*|deliver\w*|launch\w*|klaar|gereed|finish\w*|complet\w*|mijlpa\w*|milestone)\b/i;
const METHOD_WORD = /\b(?:aanpak\w*|werkwijze|door middel van|approach|method|stap(?:pen)?|steps?)\b/i;
const SEQUENCE_WORD = /\b(?:eerst|daarna|vervolgens|first|then|next)\b/i;

/** Another sentence in the same section goes on with the sequence ("Eerst ... Daarna ..."). */
function sequenceContinues(context: ProseContext, sentence: Sentence): boolean {
  // Counted once per plan: sentences with a sequence word, per section.
  if (!context.sequenceCounts) {
    context.sequenceCounts = new Map();
    for (const other of context.sentences) {
      if (!SEQUENCE_WORD.test(other.text)) continue;
      const section = sectionAt(context.sections, other.start);
      context.sequenceCounts.set(section, (context.sequenceCounts.get(section) ?? 0) + 1);
    }
  }
  const own = SEQUENCE_WORD.test(sentence.text) ? 1 : 0;
  return (context.sequenceCounts.get(sectionAt(context.sections, sentence.start)) ?? 0) - own >= 1;
}

const ABOUT_THE_USER = /\b(?:de gebruikers?|gebruikers|the users?|users|spelers?|players?|bezoekers?|visitors?|de klant|the customer|de app|the app|de site|the site|de website|the website|het scherm|the screen)\b/i;
const NOT_APPROACH = /\b(?:risico\w*|risks?|features?|functionaliteit\w*|mvp|minimum viable product|requirements|eisen)\b/i;
