import type { Currency } from './types.js';

/**
 * Money in running text: "€ 185.000", "k€ 85", "EUR 420,000", "€ 1,2 mln", "1,2 miljoen euro",
 * "€ 2 ton", "$ 40k", "£ 28,000", "€ 3 × 25.000". Numbers in Dutch ("1.234,50") and English
 * ("1,234.50") notation. A bare number is not money.
 */
export interface Money {
  amount: number;
  currency: Currency;
  /** Offsets in the text that was searched. */
  index: number;
  end: number;
  raw: string;
}

const NUMBER = String.raw`\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?(?:,-)?|\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d+(?:[.,]\d+)?(?:,-)?`;
const SCALE = String.raw`(?:\s?(?:miljard|mld|billion|bn|miljoen|mln|mio|million|duizend|thousand|ton)\b|\s?[kK]\b|M\b|m\b(?!\s*[²2]))`;
const PREFIX = String.raw`[kKmM]€|€|EUR\b|euro\b|\$|USD\b|£|GBP\b`;
const SUFFIX = String.raw`[kKmM]€|€|EUR\b|euros?\b`;
const TIMES = String.raw`\s*[×x*]\s*`;

const MONEY = new RegExp(
  [
    // 4 × € 10.000. The count starts where its digits do, or where an amount ended inside them ("€ 1.0005 × ..."):
    // a try from inside a run of digits is one the try from its start already made, and each read the whole run.
    String.raw`(?:(?<!\d)|(?<=[.,]\d{1,3}))(?<qty>\d+)${TIMES}(?<p1>${PREFIX})\s?(?<n1>${NUMBER})(?<s1>${SCALE})?`,
    // € 3 × 25.000, € 185.000, k€ 85, EUR 1.2 million
    String.raw`(?<p2>${PREFIX})\s?(?<n2>${NUMBER})(?<s2>${SCALE})?(?:${TIMES}(?<n2b>${NUMBER})(?<s2b>${SCALE})?)?`,
    // 1,2 miljoen euro, 600.000 euro, 85 k€
    String.raw`(?<![\d.,])(?<n3>${NUMBER})(?<s3>${SCALE})?\s?(?<p3>${SUFFIX})`,
  ].join('|'),
  'g',
);

/** The upper bound of a range with its scale, right after an amount without one ("–50k", " to 1.2 million"). */
const RANGE_TAIL = new RegExp(String.raw`\s?(?:[–-]|to|tot)\s?(${NUMBER})(${SCALE})`, 'y');

/** Every amount of money in `text`, in order. */
export function findMoney(text: string): Money[] {
  const found: Money[] = [];
  MONEY.lastIndex = 0;
  for (let match = MONEY.exec(text); match; match = MONEY.exec(text)) {
    const groups = match.groups!;
    const currencyText = groups.p1 ?? groups.p2 ?? groups.p3;
    const numberText = groups.n1 ?? groups.n2 ?? groups.n3;
    const value = readNumber(numberText);
    if (value === undefined) continue;
    let amount = value * scaleOf(groups.s1 ?? groups.s2 ?? groups.s3, currencyText);
    if (groups.qty) amount *= Number(groups.qty);
    if (groups.n2b !== undefined) {
      const times = readNumber(groups.n2b);
      if (times !== undefined) amount *= times * scaleOf(groups.s2b, '');
    }
    let end = match.index + match[0].length;
    // "€ 40–50k": the scale written after the range's upper bound is the lower bound's too.
    if (groups.n2 !== undefined && groups.s2 === undefined && groups.n2b === undefined) {
      RANGE_TAIL.lastIndex = end;
      const tail = RANGE_TAIL.exec(text);
      // Only where the lower bound is written small too: "€ 900.000 - 1,1 mln" already has its size.
      if (tail && value <= (readNumber(tail[1]) ?? 0)) {
        amount *= scaleOf(tail[2], currencyText);
        end = RANGE_TAIL.lastIndex;
      }
    }
    found.push({ amount: Math.round(amount * 100) / 100, currency: currencyOf(currencyText), index: match.index, end, raw: text.slice(match.index, end) });
  }
  return found;
}

/** The first amount in `text`, or undefined. */
export function parseMoney(text: string): Money | undefined {
  return findMoney(text)[0];
}

/** "185.000" and "185,000" are thousands; "1,5" and "1.5" are decimals; "1.320" is a thousand and more. */
export function readNumber(raw: string): number | undefined {
  const cleaned = raw.replace(/,-$/, '');
  if (/^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(cleaned)) return Number(cleaned.replace(/\./g, '').replace(',', '.'));
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(cleaned)) return Number(cleaned.replace(/,/g, ''));
  if (/^\d+(?:[.,]\d+)?$/.test(cleaned)) return Number(cleaned.replace(',', '.'));
  return undefined;
}

export function scaleOf(scale: string | undefined, currency: string): number {
  const word = (scale ?? '').trim().toLowerCase();
  const prefix = currency.toLowerCase();
  if (word === 'miljard' || word === 'mld' || word === 'billion' || word === 'bn') return 1e9;
  if (word === 'miljoen' || word === 'mln' || word === 'mio' || word === 'million' || word === 'm' || prefix === 'm€') return 1e6;
  if (word === 'ton') return 1e5;
  if (word === 'duizend' || word === 'thousand' || word === 'k' || prefix === 'k€') return 1e3;
  return 1;
}

export function currencyOf(text: string): Currency {
  if (text === '$' || /^usd$/i.test(text)) return 'USD';
  if (text === '£' || /^gbp$/i.test(text)) return 'GBP';
  return 'EUR';
}

/** A frontmatter `budget: 85000` (a YAML number, or digits with . or , as thousands separator). */
export function parseBudgetValue(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value !== 'string') return undefined;
  const money = parseMoney(value);
  if (money) return money.amount;
  const bare = value.trim().replace(/[.,](?=\d{3}\b)/g, '');
  return /^\d+(?:[.,]\d{1,2})?$/.test(bare) ? Number(bare.replace(',', '.')) : undefined;
}
