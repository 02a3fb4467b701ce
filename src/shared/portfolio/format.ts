/** Amounts, dates and statuses as the portfolio shows them, in the UI's language. Pure, used by the host and the webview. */
import type { Status } from '../../core/index.js';

const MARKS: Record<Status, string> = { answered: '✓', weak: '~', missing: '✗' };

export function mark(status: Status): string {
  return MARKS[status];
}

export function money(amount: number, currency: string, language: 'nl' | 'en'): string {
  return new Intl.NumberFormat(language === 'nl' ? 'nl-NL' : 'en-GB', {
    style: 'currency',
    currency,
    maximumFractionDigits: Number.isInteger(amount) ? 0 : 2,
  }).format(amount);
}

/** ISO dates stay ISO: unambiguous in both languages and sortable by eye. */
export function dateText(iso: string | undefined): string {
  return iso ?? '–';
}
