import type { CostChange, DateChange, FactChanges, QuestionChange } from '../../core/index.js';

/** Short English phrases for the typed facts that changed, shared by the terminal and Markdown output. */
export function describeFacts(facts: FactChanges | undefined): string[] {
  if (!facts) return [];
  const lines: string[] = [];
  if (facts.owner) lines.push(`owner: ${facts.owner.before ?? 'none'} → ${facts.owner.after ?? 'none'}`);
  if (facts.start) lines.push(`start: ${describeDate(facts.start)}`);
  if (facts.end) lines.push(`end: ${describeDate(facts.end)}`);
  for (const milestone of facts.milestones ?? []) lines.push(`milestone “${shorten(milestone.label, 50)}”: ${describeDate(milestone)}`);
  if (facts.cost) lines.push(`cost: ${describeCost(facts.cost)}`);
  return lines;
}

function describeDate(change: DateChange): string {
  const moved = change.shiftDays === null ? '' : ` (${shift(change.shiftDays)})`;
  return `${change.before ?? 'none'} → ${change.after ?? 'none'}${moved}`;
}

/** "+92 days, about 3 months later": days are exact, months are what a reviewer thinks in. */
export function shift(days: number): string {
  const sign = days > 0 ? '+' : days < 0 ? '−' : '±';
  const count = Math.abs(days);
  const months = Math.round(count / 30.44);
  const rough = count >= 45 ? `, about ${months} months ${days > 0 ? 'later' : 'earlier'}` : '';
  return `${sign}${count} ${count === 1 ? 'day' : 'days'}${rough}`;
}

function describeCost(change: CostChange): string {
  const money = (amount: number | null) => (amount === null ? 'none' : formatMoney(amount, change.currency));
  const difference = change.difference === null || change.difference === 0 ? '' : ` (${change.difference > 0 ? '+' : '−'}${formatMoney(Math.abs(change.difference), change.currency)})`;
  return `${money(change.before)} → ${money(change.after)}${difference}`;
}

const SYMBOL: Record<string, string> = { EUR: '€', USD: '$', GBP: '£' };

/** "€ 40.000" in the Dutch notation plans mostly use; cents only when there are any. */
export function formatMoney(amount: number, currency: string): string {
  const [whole, cents] = amount.toFixed(2).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${SYMBOL[currency] ?? currency} ${grouped}${cents === '00' ? '' : `,${cents}`}`;
}

export function statusMove(change: QuestionChange): string {
  return change.before.status === change.after.status ? change.after.status : `${change.before.status} → ${change.after.status}`;
}

export function shorten(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1).trimEnd()}…`;
}

/**
 * The changed words with a little context either side, for a one-line summary: long unchanged runs
 * become "…". Each part keeps its type so a formatter can colour or mark it.
 */
export function condensedWords(change: QuestionChange, context = 6): Array<{ type: 'same' | 'added' | 'removed'; text: string }> {
  const parts = change.words ?? [];
  return parts.map((part, index) => {
    if (part.type !== 'same') return part;
    const words = part.text.split(' ');
    const keepBefore = index > 0 ? context : 0;
    const keepAfter = index < parts.length - 1 ? context : 0;
    if (words.length <= keepBefore + keepAfter + 1) return part;
    const head = words.slice(0, keepBefore);
    const tail = words.slice(words.length - keepAfter);
    return { type: 'same' as const, text: [...head, '…', ...tail].join(' ') };
  });
}
