import type { Money } from './money.js';
import type { Period } from './types.js';

/** How a plan uses an amount, read from the words around it. */
export interface AmountUse {
  /** `ignored`: a comparison ("tegen nu € 510.000"), a saving, a funding share or a cap, not a cost. */
  kind: 'one-off' | 'recurring' | 'rate' | 'ignored';
  per?: Period;
  /** What the rate is per ("inwoner", "uur", "each"). */
  rateUnit?: string;
  /** The plan calls it a total ("Totaal € 9.500", "€ 9.500 in totaal", "€ 45.000 voor de proef: ..."). */
  total: boolean;
  /** Marked one-off ("eenmalig", "one-off"): a one-off total still gets the recurring cost added. */
  oneOffMarked: boolean;
  /** A total that already holds a first period of recurring cost ("Totaal eerste jaar", a breakdown with "per jaar" in it). */
  coversRecurring?: boolean;
  /** Recurring cost that starts only after the first year ("Hosting after the first year costs ..."). */
  deferred?: boolean;
}

const PERIOD_WORDS: Array<[RegExp, Period]> = [
  [/^(?:jaar|jr|year|yr|annum)$/i, 'year'],
  [/^(?:maand|month)$/i, 'month'],
  [/^(?:kwartaal|quarter)$/i, 'quarter'],
  [/^week$/i, 'week'],
];
/** The words of a period after "per" ("per jaar", "a year"). */
const PERIOD_WORD = 'jaar|jr|maand|kwartaal|week|year|yr|month|quarter|annum';
const PERIOD_AFTER = new RegExp(String.raw`^\s*(?:per|\/|p\/|a|an|every|elk|ieder)\s*(${PERIOD_WORD})\b`, 'i');
const PERIOD_IN_CLAUSE = /\b(?:jaarlijks\w*|structure(?:el|le)|yearly|annual(?:ly)?|recurring|terugkerend\w*|per jaar|per year|a year)\b|\b(maandelijks\w*|monthly|per maand|per month)\b/i;
const RATE_AFTER = new RegExp(String.raw`^\s*(?:(?:per|\/|p\/)\s*(?!(?:${PERIOD_WORD})\b)([\p{L}-]+)|(each|apiece|elk|ieder|per stuk))`, 'iu');
// `(?:^|\s)à`: \b before a letter outside ASCII needs a word character before it, which " à " has not.
const RATE_BEFORE = /(?:(?:^|\s)à|@|\belk|\beach|\bieder|\b(?:uur)?tarief(?:\s+van)?|\brate(?:\s+of)?|\bhourly)\s*$/i;
/** A clause that opens with the unit: "Per kat ongeveer € 90" (not "per saldo", "per september", "as per quote"). */
const RATE_OPENING = new RegExp(
  String.raw`^\s*per\s+(?!(?:${PERIOD_WORD}|saldo|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|january|february|march|may|june|july|august|october)\b)[\p{L}-]+(?:\s+(?:ongeveer|circa|ca\.?|zo'n|about|around|approximately|roughly))?\s*$`,
  'iu',
);
const COMPARISON_BEFORE = /\b(?:tegen(?: nu)?|was|waren|nu|currently|now|compared (?:to|with)|versus|vs\.?|in plaats van|instead of|i\.p\.v\.)\s*\(?\s*$/i;
const FROM_TO = /\bvan\s*$/i;
const SAVING = /\b(?:bespar\w*|besparing\w*|minder uit\w*|terugverdien\w*|opbrengst\w*|saves?|saving\w*|revenue|less on|minder aan)\b/i;
const SAVING_AFTER = /^\s*(?:minder|less|lager|lower)\b/i;
const FUNDING_BEFORE = /\b(?:betaalt|betalen|draagt|dragen|bijdrage(?:\s+van)?|contributes?|contribution(?:\s+of)?|pays?|gefinancierd|financiert|gevraagd bedrag|eigen bijdrage|dekking|gedekt|reserve\w*|covered by|funded|requested from)\b[^€$£\d]{0,40}$/i;
const CAP_BEFORE = /\b(?:maximaal|maximum|max\.|up to|at most|hoogstens)\s*$/i;
const TOTAL_BEFORE = /\b(?:totaal\w*|in totaal|totale?|total|samen|tezamen|all-in|in all|volledige|full|gehele|overall|eindtotaal|som|komt (?:daarmee |dat )?(?:uit )?op)\b/i;
const TOTAL_AFTER = /^\s*(?:in totaal|in total|totaal|in all|all-in|voor het (?:eerste|1e) jaar|for the first year|(?:in )?(?:het )?eerste jaar)\b/i;
const ONE_OFF = /\b(?:eenmalig\w*|one-off|one-time|once)\b/i;
const FIRST_YEAR = /\b(?:eerste jaar|1e jaar|first year|jaar 1|year 1)\b/i;
const DEFERRED = /\b(?:na het eerste jaar|vanaf (?:het )?(?:tweede|2e) jaar|vanaf jaar 2|after the first year|from the second year|from year 2|in later years)\b/i;
const CLAUSE_BREAK = /[.;!?\n]\s|,\s|\s[–—]\s|\n/g;

/** Replaces Markdown marks with spaces, so offsets stay those of the source. */
export function maskMarks(text: string): string {
  return text.replace(/[*_`|#>]/g, ' ');
}

/**
 * Reads the use of each amount in `text` (masked with maskMarks). Clauses run from the previous
 * comma, full stop or amount to the next; a colon does not end the clause before an amount
 * ("Totaal: € 30.000").
 */
export function readUses(text: string, amounts: Money[]): AmountUse[] {
  const uses = amounts.map((money, index): AmountUse => {
    const before = clauseBefore(text, money.index, index > 0 ? amounts[index - 1].end : 0);
    const after = clauseAfter(text, money.end, index + 1 < amounts.length ? amounts[index + 1].index : text.length);
    const clause = `${before} ${after}`;
    const use: AmountUse = { kind: 'one-off', total: false, oneOffMarked: ONE_OFF.test(clause) };
    if (
      COMPARISON_BEFORE.test(before) || (FROM_TO.test(before) && /^\s*naar\b/i.test(after)) || SAVING.test(clause) || SAVING_AFTER.test(after) ||
      FUNDING_BEFORE.test(before) || (CAP_BEFORE.test(before) && /beschikbaar|available/i.test(after))
    ) {
      return { ...use, kind: 'ignored' };
    }
    // "£ 4,000 per⏎teacher", "€ 6.500 per⏎jaar": a unit or period on the next line still belongs to the amount.
    const unit = /\bper\s*$/i.test(after) ? text.slice(money.end, money.end + 60) : after;
    const rate = RATE_AFTER.exec(unit);
    if (rate || RATE_BEFORE.test(before) || RATE_OPENING.test(before)) return { ...use, kind: 'rate', rateUnit: (rate?.[1] ?? rate?.[2] ?? 'stuk').toLowerCase() };
    const deferred = DEFERRED.test(sentenceAround(text, money.index, money.end));
    const period = PERIOD_AFTER.exec(unit)?.[1];
    if (period) return { ...use, kind: 'recurring', per: periodOf(period), total: TOTAL_BEFORE.test(before), deferred };
    const inClause = PERIOD_IN_CLAUSE.exec(before) ?? PERIOD_IN_CLAUSE.exec(after.slice(0, 25));
    if (inClause && !use.oneOffMarked) return { ...use, kind: 'recurring', per: inClause[1] ? 'month' : 'year', total: TOTAL_BEFORE.test(before), deferred };
    use.total = TOTAL_BEFORE.test(before) || TOTAL_AFTER.test(after);
    use.coversRecurring = use.total && FIRST_YEAR.test(clause);
    return use;
  });
  markBreakdowns(text, amounts, uses);
  return uses;
}

/** "€ 45.000 voor de proef: € 25.000 ..., € 12.000 ..." and "€ 7.800 (€ 2.400, ...)": the first is the total of what follows. */
function markBreakdowns(text: string, amounts: Money[], uses: AmountUse[]): void {
  for (let index = 0; index < amounts.length; index++) {
    const use = uses[index];
    if (use.kind !== 'one-off' || use.total) continue;
    const sentenceEnd = nextSentenceEnd(text, amounts[index].end);
    const following = amounts.map((money, at) => ({ money, use: uses[at] })).filter(({ money }, at) => at > index && money.index < sentenceEnd);
    const opensList = /^[^.;\n]{0,60}?[:(]/.test(text.slice(amounts[index].end, following[0]?.money.index ?? amounts[index].end));
    const parts = following.filter((entry) => entry.use.kind === 'one-off' || entry.use.kind === 'recurring');
    const sum = parts.reduce((total, entry) => total + entry.money.amount, 0);
    if (parts.length >= 2 && (opensList || Math.abs(sum - amounts[index].amount) < 1)) use.total = true;
    if (use.total && parts.some((entry) => entry.use.kind === 'recurring')) use.coversRecurring = true;
  }
  // A stated total's own breakdown, given after it, may hold the recurring cost too.
  uses.forEach((use, index) => {
    if (!use.total || use.coversRecurring || use.kind !== 'one-off') return;
    const sentenceEnd = nextSentenceEnd(text, amounts[index].end);
    if (amounts.some((money, at) => at > index && money.index < sentenceEnd && uses[at].kind === 'recurring')) use.coversRecurring = true;
  });
}

function sentenceAround(text: string, start: number, end: number): string {
  const from = Math.max(text.lastIndexOf('. ', start), text.lastIndexOf('\n', start)) + 1;
  return text.slice(from, nextSentenceEnd(text, end));
}

function clauseBefore(text: string, at: number, floor: number): string {
  const slice = text.slice(floor, at);
  let start = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let match = CLAUSE_BREAK.exec(slice); match; match = CLAUSE_BREAK.exec(slice)) start = match.index + match[0].length;
  // After another amount, a colon ends its clause: "€ 42.000 in totaal: € 30.000" does not make € 30.000 a total.
  const colon = floor > 0 && start === 0 ? slice.lastIndexOf(':') : -1;
  return slice.slice(Math.max(start, colon + 1)).slice(-80);
}

function clauseAfter(text: string, at: number, ceiling: number): string {
  const slice = text.slice(at, ceiling);
  CLAUSE_BREAK.lastIndex = 0;
  const match = CLAUSE_BREAK.exec(slice);
  return (match ? slice.slice(0, match.index) : slice).slice(0, 60);
}

function nextSentenceEnd(text: string, from: number): number {
  const rest = text.slice(from);
  const match = /[.!?]\s+(?=[A-Z\p{Lu}])|\n\s*\n/u.exec(rest);
  return match ? from + match.index : text.length;
}

export function periodOf(word: string): Period {
  return PERIOD_WORDS.find(([pattern]) => pattern.test(word))?.[1] ?? 'year';
}
