import { commonWeakness, TITLE_OR_INITIAL, type Weakness } from './text.js';

/** Words that name nobody in particular. */
const VAGUE_PARTY = /\b(?:iedereen|wij allemaal|we allemaal|allemaal|iemand|niemand|everyone|everybody|all of us|somebody|someone|nobody|het hele team|the whole team)\b/i;

/** Capitalised words that start sentences or name no one. Compared lower-cased. */
const NOT_A_NAME = new Set(
  ('de het een dit deze die dat wij we ons onze zij ze hij zij er wie wat hoe als in op voor met na bij van door ' +
    'alle iedereen elke ieder team nog niet geen eigenaar verantwoordelijk verantwoordelijke eindverantwoordelijke trekker uitvoering ' +
    'samen ook en of maar dan the a an this that these those our we they all everyone team owner not to be yet nobody someone ' +
    'tbd tbc tba pm ntb nvt onbekend unknown pending later zie see i ik u uw jij je jou jouw jullie you your he she it is zijn are was wordt will owner: ' +
    'who wie: eigenaar: wanneer when kosten cost hoe how wat what hij/zij n.t.b. nog-niet de/het projectleider teamleider ' +
    'manager adviseur medewerker medewerkers afdeling gemeente provincie organisatie organisation department municipality members leden teamleden accountable responsible verantwoordelijkheden responsibilities rollen roles taken tasks ' +
    // Roles and groups named by their kind only ("Projectteam, Opdrachtgever"): nobody in particular.
    'projectteam projectgroep opdrachtgever opdrachtnemer beoordelaar beoordelaars stakeholder stakeholders klant klanten client clients ' +
    'provider leverancier supplier vendor docent docenten student studenten students ict ' +
    // Days and months are capitalised in English and start list lines in Dutch; they name no one.
    'maandag dinsdag woensdag donderdag vrijdag zaterdag zondag monday tuesday wednesday thursday friday saturday sunday ' +
    'januari februari maart april mei juni juli augustus september oktober november december january february march may june july august october').split(' '),
);

// "Yordi (opdrachtgever) beoordeelt de demo": a name with its role in brackets, even at the start of a sentence.
const NAME_WITH_ROLE = /\b\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)? \((?:opdrachtgever|projectleider|product ?owner|begeleider|eigenaar|trekker|client|owner|lead|supervisor|mentor|developer|ontwikkelaar)\)/u;

/** Roles that are one identifiable person in an organisation, accepted without a personal name. */
const ACCOUNTABLE_ROLE = /\b(?:CIO|CDO|CISO|CTO|CFO|CEO|wethouder|burgemeester|gedeputeerde|dijkgraaf|gemeentesecretaris|directeur|secretaris-generaal|DG|mayor|alderman|director)\b/i;

/**
 * `wie` needs a named, accountable party: a person or a named team, department or
 * organisation. "Iedereen", "het team", "nog niet bekend" do not answer it.
 */
export function judgeWho(plain: string, leadingNameCounts = false): Weakness | undefined {
  const common = commonWeakness(plain);
  if (common) return common;
  if (hasName(plain, leadingNameCounts) || ACCOUNTABLE_ROLE.test(plain) || NAME_WITH_ROLE.test(plain)) return undefined;
  const vague = VAGUE_PARTY.exec(plain);
  return vague ? { reason: 'vague', word: vague[0] } : { reason: 'no-name' };
}

const INNER_CAPITAL = /\b\p{L}+\p{Ll}\p{Lu}[\p{L}\d]*\b/gu;
const NOT_A_PARTY = new Set(
  ('poc pva pve kvk phd bsc msc ios macos ipados iphone ipad javascript typescript coffeescript github gitlab bitbucket devops devsecops ' +
    'powerpoint sharepoint onedrive onenote whatsapp linkedin youtube facebook openai chatgpt mysql postgresql nosql graphql mongodb ' +
    'nodejs reactjs vuejs nextjs nuxtjs angularjs expressjs wifi ehealth ebook elearning digid mijnoverheid fastapi pytorch tensorflow ' +
    'jupyterlab vscode intellij webstorm figjam qgis arcgis openapi restapi dataframe powerbi powerapps proofofconcept minvws').split(' '),
);

const ROLE_VERB_START = /^(?:Acts|Manages|Ensures|Leads|Handles|Oversees|Coordinates|Works|Makes|Keeps|Helps|Is|Zorgt|Leidt|Beheert|Bewaakt|Coördineert|Is)\s+\p{Ll}/u;
const CAPITALISED = /[\p{Lu}][\p{L}'’.-]*/gu;
// A full stop after a title or an initial ("ing. Mark Hendriks", "A. Verbeek") starts no sentence.
const SENTENCE_START = new RegExp(String.raw`(?:^|(?<!${TITLE_OR_INITIAL})[.!?:;]\s+|\n\s*(?:[-*+]\s+|\d+[.)]\s+)?)$`, 'iu');
// "@batef4380", "github.com/LujaChitrakar": a handle names one person.
const HANDLE = /(?:^|\s)@[\w-]{3,}|(?:github\.com|gitlab\.com|t\.me)\/[\w-]{3,}/;

/**
 * A proper name: a capitalised word that is not a stop word. A capital at the start of a
 * sentence proves nothing ("Dit bepalen wij later"), unless the answer is only a few words.
 */
function hasName(plain: string, leadingNameCounts: boolean): boolean {
  if (HANDLE.test(plain)) return true;
  const short = plain.split(/\s+/).length <= 3;
  // "DiverseXL", "R2D2": a capital inside a word or a digit makes a name wherever it stands, unless the
  // word is a document, technique or product ("PoC", "PvA", "JavaScript", "GitHub").
  for (const word of plain.match(INNER_CAPITAL) ?? []) if (!NOT_A_PARTY.has(word.toLowerCase())) return true;
  for (const match of plain.matchAll(CAPITALISED)) {
    const bare = match[0].replace(/[.'’-]+$/, '');
    if (bare.length <= 1 || NOT_A_NAME.has(bare.toLowerCase()) || NOT_A_PARTY.has(bare.toLowerCase())) continue;
    // "Acts as the product's key stakeholder": a role described by its verb names no one.
    // "Verantwoordelijkheden: ...": a leading word before a colon is a label, not a name.
    const leading = leadingNameCounts && match.index === 0 && !ROLE_VERB_START.test(plain) && !/^[^\s:]+\s*:/.test(plain);
    if (short || leading || !SENTENCE_START.test(plain.slice(0, match.index))) return true;
  }
  return false;
}
