import { plainText, wordCount } from '../judge/text.js';
import { itemsOf } from '../model/items.js';
import type { Rule } from './rule.js';

const MITIGATION = /\b(?:maatregel\w*|mitigat\w*|oplossing|beperk\w*|voorkom\w*|vangen we op|ondervangen|door\b|aanpak|plan b|we zorgen|mitigation|mitigate\w*|measure|prevent\w*|reduce\w*|address\w*|by\b|countermeasure|fallback)|→|->|=>/i;
const SEPARATED = /\s[—–:]\s|\|/;

const rule: Rule = {
  id: 'risk-mitigation',
  defaultSeverity: 'warning',
  description: { nl: 'Elk risico heeft een maatregel.', en: 'Every risk has a mitigation.' },
  rationale: {
    nl: "Een pitch noemt nadelen en risico's, en per risico hoe je het beperkt. Een risico zonder maatregel is een zorg, geen plan.",
    en: 'A pitch lists drawbacks and risks, and for each how you limit it. A risk without a mitigation is a worry, not a plan.',
  },
  examples: {
    ok: [{ name: 'each risk mitigated', markdown: "# Pitch\n\n## Risico's\n\n- Weinig animo bij inwoners — maatregel: we werven via de wijkteams.\n- Privacy — we doen vooraf een DPIA.\n" }],
    notOk: [{ name: 'bare risk', markdown: "# Pitch\n\n## Risico's\n\n- Weinig animo bij inwoners.\n- Privacy — we doen vooraf een DPIA.\n" }],
  },
  check({ plan, language, report }) {
    for (const { items } of itemsOf(plan, ['risicos'])) {
      for (const item of items) {
        const plain = plainText(item.text);
        const cells = item.node.type === 'tableRow' ? item.node.children.length : 0;
        const mitigated = item.node.type === 'tableRow'
          ? cells >= 2 && wordCount(plainText(item.text.split('|').slice(2).join(' ')), 2) >= 2
          : MITIGATION.test(plain) || (SEPARATED.test(plain) && wordCount(plain.split(SEPARATED).slice(1).join(' '), 3) >= 3);
        if (!mitigated) {
          report({
            message: language === 'nl' ? `Risico zonder maatregel: '${plain.slice(0, 60)}'. Zeg hoe je het beperkt.` : `Risk without a mitigation: '${plain.slice(0, 60)}'. Say how you limit it.`,
            range: plan.lines.rangeOf(item.start, item.end),
          });
        }
      }
    }
  },
};
export default rule;
