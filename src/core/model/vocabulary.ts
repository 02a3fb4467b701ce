/**
 * Which labels (headings, `Label:` lines, table cells, frontmatter keys) answer which
 * question. Patterns are matched against a normalised label (see normalize.ts), in
 * order: the specific phrasings ("wat kost het") come before the generic ones ("wat").
 */
export type Judge = 'who' | 'when' | 'cost' | 'text' | 'hkw';

export interface QuestionInfo {
  id: string;
  judge: Judge;
  /** Heading text to insert when the question is missing. */
  heading: { nl: string; en: string };
}

export const FIVE_QUESTIONS = ['wie', 'wat', 'hoe', 'wanneer', 'kosten'] as const;
export type FiveQuestion = (typeof FIVE_QUESTIONS)[number];

const Q = (id: string, judge: Judge, nl: string, en: string): QuestionInfo => ({ id, judge, heading: { nl, en } });

export const QUESTIONS: Record<string, QuestionInfo> = Object.fromEntries(
  [
    Q('wie', 'who', 'Wie', 'Who'),
    Q('wat', 'text', 'Wat', 'What'),
    Q('hoe', 'text', 'Hoe', 'How'),
    Q('wanneer', 'when', 'Wanneer', 'When'),
    Q('kosten', 'cost', 'Kosten', 'Cost'),
    Q('impact', 'text', 'Impact', 'Impact'),
    Q('uitvoering', 'who', 'Wie voert uit?', 'Who does the work?'),
    Q('nodig', 'text', 'Wie heb je nodig?', 'Who do you need?'),
    Q('opbrengst', 'text', 'Opbrengst', 'Benefits'),
    Q('uniek', 'text', 'Wat maakt het uniek?', 'What makes it unique?'),
    Q('waarom', 'text', 'Waarom', 'Why'),
    Q('probleem', 'text', 'Het probleem', 'The problem'),
    Q('probleemeigenaar', 'who', 'Probleemeigenaar', 'Problem owner'),
    Q('activiteit', 'text', 'Activiteit', 'Activity'),
    Q('resultaat', 'text', 'Gewenst resultaat', 'Desired result'),
    Q('doelgroep', 'text', 'Voor wie', 'For whom'),
    Q('risicos', 'text', "Risico's", 'Risks'),
    Q('vertrekpunt', 'text', 'Waar staan we nu?', 'Where we stand'),
    Q('ambitie', 'text', 'Ambitie', 'Ambition'),
    Q('eerste-stap', 'text', 'Eerste stap', 'First step'),
    Q('betrokkenen', 'text', 'Betrokkenen', 'Stakeholders'),
    Q('hkw', 'hkw', 'Hoe kunnen we-vragen', 'How might we questions'),
    Q('teamleden', 'text', 'Teamleden', 'Team members'),
    Q('rollen', 'text', 'Rollen', 'Roles'),
    Q('braindump', 'text', 'Braindump', 'Brain dump'),
    Q('clusters', 'text', 'Clusters', 'Clusters'),
    Q('prioriteiten', 'text', 'Prioriteiten', 'Priorities'),
    Q('bestuurder', 'text', 'Bestuurder', 'Driver'),
    Q('passagiers', 'text', 'Passagiers', 'Passengers'),
    Q('chassis', 'text', 'Chassis', 'Chassis'),
    Q('motor', 'text', 'Motor', 'Engine'),
    Q('brandstof', 'text', 'Brandstof', 'Fuel'),
    Q('weg', 'text', 'Weg', 'Road'),
    Q('ideeen', 'text', 'Ideeën', 'Ideas'),
    Q('selectie', 'text', 'Selectie', 'Shortlist'),
    Q('nu', 'text', 'Nu', 'Now'),
    Q('tijdlijn', 'text', 'Tijdlijn', 'Timeline of milestones'),
    Q('over-vijf-jaar', 'text', 'Over vijf jaar', 'In five years'),
    Q('verandering', 'text', 'Wat verandert of verdwijnt', 'What changes or disappears'),
    Q('toevoeging', 'text', 'Wat komt erbij', 'What is added'),
    Q('programma', 'text', 'Programma', 'Programme'),
  ].map((q) => [q.id, q]),
);

/** [pattern source, question ids it answers]. An empty id list means "not a question label". */
export const LABEL_PATTERNS: Array<[string, string[]]> = [
  ['hoe kunnen we(?! ?-?vragen)|how might we(?! questions)', []],
  // "Hoe mijn webshop eruit komt te zien", "How it looks": the look of the result, not the approach.
  ['hoe (?:\\S+ ){0,4}eruit (?:komt te )?zi(?:et|en)|how (?:\\S+ ){0,3}(?:looks|will look)', []],
  ['doel van (?:deze|dit) (?:notitie|document|memo|aanvraag|stuk)|purpose of this (?:memo|document|note|request)', []],
  // "How did you hear about the Grants Program?": a form's question about the applicant, not the approach.
  ['how did (?:you|they)|how do you know|hoe (?:heb|ben|kwam|kwamen) (?:je|jij|u|jullie)', []],
  ['weg ernaartoe|weg naar (?:het|de) \\S+|route(?: ernaartoe)?|hoe gaan we te werk|werkplan', ['hoe']],
  ['eindbeeld|toekomstbeeld|gewenste situatie|beoogde situatie|end state|desired situation|vision of success', ['wat']],
  ['waar willen we (?:naartoe|heen)|waar gaan we naartoe|where (?:do )?we want to go', ['ambitie', 'wat']],
  ['hoe kunnen we ?-?vragen|hkw(?:-vragen)?|how might we questions|hmw(?: questions)?', ['hkw']],
  ['wat kost (?:het|dit)|wat gaat (?:het|dit) kosten|hoeveel kost|what does (?:it|this) cost|how much', ['kosten']],
  ['hoe lang|how long|wanneer (?:is het|zijn we) klaar|in how many (?:months|weeks|days)|how many (?:months|weeks)|in hoeveel (?:maanden|weken)|hoeveel (?:maanden|weken)', ['wanneer']],
  ['estimate (?:the|of the) (?:cost|costs|budget)|estimated (?:cost|costs|budget)|schatting van de kosten|geschatte kosten', ['kosten']],
  // "Totale richtinschatting: 2.040 - 2.700 uur", a "Timebox" column of hours: the effort the plan costs.
  ['(?:totale )?(?:richt)?inschatting|(?:total )?effort estimates?|timebox(?:es)?', ['kosten']],
  // "Plan Outputs (What “Done” Looks Like)", "Resultaten": what the plan delivers.
  ['(?:plan |project )?outputs?|what (?:\\S+ )?done(?:\\S+)? looks like|definition of done|(?:beoogde |verwachte )?resultaten|(?:expected |intended )?(?:results|outcomes)', ['wat']],
  // "Tijdschatting: Quest 1 uur, Testen 2 weken": a duration answers wanneer, hours answer kosten.
  ['tijdschatting|(?:ruwe )?schatting van de (?:tijd|duur)|(?:totale )?geschatte tijd|time estimates?|estimated (?:time|effort)|total estimated time', ['wanneer', 'kosten']],
  ['wie (?:heb je|hebben we|heeft u) nodig|who do (?:you|we) need|benodigde (?:mensen|partners|expertise)|partners', ['nodig']],
  ['wie voert (?:het )?uit|wie doet het werk|uitvoerders?|uitvoering(?: door)?|who does the work|who executes', ['uitvoering']],
  ['wie is (?:de )?probleemeigenaar|probleemeigenaar|problem owner', ['probleemeigenaar']],
  ['wie speelt welke rol|who plays which role', ['rollen']],
  ['wat levert het op|opbrengst(?:en)?|baten|benefits|returns|what does it yield', ['opbrengst']],
  ['wat maakt (?:het|dit) uniek|waarom uniek|uniek(?:heid)?|onderscheidend|what makes it unique|unique(?:ness)?', ['uniek']],
  ['wat verandert of verdwijnt|wat verandert|what changes(?: or disappears)?', ['verandering']],
  ['wat komt erbij|what is added', ['toevoeging']],
  ['waar staan we(?: nu)?|huidige situatie|uitgangssituatie|vertrekpunt|where we stand|current situation|starting point', ['vertrekpunt']],
  ['wat is (?:het|de) (?:probleem|vraagstuk|knelpunt)|het probleem|probleem(?:omschrijving)?|vraagstuk|the problem|problem(?: statement)?', ['probleem']],
  ['welke activiteit|activiteit(?:en)?|activit(?:y|ies)', ['activiteit', 'hoe']],
  ['gewenst resultaat|welk resultaat|desired result(?:s)?', ['resultaat', 'wat']],
  ['voor wie|doelgroep(?:en)?|for whom|target group|audience', ['doelgroep']],
  ["risico'?s(?: en (?:maatregelen|mitigatie))?|nadelen(?: en risico'?s)?|risks?(?: and mitigations?)?|drawbacks", ['risicos']],
  ['logische eerste stap|eerste stap(?:pen)?|first step|next step', ['eerste-stap', 'hoe']],
  ['betrokkenen|stakeholders?|belanghebbenden', ['betrokkenen']],
  ['ambitie|visie|richting|koers|ambition|vision|direction', ['ambitie', 'wat']],
  ['teamleden|team members|wie zitten er in het team|projectteam|project team|the team|projectleden|groepsleden|group members|(?:werk|project)groep(?: [\\w-]+)?', ['teamleden', 'wie']],
  ['rollen|roles', ['rollen']],
  // "Governance", "Taakverdeling": who steers and who does the work.
  ['governance|taakverdeling|rolverdeling', ['wie']],
  ['executive summary|management ?samenvatting|management summary', ['wat']],
  ['brain ?dump', ['braindump']],
  ['clusters?', ['clusters']],
  ['prioriteiten|prioritering|priorities', ['prioriteiten']],
  ['bestuurder|driver', ['bestuurder']],
  ['passagiers|passengers', ['passagiers']],
  ['chassis', ['chassis']],
  ['motor|engine', ['motor']],
  ['brandstof|fuel', ['brandstof']],
  ['weg|road', ['weg']],
  ['ideeen(?:race)?|ideas', ['ideeen']],
  ['selectie|shortlist', ['selectie']],
  ['over vijf jaar|over 5 jaar|in (?:five|5) years', ['over-vijf-jaar']],
  ['tijdlijn|timeline of milestones', ['tijdlijn', 'wanneer']],
  // SMART goals, a common Dutch plan layout: "Tijdgebonden" says when, "Realistisch" how it will be reached.
  ['tijdgebonden|time-?bound', ['wanneer']],
  ['realistisch|realistic', ['hoe']],
  ['nu|now', ['nu']],
  ['(?:dag)?programma|programme|day programme|agenda van de dag', ['programma']],
  ['impact|effect(?:en)?|maatschappelijke waarde|public value', ['impact']],
  ['waarom|aanleiding|why|rationale|motivation', ['waarom']],
  ['(?:requesting|plan|project|budget|product|business) owner|budgethouder|aanvragers?|indieners?|requesters?|applicants?|contactpersoon|contactgegevens|(?:project )?sponsor|focal point|project ?manager|program(?:me)? manager|contractor|(?:tg |telegram |github |gitlab |discord |slack )?(?:username|user name|gebruikersnaam|handle)(?= *$)|about me|over mij|about the (?:author|applicant)s?|(?:persoon|personen|person|assignee|toegewezen aan|assigned to)(?= *$)|(?:full |volledige )?(?:name|naam)(?= *$)|door(?= *:| *$)|by(?= *:| *$)|contact(?: person| details| information)?|aanspreekpunt|point of contact|penvoerder|collaborators?|medewerkers|(?:project ?)?members|(?:auteurs?|authors?|studenten|students?|naam|namen|name|builders?|makers?)(?:[- ]?\\d+| student| auteur| aanvrager| of (?:the )?(?:student|author|applicant))?(?=\\s*$)|begeleid(?:er|ers|ing)|supervisors?|opdrachtnemer|organi[sz]ation|(?:ingediend|opgesteld|geschreven|written|submitted|prepared) door|(?:ingediend|opgesteld|geschreven|written|submitted|prepared) by', ['wie']],
  // "week nummer (Fontys)", "weeknr": a column of school or calendar weeks.
  ['week ?(?:nummers?|nrs?|nmr)|weeknummers?|start(?:datum)?|eind(?:e|datum)?|deadlines?|start date|end date|end|periode|period|oplevering|delivery date|duur|duration|tijdsduur|tijdsbestek|estimated (?:timeframe|time(?:line)?|duration)|geschatte (?:tijd|duur|doorlooptijd)', ['wanneer']],
  ['(?:wat|welke) (?:is|zijn) (?:de )?(?:start|eind|opleve)\\w*|what is the (?:start|end|delivery) date', ['wanneer']],
  ['(?:wat|hoeveel) (?:is|zijn|bedraagt|bedragen) (?:het|de) (?:budget|kosten|begroting)|what is the (?:budget|cost)', ['kosten']],
  ['our (?:idea|proposal|plan)|my idea|mijn idee|onze oplossing|project(?= *$)', ['wat']],
  ['abstract|overview|projectoverzicht|about (?:the|this) (?:project|proposal)|over (?:het|dit) project|project ?(?:description|omschrijving|beschrijving|summary|samenvatting|idee|idea|overview|definition|definitie)|(?:het |the )?concept|wat gaan we (?:maken|bouwen|doen)|what (?:we will|we\'ll) (?:build|make|do)', ['wat']],
  // Headings and form labels of common templates, listed by a session that never read the corpora (stop 22).
  ['(?:ons |het )?(?:kern|core )?team(?:samenstelling|rollen| composition| roles)|samenstelling (?:van het |van de )?(?:project)?(?:team|groep)|kernteam|core team|rollen en (?:verantwoordelijkheden|taken)|roles and responsibilities|raci(?: matrix)?|projectleiding|naam (?:van de )?projectleider|gegevens (?:van de )?(?:aanvrager|indiener)|aanvragende organisatie|naam (?:van de )?organisatie|(?:bestuurlijk|ambtelijk) opdrachtgever|kartrekker|owners|project leader|tech(?:nical)? lead|principal investigator|key personnel|staffing|your name|maintainers|about (?:us|the team)|over ons|legal entity|project (?:board|organi[sz]ation)|stuurgroep|steering (?:committee|group)|consortium|(?:project|samenwerkings)partners|partner organi[sz]ations|uitvoerende partij', ['wie']],
  ['wat levert het op|doelstellingen|hoofddoel|subdoelen|eindresultaat|op te leveren (?:producten|resultaten)|eindproduct|end product|oplossingsrichting|korte (?:beschrijving|omschrijving)|(?:short|brief) description|(?:project )?synopsis|(?:beoogd|gewenst) effect|gewenste eindsituatie|beoogde verandering|de innovatie|product ?(?:beschrijving|description)|opdracht ?omschrijving|de opdracht|projectopdracht|kern van het voorstel|aims(?: and objectives)?|(?:project )?purpose(?: and objectives)?|expected outcome', ['wat']],
  ['methodiek|stap voor stap|processtappen|(?:eerst)?volgende stap(?:pen)?|(?:next|first) steps|(?:uit te voeren|geplande) (?:activiteiten|werkzaamheden)|(?:planned|key) activities|takenlijst|task (?:list|breakdown)|werkpakket(?:ten)?(?: \\d+)?|wp ?\\d+|list of work packages|work breakdown(?: structure)?|wbs|uitvoerings(?:plan|strategie)|implementatieplan|invoering|ontwikkelaanpak|onderzoeks(?:opzet|methode|aanpak)|research (?:methodology|design)|methods|acties|actiepunten|actions|procesaanpak|agile werkwijze|(?:opzet van de )?pilot ?(?:opzet|design)|opzet van de pilot|(?:technical|delivery) approach|execution(?: plan)?|(?:technical|development) plan|strategy|stages|scope of work|statement of work|work to be performed|rollout plan|uitrolplan', ['hoe']],
  ['projectfasen|fasen', ['wanneer', 'hoe']],
  ['tijd(?:s)?(?:planning|schema)|(?:detail|jaar|kwartaal|release|mijlpaal)planning|begindatum|(?:beoogde |verwachte )?(?:start|eind)datum|opleverdatum|uitvoeringsperiode|routekaart|gantt ?chart|belangrijke data|key (?:milestones|dates)|important dates|time ?plan|(?:development|product) roadmap|(?:expected|total estimated) duration|expected (?:start|completion) date|completion date|estimated completion|due date|finish|dates|datums', ['wanneer']],
  ['bedrag|kostenbegroting|financiele (?:paragraaf|onderbouwing|dekking)|dekking(?:splan)?|kosten(?:overzicht|specificatie|verdeling|opbouw)|specificatie van de kosten|totale (?:project)?kosten|aangevraagd bedrag|subsidiebedrag|hoogte van de subsidie|eigen bijdrage|co-?financiering|financieringsplan|benodigde (?:middelen|capaciteit|investering)|personele inzet|uren(?:raming|inzet)|tijdsinvestering|(?:loon|personeels)kosten|materiele kosten|overige kosten|total (?:project )?costs?|amount requested|requested (?:amount|budget|funding)|grant (?:amount|request)|total (?:grant )?(?:amount|budget)|co-?funding|in-kind contribution|resource (?:requirements|plan)|personnel costs|(?:other )?direct costs|indirect costs|level of effort|person-?months|full-time equivalent|fte|investment|payment schedule|milestone payments|compensation|the ask|what will it cost', ['kosten']],
  ['wie is (?:de )?eigenaar|wie is (?:eind)?verantwoordelijk|wie|eigenaar(?:schap)?|eindverantwoordelijke?|verantwoordelijke?|trekker|projectleider|opdrachtgever|organisatie|team|who(?: is (?:the )?owner)?|owner(?:ship)?|accountable|responsible|lead', ['wie']],
  ['mijlpalen|milestones?|fasering|fases|phases|project phases|sprints?(?:planning)?', ['wanneer', 'hoe']],
  ['wanneer|planning|tijdpad|tijdlijn|tijdsplanning|looptijd|doorlooptijd|termijn|tijd|when|timeline|timing|schedule|duration|time ?frame|roadmap', ['wanneer']],
  ['kosten|kost|begroting|budget|inschatting|(?:verwachte )?tijdsbesteding|time spent|estimated (?:hours|costs?|budget)|geschatte (?:uren|kosten)|investering(?:en)?|financiering|financien|financieel|kostenraming|raming|middelen|geld|costs?|funding|financing|financials?|money|resources|resource allocation|requested (?:amount|support|budget|funding)|gevraagde? (?:bedrag|bijdrage|subsidie|budget)|subsidie|urenbegroting|uren|hours|inzet|effort|capaciteit|totaalprijs|totale prijs|total price|prijsopgave|prijsindicatie|offertebedrag|quotation|price quote', ['kosten']],
  ['(?:ontwikkel|project|werk)methode|development (?:method|process)|faseplan|phase plan|hoe|aanpak|werkwijze|plan van aanpak|stappen(?:plan)?|methode|methodologie|how|approach|steps|method|methodology|plan of action|way of working|werkzaamheden|werkvolgorde|werkpakketten|taak|work ?packages?|work ?plan|deliverables?|tussenproducten|producten|taken|tasks|implementati(?:e|on)(?: plan)?|uitwerking|realisatie', ['hoe']],
  ['wat|het idee|idee|ons idee|oplossing|voorstel|doel(?:en|stelling)?|resultaat|beoogd resultaat|omschrijving|beschrijving|samenvatting|what|the idea|idea|solution|proposal|goals?|objectives?|result|outcome|description|summary', ['wat']],
];

/** Frontmatter keys that answer a question (the document's own `datum` is deliberately absent). */
export const FRONTMATTER_KEYS: Record<string, string> = {
  eigenaar: 'wie', owner: 'wie', trekker: 'wie', eindverantwoordelijke: 'wie', verantwoordelijke: 'wie',
  leadership: 'wie', lead: 'wie', leads: 'wie', projectleider: 'wie', opdrachtgever: 'wie', coordinator: 'wie', coordinatie: 'wie', 'project-lead': 'wie', project_lead: 'wie',
  start: 'wanneer', startdatum: 'wanneer', einde: 'wanneer', eind: 'wanneer', einddatum: 'wanneer', end: 'wanneer',
  deadline: 'wanneer', periode: 'wanneer', looptijd: 'wanneer', planning: 'wanneer', period: 'wanneer',
  budget: 'kosten', kosten: 'kosten', begroting: 'kosten', cost: 'kosten', costs: 'kosten',
  budget_eur: 'kosten', 'budget-eur': 'kosten', budget_euro: 'kosten', kosten_eur: 'kosten', 'kosten-eur': 'kosten', cost_eur: 'kosten',
  idee: 'wat', doel: 'wat', aanpak: 'hoe', description: 'wat', purpose: 'wat', doelstelling: 'wat', omschrijving: 'wat', beschrijving: 'wat', summary: 'wat', samenvatting: 'wat',
};
