import type { TableCell } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { formatEuro, parseEuro } from '../judge/cost.js';
import { offsetOf } from '../model/sites.js';
import type { Rule } from './rule.js';

const TOTAL_ROW = /^\s*(?:\*\*)?\s*(?:totaal|total|totale kosten|total costs?|som|eindtotaal|grand total)\b/i;
const AMOUNT_TEXT = /(?:k€|m€|€|EUR)\s?\d[\d.,]*(?:\s?(?:k|mln|miljoen))?|\d[\d.,]*\s?(?:k€|euro|EUR)/i;

const rule: Rule = {
  id: 'cost-total',
  defaultSeverity: 'error',
  description: { nl: 'Het totaal van een kostentabel klopt met de regels.', en: "A cost table's total matches its rows." },
  rationale: {
    nl: 'Een begroting waarvan het totaal niet klopt, ondermijnt het hele plan. De snelle oplossing zet de juiste som in de totaalregel.',
    en: 'A budget whose total does not add up undermines the whole plan. The quick fix writes the correct sum into the total row.',
  },
  examples: {
    ok: [{ name: 'adds up', markdown: '# Plan\n\n| Post | Bedrag |\n| --- | --- |\n| Onderzoek | € 20.000 |\n| Pilot | € 65.000 |\n| Totaal | € 85.000 |\n' }],
    notOk: [{ name: 'wrong total', markdown: '# Plan\n\n| Post | Bedrag |\n| --- | --- |\n| Onderzoek | € 20.000 |\n| Pilot | € 65.000 |\n| Totaal | € 95.000 |\n' }],
  },
  check({ plan, language, report }) {
    const text = plan.lines.text;
    for (const table of plan.nodes.tables) {
      const body = table.children.slice(1);
      const totalIndex = body.findIndex((row) => row.children[0] && TOTAL_ROW.test(toString(row.children[0])));
      if (totalIndex < 1) continue;
      const totalRow = body[totalIndex];
      totalRow.children.forEach((cell: TableCell, column) => {
        if (column === 0) return;
        const totalText = toString(cell);
        const stated = parseEuro(totalText);
        if (stated === undefined) return;
        const amounts = body.slice(0, totalIndex).map((row) => (row.children[column] ? parseEuro(toString(row.children[column])) : undefined));
        if (amounts.every((amount) => amount === undefined)) return;
        const sum = amounts.reduce<number>((total, amount) => total + (amount ?? 0), 0);
        if (Math.abs(sum - stated) < 0.5) return;
        const cellStart = offsetOf(cell, 'start');
        const raw = text.slice(cellStart, offsetOf(cell, 'end'));
        const match = AMOUNT_TEXT.exec(raw);
        const correct = formatEuro(sum, plan.language);
        report({
          message: language === 'nl'
            ? `Het totaal ${totalText.trim()} klopt niet: de regels tellen op tot ${formatEuro(sum, 'nl')}.`
            : `The total ${totalText.trim()} is wrong: the rows add up to ${formatEuro(sum, 'en')}.`,
          range: plan.lines.rangeOf(cellStart, offsetOf(cell, 'end')),
          fix: match
            ? {
                description: language === 'nl' ? `Zet het totaal op ${correct}` : `Set the total to ${correct}`,
                edits: [{ start: cellStart + (match.index ?? 0), end: cellStart + (match.index ?? 0) + match[0].length, newText: correct }],
              }
            : undefined,
        });
      });
    }
  },
};
export default rule;
