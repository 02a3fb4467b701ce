import { toString } from 'mdast-util-to-string';
import { formatEuro } from '../judge/cost.js';
import { offsetOf } from '../model/sites.js';
import { columnSums, readCostTable, totalCells, TOTAL_LABEL } from '../facts/cost-table.js';
import type { Rule } from './rule.js';

const AMOUNT_TEXT = /(?:k€|m€|€|EUR)\s?\d[\d.,]*(?:\s?(?:k|mln|miljoen))?|\d[\d.,]*\s?(?:k€|euro|EUR)/i;
const TABLE = '| Post | Bedrag |\n| --- | --- |\n';

const rule: Rule = {
  id: 'cost-total',
  defaultSeverity: 'error',
  description: { nl: 'Het totaal van een kostentabel klopt met de regels.', en: "A cost table's total matches its rows." },
  rationale: {
    nl: 'Een begroting waarvan het totaal niet klopt, ondermijnt het hele plan. Een tarief ("€ 95 per uur", "per inwoner") is geen post en telt niet mee; een jaarbedrag telt één jaar mee, behalve in een "Totaal eenmalig". De snelle oplossing zet de juiste som in de totaalregel.',
    en: 'A budget whose total does not add up undermines the whole plan. A rate ("€ 95 per hour", "per inhabitant") is not an item and is not added; a yearly amount counts one year, except in a "one-off total". The quick fix writes the correct sum into the total row.',
  },
  examples: {
    ok: [
      { name: 'adds up', markdown: `# Plan\n\n${TABLE}| Onderzoek | € 20.000 |\n| Pilot | € 65.000 |\n| Totaal | € 85.000 |\n` },
      { name: 'a rate row is not an item', markdown: `# Plan\n\n${TABLE}| Onderzoek | € 20.000 |\n| Uurtarief adviseur | € 95 per uur |\n| Pilot | € 65.000 |\n| Totaal | € 85.000 |\n` },
      { name: 'a first-year total counts one year of a recurring row', markdown: `# Plan\n\n${TABLE}| Bouw | € 20.000 |\n| Licentie | € 6.000 per jaar |\n| Totaal eerste jaar | € 26.000 |\n` },
    ],
    notOk: [
      { name: 'wrong total', markdown: `# Plan\n\n${TABLE}| Onderzoek | € 20.000 |\n| Pilot | € 65.000 |\n| Totaal | € 95.000 |\n` },
      { name: 'a one-off total that adds a recurring row', markdown: `# Plan\n\n${TABLE}| Bouw | € 20.000 |\n| Licentie | € 6.000 per jaar |\n| Totaal eenmalig | € 26.000 |\n` },
    ],
  },
  check({ plan, language, report }) {
    const text = plan.lines.text;
    for (const table of plan.nodes.tables) {
      // Most tables have no Totaal row: skip reading their cells.
      if (!table.children.some((row, index) => index > 1 && row.children.slice(0, 2).some((cell) => TOTAL_LABEL.test(toString(cell).replace(/[*_]/g, ''))))) continue;
      const model = readCostTable(table);
      if (!model || model.totalRow < 2) continue;
      for (const { column, amount: stated, cell } of totalCells(table, model)) {
        const { oneOff, recurring, count } = columnSums(model, column);
        if (count === 0) continue;
        const oneOffOnly = model.totalScope === 'one-off' && model.columns[column] !== 'recurring';
        const expected = Math.round((oneOffOnly ? oneOff : oneOff + recurring) * 100) / 100;
        // A plain "Totaal" beside a yearly row may mean the one-off part: accept either reading.
        const accepted = oneOffOnly ? [expected] : [expected, oneOff];
        if (accepted.some((sum) => Math.abs(sum - stated) < 0.5)) continue;
        const totalText = toString(cell);
        const cellStart = offsetOf(cell, 'start');
        const raw = text.slice(cellStart, offsetOf(cell, 'end'));
        const match = AMOUNT_TEXT.exec(raw);
        const correct = formatEuro(expected, plan.language);
        report({
          message: language === 'nl'
            ? `Het totaal ${totalText.trim()} klopt niet: de regels tellen op tot ${formatEuro(expected, 'nl')}.`
            : `The total ${totalText.trim()} is wrong: the rows add up to ${formatEuro(expected, 'en')}.`,
          range: plan.lines.rangeOf(cellStart, offsetOf(cell, 'end')),
          fix: match
            ? {
                description: language === 'nl' ? `Zet het totaal op ${correct}` : `Set the total to ${correct}`,
                edits: [{ start: cellStart + (match.index ?? 0), end: cellStart + (match.index ?? 0) + match[0].length, newText: correct }],
              }
            : undefined,
        });
      }
    }
  },
};
export default rule;
