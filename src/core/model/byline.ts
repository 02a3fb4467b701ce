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
const SEPARATOR = String.raw`\s*(?:,|;|&|/|\+|~|\s-\s|\sen\s|\sand\s|\n)\s*`;
const DATE_TAIL = String.raw`(?:\s*[,-]?\s*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\s*[,-]?\s*\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})?`;
// "by Cedric Bhihe, 2018.03.02", "door Jan de Vries": the word that introduces the authors may open the line.
const BYLINE = new RegExp(`^(?:(?:by|door)\\s+)?(?:${PERSON}${EXTRA})(?:${SEPARATOR}${PERSON}${EXTRA}){0,7}${DATE_TAIL}\\s*$`, 'u');
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
  const inTitle = titleAuthor(children[index], lines);
  if (inTitle) return inTitle;
  for (let next = index + 1; next < Math.min(children.length, index + 3); next++) {
    const node = children[next];
    if (node.type !== 'heading' && node.type !== 'paragraph') return undefined;
    const text = toString(node).trim();
    // A heading is a byline only when it heads nothing ("### Jane Doe" before the next heading) or lists
    // several people or a student number: "## Account Management" over a list is a section.
    // A heading over deeper headings ("### Korte Termijn (0-2 jaar)" over "#### Project 1") heads a section.
    const following = children[next + 1];
    const headsNothing = node.type !== 'heading' || (following?.type === 'heading' && following.depth <= node.depth) || SEVERAL_OR_NUMBERED.test(text);
    if (headsNothing && text.length > 0 && text.length <= 200 && !/[.!?:]$/.test(text) && BYLINE.test(text) && !NOT_NAMES.test(text)) {
      const start = offsetOf(node, 'start');
      const end = offsetOf(node, 'end');
      return { questionId: 'wie', source: 'byline', label: text, labelRange: lines.rangeOf(start, end), answer: lines.text.slice(start, end).replace(/^#{1,6}[ \t]+/, ''), answerStart: start, answerEnd: end };
    }
    if (node.type === 'heading') return undefined;
  }
  return undefined;
}

// "# Proposal - Tumor treatment - computational science - Madelief Verburg", "# Sportschema's aanmaken van Deveney
// Etnel": the author closes the title, after "by", "door" or "van", or as the last of three or more parts. Only
// names written as names (a capital, then small letters), as subtitles ("— Geüpdatete Prioriteiten") look alike.
const NAME_CASE = "\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?";
const TITLE_NAME = `(${NAME_CASE}(?:\\s+(?:${PARTICLE}\\s+)*${NAME_CASE}){1,2})`;
// ("van" only after a word in small letters: "op Basis van Historische Gebruikersdata" is a title in title case.)
const AUTHOR_AFTER_WORD = new RegExp(`(?:\\s(?:by|door)|(?<=\\s\\p{Ll}[\\p{L}'’-]*)\\svan)\\s${TITLE_NAME}\\s*$`, 'u');
const AUTHOR_AS_PART = new RegExp(`^(?:[^|–—-]+\\s[-–—|]\\s){2,}${TITLE_NAME}\\s*$`, 'u');

function titleAuthor(title: Root['children'][number], lines: LineIndex): AnswerSite | undefined {
  if (title.type !== 'heading' || title.depth !== 1) return undefined;
  const text = toString(title).trim();
  const author = AUTHOR_AFTER_WORD.exec(text) ?? AUTHOR_AS_PART.exec(text);
  if (!author || NOT_NAMES.test(author[1]) || NOT_A_PERSON.test(author[1])) return undefined;
  const start = offsetOf(title, 'start');
  const end = offsetOf(title, 'end');
  return { questionId: 'wie', source: 'byline', label: author[1], labelRange: lines.rangeOf(start, end), answer: author[1], answerStart: start, answerEnd: end };
}

// "**Agile Catalyst Team**", "Joyce Vermeulen": a team or organisation name on a line of its own.
const ORGANISATION_LINE = /^(?:\p{Lu}[\p{L}\d&.'’-]*\s+){0,4}(?:Team|Group|Groep|Foundation|Stichting|Collective|Collectief|Lab|Labs|B\.V\.|BV|N\.V\.|Ltd\.?|Inc\.?|GmbH|LLC)$|^(?:Gemeente|Provincie|Waterschap|Ministerie van|Municipality of|City of) \p{Lu}[\p{L} -]{2,40}$/u;
const PERSON_LINE = new RegExp(`^${PERSON}$`, 'u');

/**
 * The signature at the end of a plan: its last paragraph, a few short lines whose first names a person
 * or a team ("Joyce Vermeulen / Teamleider Klantcontact", "**Agile Catalyst Team**"). The one who signs
 * a plan stands for it.
 */
export function signatureSite(root: Root, lines: LineIndex): AnswerSite | undefined {
  const last = root.children[root.children.length - 1];
  if (!last || last.type !== 'paragraph') return undefined;
  const start = offsetOf(last, 'start');
  const end = offsetOf(last, 'end');
  // The source lines, not the tree's text: a hard break ("Team  ") separates the rows there.
  const rows = lines.text.slice(start, end).split('\n').map((row) => row.replace(/[*_\\]+/g, '').trim()).filter(Boolean);
  if (rows.length === 0 || rows.length > 4 || rows.some((row) => row.length > 60)) return undefined;
  const first = rows[0];
  if (!(ORGANISATION_LINE.test(first) || (PERSON_LINE.test(first) && !NOT_NAMES.test(first)))) return undefined;
  return { questionId: 'wie', source: 'prose', label: first, labelRange: lines.rangeOf(start, end), answer: lines.text.slice(start, end), answerStart: start, answerEnd: end };
}

// Role words are capitalised in lists too ("Product Owner", "Data Scientist"), and so are tools ("Google Maps").
const NOT_A_PERSON = /\b(?:Owner|Manager|Master|Lead|Leader|Engineer|Developer|Designer|Scientist|Analyst|Architect|Officer|Director|Coordinator|Co[öo]rdinator|Advisor|Adviseur|Consultant|Specialist|Tester|Student|Docent|Teacher|Coach|Member|Stories|Story|Maps|Studio|Code|Native|Script|Server|Cloud|Services?|Platform|App|Api|API|Database|Data|Design|Sprint|Week|Fase|Phase)\b/u;
const LIST_NAME = new RegExp(`^(${PERSON})${EXTRA}(?:\\s*(?:[-–—,:]\\s*|\\()[^\\n]{0,80})?$`, 'u');
// "Ankush: Develop software to control the valves": a first name with the task it takes on.
const NAME_WITH_TASK = /^(\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?)\s*:\s*(.+)$/u;
// What a list of people is introduced by, in its section title or the line before it.
const TEAM_WORDS = /\b(?:we are|wij zijn|dit zijn wij|about us|over ons|team|teamleden|projectleden|groepsleden|leden|members|authors?|auteurs?|makers|studenten|students|projectgroep|werkgroep|groep|group|wie|who|contact|responsibilit\w+|verantwoordelijk\w*|taakverdeling|rolverdeling|roles|rollen|crew|staff|medewerkers|bemensing)\b/i;

/**
 * A list of two or more people ("- Daan van Baarsen", "- Una Garcia", or "- Ankush: Develop software ...")
 * just under the title or where a title or line speaks of the team: the people who do the work.
 * `sectionTitleAt` gives the title of the section at an offset ('' where the plan tells its background).
 */
export function peopleListSite(root: Root, lines: LineIndex, sectionTitleAt: (offset: number) => string, isTask: (text: string) => boolean): AnswerSite | undefined {
  const firstHeading = root.children.findIndex((node) => node.type === 'heading');
  for (let index = 0; index < root.children.length; index++) {
    const list = root.children[index];
    if (list.type !== 'list' || list.children.length < 2) continue;
    const before = root.children[index - 1];
    const nearTitle = firstHeading !== -1 && index > firstHeading && index <= firstHeading + 2;
    const introduced = TEAM_WORDS.test(sectionTitleAt(offsetOf(list, 'start'))) || (!!before && before.type !== 'list' && TEAM_WORDS.test(toString(before)));
    if (!nearTitle && !introduced) continue;
    let people = 0;
    for (const item of list.children) {
      const first = toString(item.children[0] ?? item).split('\n')[0].replace(/[,;.]+$/, '').trim();
      const named = LIST_NAME.exec(first);
      const tasked = NAME_WITH_TASK.exec(first);
      if ((named && !NOT_NAMES.test(named[1]) && !NOT_A_PERSON.test(named[1])) || (tasked && !NOT_NAMES.test(tasked[1]) && isTask(tasked[2]))) people++;
    }
    if (people < 2 || people * 3 < list.children.length * 2) continue;
    const start = offsetOf(list, 'start');
    const end = offsetOf(list, 'end');
    const text = lines.text.slice(start, end);
    return { questionId: 'wie', source: 'prose', label: text.split('\n')[0].slice(0, 60), labelRange: lines.rangeOf(start, end), answer: text, answerStart: start, answerEnd: end };
  }
  return undefined;
}
