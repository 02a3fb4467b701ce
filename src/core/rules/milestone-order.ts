import { parseDate } from '../judge/when.js';
import { plainText } from '../judge/text.js';
import { itemsOf } from '../model/items.js';
import type { Rule } from './rule.js';

const rule: Rule = {
  id: 'milestone-order',
  defaultSeverity: 'warning',
  description: { nl: 'Mijlpalen staan in de volgorde van hun data.', en: 'Milestones are in the order of their dates.' },
  rationale: {
    nl: 'Een planning waarin een latere stap een eerdere datum heeft, is meestal een tikfout in een datum of een vergeten afhankelijkheid.',
    en: 'A timeline in which a later step has an earlier date is usually a typo in a date or a forgotten dependency.',
  },
  examples: {
    ok: [{ name: 'in order', markdown: '# Plan\n\n## Planning\n\n- 1 maart 2027: start\n- 1 juni 2027: pilot klaar\n' }],
    notOk: [{ name: 'out of order', markdown: '# Plan\n\n## Planning\n\n- 1 maart 2027: start\n- 1 februari 2027: pilot klaar\n' }],
  },
  check({ plan, language, report }) {
    for (const { items } of itemsOf(plan, ['wanneer', 'tijdlijn'])) {
      let previous: { date: number; text: string; range: ReturnType<typeof plan.lines.rangeOf> } | undefined;
      for (const item of items) {
        const plain = plainText(item.text);
        const date = parseDate(plain);
        if (date === undefined) continue;
        const range = plan.lines.rangeOf(item.start, item.end);
        if (previous && date < previous.date) {
          report({
            message: language === 'nl'
              ? `Deze mijlpaal ligt vóór de vorige ('${previous.text}'). Klopt de datum?`
              : `This milestone comes before the previous one ('${previous.text}'). Is the date right?`,
            range,
            related: [{ message: language === 'nl' ? 'vorige mijlpaal' : 'previous milestone', range: previous.range }],
          });
        }
        previous = { date, text: plain.slice(0, 50), range };
      }
    }
  },
};
export default rule;
