import type { Table, TableCell } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { currencyOf, parseMoney, readNumber, scaleOf, type Money } from './money.js';
import { maskMarks, periodOf } from './amount-context.js';
import type { Currency, Period } from './types.js';

/**
 * A cost table read as the cost model reads it: per amount column its kind (from the header:
 * "Eenmalig", "Structureel per jaar", "2027", "Vier jaar"), per row its kind (a rate row such as
 * "Uurtarief" or "€ 95 per uur" is never an item; "€ 9.600 per jaar" is recurring) and the
 * Totaal row. The `cost-total` rule and the cost fact share it.
 */
export type ColumnKind = 'one-off' | 'recurring' | 'year' | 'total' | 'plain';
export type RowKind = 'one-off' | 'recurring' | 'rate' | 'funding';

export interface TableAmount {
  row: number;
  column: number;
  amount: number;
  kind: RowKind;
  per?: Period;
  label: string;
  cell: TableCell;
}

export interface CostTable {
  columns: ColumnKind[];
  /** Body amounts above the total row (all body amounts when there is none). */
  items: TableAmount[];
  /** Index in `table.children` of the Totaal row, or -1. */
  totalRow: number;
  /** What the Totaal row says is one-off ("Totaal eenmalig"), recurring, or the whole ("Totaal", "Totaal eerste jaar"). */
  totalScope: 'overall' | 'one-off' | 'recurring';
  currency: Currency;
  /** The amount in a cell of this table (bare numbers under a currency header when there is a Totaal row). */
  moneyIn: (text: string, column: number) => Money | undefined;
}

export const TOTAL_LABEL = /^\s*(?:totaal|total|totale kosten|total costs?|som|eindtotaal|grand total)\b/i;
const RECURRING_TEXT = /\b(?:per\s+(jaar|maand|kwartaal|week|year|month|quarter)|jaarlijks\w*|structure(?:el|le)|yearly|annual(?:ly)?|monthly|maandelijks)\b/i;
const RATE_TEXT = /\b(?:per\s+(?!(?:jaar|maand|kwartaal|week|year|month|quarter)\b)[\p{L}-]+|uurtarief|tarief|rate|hourly|each)\b|(?:^|\s)à\s/iu;
const FUNDING_TEXT = /\b(?:reserve|saldo|stand|dekking|bijdrage|financiering|funding|contribution|gevraagd|subsidie|inkomsten|income)\b/i;
const ONE_OFF_TEXT = /\b(?:eenmalig\w*|one-off|one-time|incidenteel)\b/i;
const MULTI_PERIOD = /\b(?:totaal|total|(?:twee|drie|vier|vijf|\d+)\s+(?:jaar|years?))\b/i;

export function readCostTable(table: Table): CostTable | undefined {
  const rows = table.children;
  if (rows.length < 2) return undefined;
  const columns = rows[0].children.map((cell) => columnKind(toString(cell)));
  const totalRow = rows.findIndex((row, index) => index > 0 && row.children.some((cell, column) => column < 2 && TOTAL_LABEL.test(plain(cell))));
  const cellMoney = headerMoney(table, totalRow > 0);
  const totalLabel = totalRow > 0 ? rows[totalRow].children.map(plain).join(' ') : '';
  const items: TableAmount[] = [];
  let currency: Currency = 'EUR';
  const bodyEnd = totalRow > 0 ? totalRow : rows.length;
  for (let row = 1; row < bodyEnd; row++) {
    const cells = rows[row].children;
    const label = cells[0] ? plain(cells[0]) : '';
    cells.forEach((cell, column) => {
      if (column === 0) return;
      const text = plain(cell);
      const money = cellMoney(text, column);
      if (!money) return;
      currency = money.currency;
      const kind = rowKind(label, text, columns[column]);
      const period = RECURRING_TEXT.exec(`${text} ${label} ${headerText(table, column)}`)?.[1];
      items.push({ row, column, amount: money.amount, kind, per: kind === 'recurring' ? periodOf(period ?? 'jaar') : undefined, label, cell });
    });
  }
  const amountRows = new Set(items.map((item) => item.row));
  if (totalRow < 0 && amountRows.size < 2) return undefined;
  const totalScope = ONE_OFF_TEXT.test(totalLabel) ? 'one-off' : RECURRING_TEXT.test(totalLabel) && !/eerste jaar|first year/i.test(totalLabel) ? 'recurring' : 'overall';
  return { columns, items, totalRow, totalScope, currency, moneyIn: cellMoney };
}

/** The amount in each cell of the total row, by column. */
export function totalCells(table: Table, model: CostTable): Array<{ column: number; amount: number; cell: TableCell }> {
  if (model.totalRow < 0) return [];
  return table.children[model.totalRow].children.flatMap((cell, column) => {
    const money = column > 0 ? model.moneyIn(plain(cell), column) : undefined;
    return money ? [{ column, amount: money.amount, cell }] : [];
  });
}

/** What the rows of one column add up to: the one-off items, and with one period of the recurring ones. */
export function columnSums(model: CostTable, column: number): { oneOff: number; recurring: number; count: number } {
  const inColumn = model.items.filter((item) => item.column === column && (item.kind === 'one-off' || item.kind === 'recurring'));
  const recurringColumn = model.columns[column] === 'recurring';
  const oneOff = inColumn.filter((item) => item.kind === 'one-off' && !recurringColumn).reduce((sum, item) => sum + item.amount, 0);
  const recurring = inColumn.filter((item) => item.kind === 'recurring' || recurringColumn).reduce((sum, item) => sum + item.amount, 0);
  return { oneOff, recurring, count: inColumn.length };
}

/** A header that says its column is money: "£", "Bedrag (€)", "Kosten in euro", "Amount (GBP)", "k€". */
const HEADER_CURRENCY = /(k€|€|£|\$)|\b(EUR|euros?|GBP|USD)\b/i;
const HEADER_SCALE = /[x×]\s*(?:€|£|\$|eur\w*)?\s*1[.,]?000|\bM€|\b(?:mln|miljoen|million|duizend|thousand|tarief|rate|prijs|price|unit|per)\b/i;

/**
 * The amount in a cell: written with its currency, or a bare number under a header that names one
 * ("| Item | £ |" over "| Fees | 48,000 |"). Only a cell that is a number and nothing else is read so,
 * and only in a table with a Totaal row (`bare`): without one, a unit-cost column beside a total
 * column would be added up with it.
 */
function headerMoney(table: Table, bare: boolean): (text: string, column: number) => Money | undefined {
  // A header with a scale ("Bedrag (x € 1.000)", "M€") or over prices ("Tarief (€)") is left to its cells.
  const currencies = (table.children[0]?.children ?? []).map((cell) => {
    const header = toString(cell);
    return bare && !HEADER_SCALE.test(header) ? HEADER_CURRENCY.exec(header) : null;
  });
  return (text, column) => {
    const written = parseMoney(text);
    const header = currencies[column];
    if (written || !header) return written;
    const amount = /^\d[\d.,]*$/.test(text) ? readNumber(text) : undefined;
    if (amount === undefined) return undefined;
    const symbol = header[1] ?? header[2];
    return { amount: amount * scaleOf(undefined, symbol), currency: currencyOf(symbol), index: 0, end: text.length, raw: text };
  };
}

function columnKind(header: string): ColumnKind {
  const text = header.trim();
  if (ONE_OFF_TEXT.test(text)) return 'one-off';
  if (RECURRING_TEXT.test(text)) return 'recurring';
  if (/^\s*(?:19|20)\d{2}\s*$/.test(text)) return 'year';
  if (MULTI_PERIOD.test(text)) return 'total';
  return 'plain';
}

function rowKind(label: string, cellText: string, column: ColumnKind | undefined): RowKind {
  if (FUNDING_TEXT.test(label)) return 'funding';
  if (RATE_TEXT.test(cellText.replace(/^[^€$£\d]*[€$£]?\s?[\d.,]+/, '')) || /\b(?:uurtarief|tarief|rate|per uur|per hour|per inwoner)\b/i.test(label)) return 'rate';
  if (column === 'recurring' || RECURRING_TEXT.test(cellText) || (column === 'plain' && RECURRING_TEXT.test(label))) return 'recurring';
  return 'one-off';
}

function headerText(table: Table, column: number): string {
  const cell = table.children[0]?.children[column];
  return cell ? toString(cell) : '';
}

function plain(cell: TableCell): string {
  return maskMarks(toString(cell)).replace(/\s+/g, ' ').trim();
}
