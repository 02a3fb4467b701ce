import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { LineIndex } from '../text/lineIndex.js';
import { offsetOf, type AnswerSite } from './sites.js';

// One person: two to four capitalised words, Dutch and other name particles between them.
const PARTICLE = "(?:van|de|der|den|het|'t|ten|ter|te|in|op|von|di|da|du|le|la|el|bin|al)";
const NAME_WORD = "\\p{Lu}[\\p{L}'’.-]*";
const PERSON = `${NAME_WORD}(?:\\s+(?:${PARTICLE}\\s+)*${NAME_WORD}){1,3}`;
// What may follow a name on a byline: a student number, an e-mail address, a handle or a role in brackets.
const EXTRA = String.raw`(?:\s*[-–(]?\s*(?:\d{5,}|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|@[\w-]+|\([^)]{1,40}\))\)?)*`;
const SEPARATOR = String.raw`\s*(?:,|;|&|/|\+|\s-\s|\sen\s|\sand\s|\n)\s*`;
const DATE_TAIL = String.raw`(?:\s*[,-]?\s*\d{4}-\d{2}-\d{2}|\s*[,-]?\s*\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})?`;
const BYLINE = new RegExp(`^(?:${PERSON}${EXTRA})(?:${SEPARATOR}${PERSON}${EXTRA}){0,7}${DATE_TAIL}\\s*$`, 'u');
const SEVERAL_OR_NUMBERED = /,|&|\s(?:en|and)\s|\d{5,}|@/;
// Words that are capitalised in titles but name no one.
const NOT_NAMES = /\b(?:Provincie|Ministerie|Waterschap|Rijkswaterstaat|Stichting|Directie|Afdeling|Dienst|Foundation|Ministry|Province|Municipality|Council|Department|Agency|Office|Plan|Project|Projectplan|Proposal|Voorstel|Aanpak|Gemeente|Universiteit|University|Minor|Team|Groep|Group|Inleiding|Introduction|Versie|Version|Concept|Draft|Datum|Date|Hoofdstuk|Chapter)\b/u;

/**
 * The authors' names on a line of their own just under the title ("### Jane Doe, John Roe",
 * "Gatlin Newhouse, Tim Pupkiewicz 2026-03-18"): in real plans that is who does the work.
 */
export function bylineSite(root: Root, lines: LineIndex): AnswerSite | undefined {
  const children = root.children;
  const index = children.findIndex((node) => node.type === 'heading');
  if (index === -1 || index > 2) return undefined;
  for (let next = index + 1; next < Math.min(children.length, index + 3); next++) {
    const node = children[next];
    if (node.type !== 'heading' && node.type !== 'paragraph') return undefined;
    const text = toString(node).trim();
    // A heading is a byline only when it heads nothing ("### Jane Doe" before the next heading) or lists
    // several people or a student number: "## Account Management" over a list is a section.
    const headsNothing = node.type !== 'heading' || children[next + 1]?.type === 'heading' || SEVERAL_OR_NUMBERED.test(text);
    if (headsNothing && text.length > 0 && text.length <= 200 && !/[.!?:]$/.test(text) && BYLINE.test(text) && !NOT_NAMES.test(text)) {
      const start = offsetOf(node, 'start');
      const end = offsetOf(node, 'end');
      return { questionId: 'wie', source: 'byline', label: text, labelRange: lines.rangeOf(start, end), answer: lines.text.slice(start, end).replace(/^#{1,6}[ \t]+/, ''), answerStart: start, answerEnd: end };
    }
    if (node.type === 'heading') return undefined;
  }
  return undefined;
}
