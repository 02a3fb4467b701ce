import type { Paragraph, Heading } from 'mdast';
import { checkHkw, isHkwLine, type HkwProblem } from '../judge/hkw.js';
import { offsetOf } from '../model/sites.js';
import type { Rule } from './rule.js';

const PROBLEMS: Record<HkwProblem, { nl: string; en: string }> = {
  'not-hkw': { nl: "begint niet met 'Hoe kunnen we'", en: "does not start with 'How might we'" },
  'no-question-mark': { nl: 'eindigt niet met een vraagteken', en: 'does not end with a question mark' },
  'several-questions': { nl: 'stelt meer dan één vraag; splits ze', en: 'asks more than one question; split them' },
  'disguised-solution': { nl: 'is een verkapte oplossing: laat ruimte voor meer oplossingen', en: 'is a solution in disguise: leave room for other solutions' },
  theme: { nl: 'is een thema, geen vraag: maak concreet voor wie en wat', en: 'is a theme, not a question: say for whom and what' },
};

const HKW_HINT = /kunnen w|might we/i;
// Tried only where white space starts: a match from inside it is one from its start too, and trying every
// position cost a long run of spaces its length squared.
const VOTES = /(?<!\s)\s+[—–-]\s+(?:stemmen|votes)\s*:.*$|(?<!\s)\s*\((?:●|•|\*)+\)\s*$/i;

const rule: Rule = {
  id: 'hkw-form',
  defaultSeverity: 'warning',
  description: { nl: "'Hoe kunnen we ...?'-vragen zijn goed gevormd.", en: "'How might we ...?' questions are well formed." },
  rationale: {
    nl: "Een HKW-vraag is één open vraag die begint met 'Hoe kunnen we' en eindigt met een vraagteken. Niet zo breed dat het een thema is, niet zo smal dat de oplossing er al in zit.",
    en: "A how-might-we question is one open question that starts with 'How might we' and ends with a question mark. Not so broad it is a theme, not so narrow it already holds the solution.",
  },
  examples: {
    ok: [{ name: 'open question', markdown: '# HKW\n\n- Hoe kunnen we jonge ouders sneller helpen aan kinderopvangtoeslag? — stemmen: ●●\n' }],
    notOk: [
      { name: 'solution in disguise', markdown: '# HKW\n\n- Hoe kunnen we met een app de wachttijd bij het loket verkorten?\n' },
      { name: 'theme', markdown: '# HKW\n\n- Hoe kunnen we digitalisering?\n' },
      { name: 'two questions', markdown: '# HKW\n\n- Hoe kunnen we inwoners bereiken? En hoe houden we ze betrokken bij het beleid?\n' },
    ],
  },
  check({ plan, language, report }) {
    const text = plan.lines.text;
    const blocks: Array<Paragraph | Heading> = [...plan.nodes.paragraphs.map((entry) => entry.node), ...plan.nodes.headings];
    for (const node of blocks) {
      const start = offsetOf(node, 'start');
      const end = offsetOf(node, 'end');
      if (!HKW_HINT.test(text.slice(start, end))) continue;
      let lineStart = start;
      for (const line of text.slice(start, end).split('\n')) {
        const cleaned = line.replace(/^\s*(?:#{1,6}\s+|[-*+]\s+|\d+[.)]\s+)?/, '').replace(/[*_]/g, '').replace(VOTES, '');
        if (isHkwLine(cleaned)) {
          const problem = checkHkw(cleaned);
          if (problem) {
            report({
              message: language === 'nl' ? `Deze HKW-vraag ${PROBLEMS[problem].nl}.` : `This how-might-we question ${PROBLEMS[problem].en}.`,
              range: plan.lines.rangeOf(lineStart, lineStart + line.length),
            });
          }
        }
        lineStart += line.length + 1;
      }
    }
  },
};
export default rule;
