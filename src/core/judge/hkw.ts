import { commonWeakness, wordCount, type Weakness } from './text.js';

const PREFIX = /^(?:hkw\s*(?:[:.-]\s*)?)?(hoe kunnen (?:we|wij)|how might we)\b(?!\s?-?(?:vragen|questions))/i;
const DISGUISED_SOLUTION =
  /\b(?:door (?:middel van )?(?:een |de |het )?(?:app|website|platform|dashboard|chatbot|portaal|portal|systeem|tool|ai|algoritme|database)|met behulp van (?:een|de|het) (?:app|website|platform|dashboard|chatbot|portaal|tool|systeem)|met een (?:nieuwe? |eigen |slimme? )?(?:app|website|platform|dashboard|chatbot|portaal|tool|systeem)|door [^?]{0,60}\b(?:in te voeren|te bouwen|te ontwikkelen|te implementeren|aan te schaffen|te kopen|te lanceren)|by (?:building|using|creating|introducing|launching|buying|implementing)|(?:using|with) (?:an?|the) (?:app|platform|tool|dashboard|chatbot|portal|website))\b/i;

export type HkwProblem = 'not-hkw' | 'no-question-mark' | 'several-questions' | 'disguised-solution' | 'theme';

/** What is wrong with one "Hoe kunnen we ...?" question, if anything. */
export function checkHkw(question: string): HkwProblem | undefined {
  const text = question.trim();
  const prefix = PREFIX.exec(text);
  if (!prefix) return 'not-hkw';
  const questionMarks = (text.match(/\?/g) ?? []).length;
  if (questionMarks === 0) return 'no-question-mark';
  if (questionMarks > 1 || /[.!;]\s+\p{Lu}/u.test(text.replace(/\?.*$/, ''))) return 'several-questions';
  if (!/\?\s*(?:[—–-]\s*.*)?$/.test(text)) return 'no-question-mark';
  if (DISGUISED_SOLUTION.test(text)) return 'disguised-solution';
  const rest = text.slice(prefix[0].length).replace(/\?.*$/, '');
  if (wordCount(rest, 4) < 4) return 'theme';
  return undefined;
}

export function isHkwLine(text: string): boolean {
  return PREFIX.test(text.trim());
}

/** The HKW section answers when it holds at least one well-formed question. */
export function judgeHkw(plain: string, lines: string[]): Weakness | undefined {
  const common = commonWeakness(plain);
  if (common) return common;
  return lines.some((line) => isHkwLine(line) && checkHkw(line.replace(/(?<!\s)\s+[—–-]\s+(?:stemmen|votes)\b.*$/i, '')) === undefined)
    ? undefined
    : { reason: 'no-question' };
}
