import { commonWeakness, type Weakness } from './text.js';
import { anyPattern } from '../text/anyPattern.js';

const MONTH =
  '(?:jan(?:uari)?|feb(?:ruari)?|maart|mrt|apr(?:il)?|mei|jun[ie]?|jul[iy]?|aug(?:ustus)?|sep(?:t(?:ember)?)?|okt(?:ober)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|january|february|march|may|june|july|august|september|october|november|december)';
const NUMBER_WORD =
  '(?:\\d+(?:[.,]\\d+)?|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|anderhalf|half|halve|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty|a half)';
const UNIT = '(?:dagen|dag|werkdagen|weken|week|maanden|maand|jaar|jaren|kwartalen|kwartaal|sprints?|days?|weeks?|months?|years?|quarters?)';

// The second number never starts with a digit right after the first one's digit: "12 weken" read as "1" and
// "2 weken" is the same duration read whole, and trying every split cost a long run of digits its length squared.
const DURATION = new RegExp(`\\b${NUMBER_WORD}\\s*(?:tot|à|a|-|–|to)?\\s*(?:(?!(?<=\\d)\\d)${NUMBER_WORD}\\s+)?${UNIT}\\b`, 'i');

// "in 2019", "eind 2027": a year with a word, too loose to mark a step of an approach.
const YEAR_WITH_WORD = /\b(?:(?:voorjaar|najaar|zomer|winter|lente|herfst|begin|eind|einde|medio|midden|half|halverwege|uiterlijk|spring|summer|autumn|fall|winter|end|early|mid|late|by|vanaf|tot|in|per|voor|from|until|before|after|sinds)\s+(?:van\s+|of\s+)?)'?20\d{2}\b/i;
const BARE_YEAR = /^\s*'?20\d{2}\s*$/;

/** Dates, periods and durations: what makes `wanneer` an answer. */
const TIME_EXPRESSIONS: RegExp[] = [
  /\b\d{4}-\d{1,2}-\d{1,2}\b/,
  /\b\d{1,2}[-/.]\d{1,2}[-/.](?:\d{4}|\d{2})\b/,
  new RegExp(`\\b\\d{1,2}(?:e|ste|de)?\\s+${MONTH}\\b`, 'i'),
  new RegExp(`\\b${MONTH}\\.?\\s+(?:\\d{1,2},?\\s+)?'?\\d{2,4}\\b`, 'i'),
  /\b(?:Q|K)[1-4]\b/,
  /\b(?:kwartaal\s+[1-4]|[1-4]e\s+kwartaal|(?:first|second|third|fourth)\s+quarter|(?:eerste|tweede|derde|vierde)\s+kwartaal)\b/i,
  /\b[HS][12]\s*'?\d{2,4}\b/,
  // "In de tweede helft van 2021", "the first half of 2027", "okt'21".
  /\b(?:eerste|tweede|first|second)\s+(?:helft|half)\s+(?:van\s+|of\s+)?'?20\d{2}\b/i,
  new RegExp(`\\b${MONTH}'\\d{2}\\b`, 'i'),
  YEAR_WITH_WORD,
  /\b20\d{2}\s*[-–/]\s*(?:20)?\d{2}\b/,
  // "week 12", "Weken 1-2": a week counted in the plan or the calendar.
  /\b(?:weeks?|weken)\s+\d{1,2}\b/i,
  // "throughout 2027", "de periode 2027-2029", "from 2027 to 2030", "van 2027 tot en met 2030".
  /\b(?:throughout|gedurende|heel|(?:the |de )?(?:period|periode))\s+'?20\d{2}\b|\b(?:from|van)\s+20\d{2}\s+(?:to|until|tot(?: en met)?|through)\s+20\d{2}\b/i,
  // "October 31st", "March 1": a month and day, the year left out.
  new RegExp(`\\b${MONTH}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)\\b`, 'i'),
  // "Mar 5", "Mar 6-7" in a schedule: an abbreviated month and a day (not "may", a verb).
  /\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Okt|Nov|Dec)\.?\s+\d{1,2}(?:\s*[-–]\s*\d{1,2})?\b/,
  // "Eerste week", "de laatste maand", "second sprint": a schedule counted from the start.
  /\b(?:eerste|tweede|derde|vierde|vijfde|laatste|first|second|third|fourth|fifth|final)\s+(?:week|weken|maand|sprint|dag|day|month)\b/i,
  // A schedule counted from the start: "Month 1", "maand 2-3", "dag 1–2", "sprint 4".
  /\b(?:maand|month|dag|day|sprint|kwartaal|quarter)\s+\d{1,2}(?:\s*[-–]\s*\d{1,2})?\b/i,
  DURATION,
  /\b(?:eind|begin|medio|half|halverwege)\s+(?:dit|volgend|komend)\s+jaar\b/i,
  // "Medio september", "begin oktober", "early March": a month placed in the plan's own year.
  new RegExp(`\\b(?:begin|medio|eind|half|halverwege|early|mid|late|end of|beginning of)\\s+${MONTH}\\b`, 'i'),
  BARE_YEAR,
];

const VAGUE_TIME = /\b(?:zo snel mogelijk|z\.s\.m\.?|zsm|asap|as soon as possible|binnenkort|spoedig|op termijn|later|soon|in de toekomst|in the future|some ?time|ergens|t\.z\.t\.?|te zijner tijd|when possible|wanneer mogelijk)\b/i;

// A planning table by day or week: "Dag | Taak" with rows "1–2", "2-4".
const UNIT_WORD = /\b(?:dag|dagen|day|days|week|weken|weeks|maand|maanden|months?|sprints?)\b/i;
const NUMBER_RANGE = /(?:^|\s)\d{1,2}\s*[-–]\s*\d{1,2}(?:\s|$)/;

// "Ik dien dit projectvoorstel in voor vrijdag 19 juni 2026": when the document is handed in, not when the work is done.
const SUBMISSION = /\b(?:dien(?:en)? (?:dit|deze|het|ons|onze|mijn) (?:[\p{L}-]+ ){0,2}(?:voorstel|projectvoorstel|plan|projectplan|aanvraag|document) in|lever(?:en)? (?:dit|deze|het|ons|onze|mijn) (?:[\p{L}-]+ ){0,2}(?:voorstel|projectvoorstel|plan|projectplan|aanvraag|document) in|submit(?:s|ted|ting)? (?:this|the|our|my) (?:proposal|plan|application|document)|(?:this|the) (?:proposal|application) (?:is|was) (?:due|submitted)|(?:bij|by|from) (?:het|the) (?:fonds|funder|fund)|subsidieronde|funding round|applicants will be notified)\b/iu;
// Words any such sentence holds: most text has none, and is left alone without a closer look.
const SUBMISSION_HINT = /dien|lever|submit|due|fonds|fund|subsidieronde|applicants/i;

/** A sentence about handing in the document itself. */
export function speaksOfSubmission(sentence: string): boolean {
  return SUBMISSION_HINT.test(sentence) && SUBMISSION.test(sentence);
}

/** The text without its sentences about handing in the document. */
function withoutSubmission(plain: string): string {
  if (!SUBMISSION_HINT.test(plain)) return plain;
  return plain
    .split(/(?<=[.!?])\s+|\n/)
    .filter((sentence) => !SUBMISSION.test(sentence))
    .join(' ');
}

export function judgeWhen(plain: string): Weakness | undefined {
  const common = commonWeakness(plain);
  if (common) return common;
  const own = withoutSubmission(plain);
  if (hasTimeExpression(own) || (UNIT_WORD.test(own) && NUMBER_RANGE.test(own))) return undefined;
  const vague = VAGUE_TIME.exec(plain);
  return vague ? { reason: 'vague', word: vague[0] } : { reason: 'no-date' };
}

// Every time expression holds a digit, a month or a word of a unit of time: most sentences hold none, and
// this one scan rules them out before the time patterns are tried.
const TIME_HINT = /\d|dag|week|weken|maand|jaar|kwarta|sprint|day|month|year|quarter|jan|feb|maart|mrt|apr|mei|may|march|jun|jul|aug|sep|okt|oct|nov|dec/i;
const withHint = (test: (text: string) => boolean) => (text: string) => TIME_HINT.test(text) && test(text);

export const hasTimeExpression = withHint(anyPattern(TIME_EXPRESSIONS));

const hasDateOrPeriodOrYear = withHint(anyPattern(TIME_EXPRESSIONS.filter((pattern) => pattern !== DURATION)));
/**
 * A day, month, quarter or week with its year, or a range of years: "februari 2026", "Q3 2027", "week 12";
 * more precise than "in 2019", so it marks a step of an approach in time.
 */
export const hasDateOrPeriod = withHint(anyPattern(TIME_EXPRESSIONS.filter((pattern) => pattern !== DURATION && pattern !== YEAR_WITH_WORD && pattern !== BARE_YEAR)));
const DURATION_CUE = /\b(?:nodig|need(?:s|ed)?|in beslag|runs? for|(?:pilot|proef|periode|period|traject|looptijd) (?:van|of)|to complete|af te ronden|afronden in|(?:conducted|carried out|spread|run|take place|plaatsvinden|uitgevoerd|verspreid) over|(?:developer|development|dev|work|werk|ontwikkel) ?(?:time|tijd)|duur\w*|looptijd|doorlooptijd|binnen|gedurende|in totaal|takes?|lasts?|within|over a period|over the course of|in the course of|(?:in|within) the span of|in de loop van|in een tijdsbestek van|for the next|klaar in|done in|ready in|during the|(?:weken|maanden|dagen) de tijd|from (?:the )?(?:kick-?off|start)|after (?:the )?(?:kick-?off|start)|na (?:de )?(?:start|aftrap|kick-?off)|(?:we|wij|ik|i) (?:hebben|heb|have)|(?:hebben|have) (?:we|wij|ik))\b/i;
// "De eerste twee weken", "the next 6 months": an ordinal right before the duration.
const ORDINAL_DURATION = new RegExp(`\\b(?:(?:de|the|in de|in the) )?(?:eerste|laatste|komende|volgende|first|last|next|coming|following) ${NUMBER_WORD}\\s*${UNIT}\\b`, 'i');

/** "De eerste twee weken", "within 3 months": a duration that says it is the plan's own. */
// "De laatste 2 maanden hebben we een PoC gedaan": a duration in the past is history, not the plan.
// "hebben we 5 tot 6 weken de tijd" is the plan's own time; "hebben we ... gedaan" is history.
// "Het project heeft een looptijd van 18 maanden", "we hebben acht weken nodig": possession and need are no past.
const PAST = /\b(?:hadden|had|was|waren|werd|werden|did|were)\b|\b(?:hebben|heeft|have|has)\b(?! (?:een|a|an)\b)(?![^.]*\b(?:de tijd|the time|tijd om|time to|nodig|need)\b)/i;

/** A sentence in a past tense: its dates and durations are history, not the plan's. */
export function speaksOfThePast(text: string): boolean {
  return PAST.test(text);
}

export function hasCuedDuration(text: string): boolean {
  return (ORDINAL_DURATION.test(text) || (DURATION.test(text) && DURATION_CUE.test(text))) && !PAST.test(text);
}

/** In running prose a bare duration ("from 3 weeks to 1 week") is a plan date only with a duration word. */
export function hasPlanTimeInProse(text: string): boolean {
  return hasDateOrPeriodOrYear(text) || hasCuedDuration(text);
}

const NAMED_DATE = new RegExp(`\\b(?:(\\d{1,2})\\s+)?(${MONTH})\\.?\\s+(20\\d{2})\\b`, 'i');

/** A date a plan can be put in order by: returns a sortable yyyymmdd number, or undefined. */
export function parseDate(text: string): number | undefined {
  const iso = /\b(\d{4})-(\d{1,2})-(\d{1,2})\b/.exec(text);
  if (iso) return +iso[1] * 10000 + +iso[2] * 100 + +iso[3];
  const dmy = /\b(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\b/.exec(text);
  if (dmy) return +dmy[3] * 10000 + +dmy[2] * 100 + +dmy[1];
  const named = NAMED_DATE.exec(text);
  if (named) return +named[3] * 10000 + monthNumber(named[2]) * 100 + (named[1] ? +named[1] : 1);
  const quarter = /\b[QK]([1-4])\s*'?(20\d{2})\b/.exec(text);
  if (quarter) return +quarter[2] * 10000 + (+quarter[1] * 3 - 2) * 100 + 1;
  return undefined;
}

/** Month number by the first three letters of its name. */
const MONTH_NUMBERS = new Map(
  ['jan', 'feb', 'maa|mrt|mar', 'apr', 'mei|may', 'jun', 'jul', 'aug', 'sep', 'okt|oct', 'nov', 'dec'].flatMap((alternatives, index) =>
    alternatives.split('|').map((key): [string, number] => [key, index + 1]),
  ),
);

function monthNumber(name: string): number {
  return MONTH_NUMBERS.get(name.toLowerCase().slice(0, 3)) ?? 0;
}

// "Year 1", "Jaar 2", "Maand 1-3", "0-6 months", "12-18+ months": a step of the plan's own schedule,
// counted from its start. Only as the whole of a heading or table cell; in a sentence it may be anything.
const RELATIVE_PERIOD = /^(?:(?:year|jaar|month|maand|quarter|kwartaal|week|day|dag)\s*\d{1,2}(?:\s*[-–]\s*\d{1,2})?|\d{1,2}\s*[-–]\s*\d{1,2}\+?\s*(?:months|maanden|weeks|weken|years|jaar|jaren))\s*:?$/i;

export function isRelativePeriod(text: string): boolean {
  return text.length <= 24 && RELATIVE_PERIOD.test(text.replace(/[*_]/g, '').trim());
}

