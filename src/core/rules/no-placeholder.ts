import type { Rule } from './rule.js';

// Left-over template variables and to-do markers. Guidance in HTML comments is fine.
const PLACEHOLDER = /\{\{\s*[\w.-]+\s*\}\}|\b(?:TODO|FIXME|TBD|XXX)\b|\[(?:vul in|invullen|fill in)[^\]]*\]|\{[\p{L}][\p{L} _-]{0,30}\}/gu;

const SLOT = /^\{[^{]/;

const rule: Rule = {
  id: 'no-placeholder',
  defaultSeverity: 'warning',
  description: { nl: 'Geen achtergebleven sjabloonvariabelen of TODO.', en: 'No left-over template variables or TODO.' },
  rationale: {
    nl: "Een '{{title}}' of 'TODO' in een ingeleverd plan laat zien dat iets niet is ingevuld. Toelichting in HTML-commentaar mag blijven staan.",
    en: "A '{{title}}' or 'TODO' in a submitted plan shows something was not filled in. Guidance in HTML comments may stay.",
  },
  examples: {
    ok: [{ name: 'guidance in a comment', markdown: '# Plan\n\n<!-- TODO voor de schrijver: vul alles in -->\n\nDe pilot start op 1 maart 2027.\n' }],
    notOk: [
      { name: 'template variable', markdown: '# {{title}}\n\nDe pilot start op 1 maart 2027.\n' },
      { name: 'TODO in text', markdown: '# Plan\n\nDe pilot start op 1 maart 2027. TODO: locatie.\n' },
      { name: 'template slot', markdown: '# Plan\n\nDe doorlooptijd is {aantal} weken.\n' },
    ],
  },
  check({ plan, language, report }) {
    const text = plan.lines.text;
    if (!PLACEHOLDER.test(text)) return;
    PLACEHOLDER.lastIndex = 0;
    for (const literal of plan.nodes.literals) {
      const start = literal.position?.start.offset;
      if (start === undefined || !PLACEHOLDER.test(literal.value)) continue;
      PLACEHOLDER.lastIndex = 0;
      const raw = text.slice(start, literal.position?.end.offset);
      for (const match of raw.matchAll(PLACEHOLDER)) {
        // "/users/{id}" in inline code is an address, not an unfilled slot.
        if (literal.type === 'inlineCode' && SLOT.test(match[0])) continue;
        const at = start + (match.index ?? 0);
        report({
          message: language === 'nl' ? `'${match[0]}' is nog niet ingevuld.` : `'${match[0]}' has not been filled in.`,
          range: plan.lines.rangeOf(at, at + match[0].length),
        });
      }
    }
  },
};
export default rule;
