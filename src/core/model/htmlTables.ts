import type { Html, Table, TableCell, TableRow } from 'mdast';
import { offsetOf } from './sites.js';

// Plans exported from Word, Confluence or a CMS keep their tables as HTML ("<td>Sponsor</td><td>CFO</td>").
const TABLE = /<table\b/i;
const TABLE_START = /<table\b/gi;
const ROW = /<tr\b[^>]*>/gi;
const CELL = /<t[dh]\b[^>]*>/gi;
const CELL_END = /<\/t[dh]\s*>|<t[dh]\b|<\/tr\s*>|<tr\b|<\/table\s*>/i;
const ROW_END = /<tr\b|<\/table\s*>/i;
const TAG = /<[^>]*>/g;

/**
 * The tables inside HTML blocks, as mdast tables whose cells point at the cell text in the source.
 * They are read for answers (labels in a first column or header row) and sentences, never rewritten,
 * so the tree itself keeps the HTML.
 */
export function tablesInHtml(html: Html[], text: string): Table[] {
  const tables: Table[] = [];
  for (const node of html) {
    if (!TABLE.test(node.value)) continue;
    const base = offsetOf(node, 'start');
    // One HTML block may hold several tables ("<table>…</table>\n<table>…</table>"): each is read apart.
    const starts = [...node.value.matchAll(TABLE_START)].map((match) => match.index!);
    starts.forEach((from, index) => {
      const to = starts[index + 1] ?? node.value.length;
      const rows = rowsIn(node.value, from, to, base, text);
      if (rows.length > 0) tables.push({ type: 'table', children: rows, position: starts.length === 1 ? node.position : positionAt(node, base, from, to) });
    });
  }
  return tables;
}

function rowsIn(value: string, from: number, to: number, base: number, text: string): TableRow[] {
  const part = value.slice(0, to);
  const rows: TableRow[] = [];
  ROW.lastIndex = from;
  for (let row = ROW.exec(part); row; row = ROW.exec(part)) {
    const rowStart = row.index + row[0].length;
    const rowEndMatch = ROW_END.exec(part.slice(rowStart));
    const rowText = part.slice(rowStart, rowEndMatch ? rowStart + rowEndMatch.index : part.length);
    const cells: TableCell[] = [];
    CELL.lastIndex = 0;
    for (let cell = CELL.exec(rowText); cell; cell = CELL.exec(rowText)) {
      const cellStart = rowStart + cell.index + cell[0].length;
      const endMatch = CELL_END.exec(part.slice(cellStart));
      const cellEnd = endMatch ? cellStart + endMatch.index : part.length;
      cells.push(cellAt(text, base + cellStart, base + cellEnd));
    }
    if (cells.length > 0) rows.push({ type: 'tableRow', children: cells });
  }
  return rows;
}

/** Where the table between `from` and `to` of an HTML block stands in the document. */
function positionAt(node: Html, base: number, from: number, to: number): NonNullable<Table['position']> {
  const point = (index: number) => {
    const before = node.value.slice(0, index);
    const lines = before.split('\n');
    const line = node.position!.start.line + lines.length - 1;
    const column = lines.length === 1 ? node.position!.start.column + index : lines[lines.length - 1].length + 1;
    return { line, column, offset: base + index };
  };
  return { start: point(from), end: point(to) };
}

function cellAt(text: string, start: number, end: number): TableCell {
  const value = text.slice(start, end).replace(TAG, ' ').replace(/\s+/g, ' ').trim();
  const position = { start: { line: 0, column: 0, offset: start }, end: { line: 0, column: 0, offset: end } };
  return { type: 'tableCell', children: [{ type: 'text', value, position }], position };
}
