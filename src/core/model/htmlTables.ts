import type { Html, Table, TableCell, TableRow } from 'mdast';
import { offsetOf } from './sites.js';

// Plans exported from Word, Confluence or a CMS keep their tables as HTML ("<td>Sponsor</td><td>CFO</td>").
const TABLE = /<table\b/i;
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
    const rows: TableRow[] = [];
    ROW.lastIndex = 0;
    for (let row = ROW.exec(node.value); row; row = ROW.exec(node.value)) {
      const rowStart = row.index + row[0].length;
      const rowEndMatch = ROW_END.exec(node.value.slice(rowStart));
      const rowText = node.value.slice(rowStart, rowEndMatch ? rowStart + rowEndMatch.index : node.value.length);
      const cells: TableCell[] = [];
      CELL.lastIndex = 0;
      for (let cell = CELL.exec(rowText); cell; cell = CELL.exec(rowText)) {
        const from = rowStart + cell.index + cell[0].length;
        const endMatch = CELL_END.exec(node.value.slice(from));
        const to = endMatch ? from + endMatch.index : node.value.length;
        cells.push(cellAt(text, base + from, base + to));
      }
      if (cells.length > 0) rows.push({ type: 'tableRow', children: cells });
    }
    if (rows.length > 0) tables.push({ type: 'table', children: rows, position: node.position });
  }
  return tables;
}

function cellAt(text: string, start: number, end: number): TableCell {
  const value = text.slice(start, end).replace(TAG, ' ').replace(/\s+/g, ' ').trim();
  const position = { start: { line: 0, column: 0, offset: start }, end: { line: 0, column: 0, offset: end } };
  return { type: 'tableCell', children: [{ type: 'text', value, position }], position };
}
