import type { List, Root, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { hasTimeExpression } from '../judge/when.js';
import type { LineIndex } from '../text/lineIndex.js';
import { offsetOf, sectionAt, type AnswerSite, type HeadingSection } from './sites.js';

// A list item that starts with a moment: "Week 4: ...", "Q3 2026 – ...", "Fase 2 (maart)".
const TIMED_ITEM = /^\s*(?:(?:week|sprint|fase|phase|maand|month|dag|day)\s*\d{1,2}\b|(?:Q|K)[1-4]\b)/i;
// "Stap 1: Familie aanmaken": a numbered step gives the order of the work, not its time.
const NUMBERED_STEP = /^\s*(?:stap|step)\s*\d{1,2}\b/i;
// Sections whose lists are features or requirements, not steps.
const FEATURES = /^(?:(?:overzicht|lijst) van (?:de )?(?:te \p{L}+ )?|(?:overview|list) of (?:the )?)?(?:pages|pagina'?s|schermen|screens)$|\b(?:features?|functionaliteit\w*|functies|functions|minimum viable product|mvp|requirements|eisen|wensen|user stories|must[- ]haves?|nice[- ]to[- ]haves?|optional|optioneel|schetsen|sketches|dependencies|afhankelijkheden|data ?(?:sources|bronnen)|databronnen|libraries|tools|technieken|technologies)\b/iu;
// Sections whose lists are neither steps nor a schedule.
const NOT_STEPS = /\b(?:risico\w*|risks?|beslispunten|besluit\w*|decisions?|gevraagd\w*|voorstel aan|verzoek|request|vragen|questions)\b/i;
// Decision points ("1. in te stemmen met ...") ask for a decision; they are no approach.
const DECISION_ITEM = /^\s*(?:in te stemmen|akkoord te gaan|te besluiten|vast te stellen|te benoemen|aan te wijzen|beschikbaar te stellen|kennis te nemen|op te dragen|te verzoeken|to approve|to agree|to adopt|to note|to allocate)\b/i;

export interface ListEvidence {
  /** An ordered list of three or more steps, or a list of timed steps. */
  steps?: AnswerSite;
  /** A list whose items start with a moment ("Week 4:", "Q3 2026:"). */
  timeline?: AnswerSite;
  /** A section of features or requirements, when the plan has one. */
  features?: HeadingSection;
}

/** Lists that show an approach or a schedule without a heading saying so. */
export function listEvidence(root: Root, lines: LineIndex, sections: HeadingSection[], isBackground: (offset: number) => boolean): ListEvidence {
  const evidence: ListEvidence = { features: sections.find((section) => FEATURES.test(section.title)) };
  for (const node of root.children) {
    const taskTable = node.type === 'table' && !evidence.steps && isTaskTable(node);
    if (!taskTable && (node.type !== 'list' || node.children.length < 2)) continue;
    const start = offsetOf(node, 'start');
    if (isBackground(start) || inSectionLike(sections, start, FEATURES) || inSectionLike(sections, start, NOT_STEPS)) continue;
    if (node.type === 'table') {
      evidence.steps = listSite('hoe', node, lines);
      continue;
    }
    const items = node.children.map((item) => toString(item.children[0] ?? item).trim());
    if (items.filter((item) => DECISION_ITEM.test(item)).length * 2 >= items.length) continue;
    const timed = items.filter((item) => TIMED_ITEM.test(item) || startsWithDate(item)).length;
    const numbered = items.filter((item) => NUMBERED_STEP.test(item)).length;
    if (!evidence.timeline && timed >= 2) evidence.timeline = listSite('wanneer', node, lines);
    if (!evidence.steps && ((node.ordered && items.length >= 3) || timed + numbered >= 3)) evidence.steps = listSite('hoe', node, lines);
  }
  return evidence;
}

// "| Taak | Wie | Wanneer |", "| Type | Titel | Beschrijving | Timebox |": a table of the work to do.
const TASK_COLUMN = /^(?:taak|taken|task|tasks|activiteit(?:en)?|activit(?:y|ies)|werkzaamheden|werkpakket(?:ten)?|work ?packages?|work ?items?|actie(?:s|punten)?|actions?|stap(?:pen)?|steps?|deliverables?|to ?do)$/i;
const TITLE_COLUMN = /^(?:titel|title|beschrijving|omschrijving|description|onderdeel|item)$/i;
const EFFORT_COLUMN = /^(?:timebox|uren|hours|effort|inzet|duur|duration|deadline|wanneer|when|planning|week|sprint|datum|date|start|eind|end|gereed|klaar|oplevering)$/i;
const TASK_ROWS = 5;

function isTaskTable(table: Table): boolean {
  if (table.children.length - 1 < TASK_ROWS) return false;
  const header = table.children[0].children.map((cell) => toString(cell).replace(/[*_`:]/g, '').trim());
  return header.some((cell) => TASK_COLUMN.test(cell)) || (header.some((cell) => TITLE_COLUMN.test(cell)) && header.some((cell) => EFFORT_COLUMN.test(cell)));
}

function startsWithDate(item: string): boolean {
  const head = item.split(/[:–—]|\s-\s/)[0];
  return head.length <= 30 && hasTimeExpression(head);
}

export function inSectionLike(sections: HeadingSection[], offset: number, pattern: RegExp): boolean {
  const inside = sectionAt(sections, offset);
  return !!inside && pattern.test(inside.title);
}

function listSite(questionId: string, node: List | Table, lines: LineIndex): AnswerSite {
  const start = offsetOf(node, 'start');
  const end = offsetOf(node, 'end');
  const text = lines.text.slice(start, end);
  return { questionId, source: 'prose', label: text.split('\n')[0].slice(0, 60), labelRange: lines.rangeOf(start, lines.text.indexOf('\n', start) === -1 ? end : Math.min(end, lines.text.indexOf('\n', start))), answer: text, answerStart: start, answerEnd: end };
}
