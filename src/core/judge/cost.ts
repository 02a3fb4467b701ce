import { commonWeakness, type Weakness } from './text.js';
import { anyPattern } from '../text/anyPattern.js';

// Most patterns start with the amount, so the search tries it at every digit. A bare number starts where its
// digits do (a match from inside them is a match from their start too), and a grouped one takes at most six
// groups (a longer run still has a match from a later group): a long run of digits or groups is then read
// once, not once per digit. Only whether a pattern matches is asked (anyPattern), and that stays the same.
const AMOUNT = String.raw`\d{1,3}(?:[.\s]\d{3}){1,6}(?:,\d{1,2}|,-)?|\d{1,3}(?:,\d{3}){1,6}(?:\.\d{1,2})?|(?<!\d)\d+(?:[.,]\d+)?`;
const SCALE = String.raw`(?:\s?(?:k|K|m|M|mln|mio|miljoen|miljard|mld|duizend|million|billion|thousand|bn)\b)?`;

/** Money: a currency next to a number ("1 USD = x EUR" is an exchange rate, not an amount). */
const MONEY: RegExp[] = [
  new RegExp(String.raw`(?:€|£|\$|\bEUR\b|\bGBP\b|\bUSD\b|\beuro\b)\s?(?:${AMOUNT})${SCALE}`, 'i'),
  new RegExp(String.raw`(?:${AMOUNT})${SCALE}\s?(?:€|\bEUR\b|\beuros?\b|\bUSD\b|\bGBP\b|\bdollars?\b)(?!\s*=)`, 'i'),
  new RegExp(String.raw`\b[kKmM]€\s?(?:${AMOUNT})`),
  new RegExp(String.raw`(?:${AMOUNT})\s?[kKmM]€`),
  // "5kEUR each", "3kUSD": a scale glued to the currency code.
  new RegExp(String.raw`\b\d+(?:[.,]\d+)?[kKmM](?:EUR|USD|GBP)\b`),
  // "TOTAL : 2196 DAI", "5,000 USDC": stablecoins and the larger tokens grants are paid in.
  new RegExp(String.raw`(?:${AMOUNT})\s?(?:DAI|USDC|USDT|ETH|BTC|xDAI|OP|ARB|GNO|DOT|ATOM|SOL|ADA|XTZ|NEAR|FIL|GRT|MATIC|yUSD)\b`),
];

/** An explicit zero or non-money cost: the method says some ideas cost time or courage, not money. */
const ZERO_OR_TIME_COST = new RegExp(
  [
    String.raw`\bgeen\s+(?:extra\s+|aanvullende\s+)?(?:kosten|geld|budget|uitgaven)\b`,
    String.raw`\bkost\s+(?:vrijwel\s+|bijna\s+)?(?:niets|niks|geen geld)\b`,
    String.raw`\b(?:kosteloos|gratis|kostenneutraal|budgetneutraal)\b`,
    String.raw`\bnul\s+euro\b`,
    String.raw`\bno\s+(?:extra\s+|additional\s+)?(?:costs?|money|budget)\b`,
    // "Dit voorstel heeft geen financiële consequenties", "This is a no-cost change".
    String.raw`\bgeen\s+(?:extra\s+|aanvullende\s+)?(?:financiële\s+(?:consequenties|gevolgen)|middelen)\b`,
    String.raw`\bno\s+(?:financial\s+(?:implications|consequences)|additional\s+resources)\b|\bno-cost\b`,
    String.raw`\b(?:free of charge|costs? nothing|zero cost|cost-neutral|budget-neutral)\b`,
    // "3 × 280 studie-uren", "40 werkuren": hours named by their kind are hours.
    String.raw`\b\d+(?:[.,]\d+)?\s*(?:(?:studie|werk|project|man|mens|ontwikkel|advies|stage)-?)?(?:fte|uur|uren|hours?|mensdagen|persoonsdagen|werkdagen|person-days?|man-days?|person[- /]?months?|man[- /]?months?|persoonsmaanden|mensmaanden)\b`,
    // "Accessibility Lead: 50% time", "20% team capacity": effort as a share of someone's time.
    String.raw`\b\d{1,3}\s?%\s*(?:(?:of\s+)?(?:\w+\s+)?(?:time|capacity|capaciteit|tijd|inzet)\b)`,
    String.raw`\b(?:total|totaal|totale|in totaal)\s+(?:hours|uren|effort|inzet|fte)\s*:?\s*\d+`,
    String.raw`\b(?:een|twee|drie|vier|vijf|tien|one|two|three|four|five|ten|half|halve)\s+(?:fte|uur|uren|hours|mensdagen|dagen|days)\b`,
  ].join('|'),
  'i',
);

const VAGUE_COST = /\b(?:uit het [\w-]*fonds|uit (?:de )?bestaande (?:middelen|budgetten)|laag|beperkt|gering|hoog|meevallen|low|limited|existing budget|from the [\w-]* fund)\b/i;

// "Gemiddeld bruto tarief van € 155,-", "$25 a month": a rate is no cost until it is multiplied
// (shared/method.md); what is left once the rates are taken out must still give an amount.
const RATE = /\b(?:uur|dag)?tarief\s+(?:van\s+)?(?:€|£|\$|EUR|USD|GBP)\s?[\d.,]+(?:,-)?|\b(?:hourly|daily|day)\s+rate\s+(?:of\s+)?(?:€|£|\$|EUR|USD|GBP)\s?[\d.,]+|(?:€|£|\$|EUR|USD|GBP)\s?[\d.,]+(?:,-)?\s*(?:per|\/|a|an|each)\s*(?:(?:gebruiker|user|licentie|licen[cs]e|seat|persoon|person)\s+(?:per|\/|a|an)\s*)?(?:uur|hour|hr|dag|day|maand|month|week)\b|\d[\d.,]*\s?(?:euro|eur|dollars?|usd)\s*(?:per|\/|a|an|each)\s*(?:uur|hour|hr|dag|day|maand|month|week)\b/gi;

/** The rate, when the only amounts in the text are rates; else undefined. */
export function onlyRate(text: string): string | undefined {
  const rate = text.match(RATE);
  return rate && !hasAmount(text.replace(RATE, ' ')) ? rate[0] : undefined;
}

export function judgeCost(plain: string): Weakness | undefined {
  if (hasAmount(plain)) {
    const rate = onlyRate(plain);
    return rate ? { reason: 'vague', word: rate } : undefined;
  }
  const common = commonWeakness(plain);
  if (common) return common;
  const vague = VAGUE_COST.exec(plain);
  return vague ? { reason: 'vague', word: vague[0] } : { reason: 'no-amount' };
}

export const hasMoney = anyPattern(MONEY);

export function hasAmount(text: string): boolean {
  return hasMoney(text) || ZERO_OR_TIME_COST.test(text);
}

/** Reads a money amount in euro ("€ 185.000", "k€ 85", "EUR 420,000", "€ 1,2 mln"), or undefined. */
export function parseEuro(text: string): number | undefined {
  const match = /(k€|m€|€|EUR|euro)?\s?(\d[\d.,\s]*\d|\d)\s?(k€|m€|k|mln|miljoen|million|duizend|thousand)?\b\s?(€|EUR|euro)?/i.exec(text);
  if (!match || !(match[1] || match[4] || /k€|m€/i.test(match[3] ?? ''))) return undefined;
  const value = readNumber(match[2].replace(/\s/g, ''));
  if (value === undefined) return undefined;
  const prefix = (match[1] ?? '').toLowerCase();
  const scale = (match[3] ?? '').toLowerCase();
  const factor = prefix === 'k€' || scale === 'k€' || scale === 'k' || scale === 'duizend' || scale === 'thousand' ? 1000
    : prefix === 'm€' || scale === 'm€' || scale === 'mln' || scale === 'miljoen' || scale === 'million' ? 1_000_000 : 1;
  return Math.round(value * factor * 100) / 100;
}

/** "185.000" and "185,000" are thousands; "1,5" and "1.5" are decimals. */
function readNumber(raw: string): number | undefined {
  const cleaned = raw.replace(/,-$/, '');
  if (/^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(cleaned)) return Number(cleaned.replace(/\./g, '').replace(',', '.'));
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(cleaned)) return Number(cleaned.replace(/,/g, ''));
  if (/^\d+(?:[.,]\d+)?$/.test(cleaned)) return Number(cleaned.replace(',', '.'));
  return undefined;
}

export function formatEuro(value: number, language: 'nl' | 'en'): string {
  const [whole, cents] = value.toFixed(2).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, language === 'nl' ? '.' : ',');
  const fraction = cents === '00' ? '' : (language === 'nl' ? ',' : '.') + cents;
  return `€ ${grouped}${fraction}`;
}
