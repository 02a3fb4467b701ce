import type { AnswerSite } from './sites.js';
import { offsetOf, sectionAt } from './sites.js';
import type { Judgement } from './plan.js';
import type { ProseContext } from './prose.js';
import { isBackground } from './background.js';
import { hasDateOrPeriod } from '../judge/when.js';
import { plainText } from '../judge/text.js';

/** A list item or line that is a task ("Develop a style guide", "Interviews houden"). */
export function isTask(text: string): boolean {
  return TASK_ITEM.test(plainText(text));
}

/** A body of APPROACH_BODY_WORDS words or more outside the background, one sentence of it saying what the plan will do. */
function speaksOfItsWork(context: ProseContext): boolean {
  let words = 0;
  let intents = 0;
  for (const sentence of context.sentences) {
    if (sentence.heading || isBackground(sectionAt(context.sections, sentence.start))) continue;
    words += sentence.text.split(/\s+/).length;
    if (PLAN_INTENT.test(sentence.text)) intents++;
    if (words >= APPROACH_BODY_WORDS && intents > 0) return true;
  }
  return false;
}

// Nearly every real plan says what it is for and how it goes about it, if only in passing. Where no passage
// says so clearly, a strict reviewer calls a plan with running text (for wat) or a list of things to make or
// do (for hoe) "weak", and keeps "missing" for a stub (a title, a link, an image) and for a plan laid out by
// question that has no place for it.
const SUBSTANTIAL_WORDS = 20;
const SUBSTANTIAL_ITEMS = 5;
const APPROACH_BODY_WORDS = 100;
const PLAN_INTENT = /\b(?:we gaan|wij gaan|ik ga|ik wil|we willen|wij willen|gaan we|ga ik|zullen we|we zullen|wordt (?:er )?(?:ontwikkeld|gebouwd|gemaakt)|we will|i will|we plan|we propose|we aim|i plan|i propose|we want to|i want to|we'll|i'll)\b/i;
// A list item that is a task: it starts with a verb of doing ("Develop ...", "Schrijf ...", "Interviews houden" ends with one).
const TASK_ITEM = /^(?:(?:develop|build|create|implement|write|design|test|audit|provide|set ?up|migrate|add|fix|update|research|define|deploy|document|review|analy[sz]e|integrate|prepare|organi[sz]e|conduct|collect|publish|train|launch|evaluate|interview|refactor|port|extend|improve|investigate|draft|install|configure|host|run|hold|produce|translate|recruit|coordinate|standardi[sz]e|promote|connect|collaborate|use|make|plan|estimate|identify|hire|select|validate|benchmark|measure|monitor|support|maintain|optimi[sz]e|rewrite|replace|remove|merge|release|ship|finali[sz]e|complete|finish|start|begin|outline|acquire|engage|ship|consult|establish|assess|gather|schedule|procure|purchase|negotiate|survey|pilot|prototype|iterate|share|present|report|communicate|invite|contact|apply|submit|hold|teach|deliver|translate|onboard|schrijf|bouw|maak|ontwikkel|ontwerp|test|onderzoek|organiseer|interview|verzamel|publiceer|implementeer|richt|stel|werk|voer)\b|\p{L}+ing\b|(?:\S+ ){0,3}\p{L}{3,}ing$|.{3,60}\b(?:ontwikkelen|bouwen|maken|schrijven|ontwerpen|testen|onderzoeken|organiseren|houden|verzamelen|publiceren|implementeren|opzetten|inrichten|uitvoeren|opstellen|uitwerken|afnemen|evalueren)[.;]?$)/iu;
const FORM_FIELD = /^\s*(?:[-*+]|\d+[.)])\s+(?:\*\*|__)?[\p{L}][\p{L} /-]{0,30}(?:\*\*|__)?\s*:(?:\*\*|__)?\s+(?:\*\*|__)?(?:[\p{Lu}\d€$]|n\.t\.b|nog|tbd)/u;
// Lists there belong to another question: who, when, what it costs, risks, the problem.
const OTHER_QUESTION_IDS = new Set(['wie', 'wanneer', 'kosten', 'probleem', 'waarom', 'risicos']);

export function unlocatedAnswer(questionId: string, context: ProseContext): Judgement | undefined {
  if (questionId === 'wat' && !context.structured) {
    let words = 0;
    for (const sentence of context.sentences) {
      if (!sentence.heading) words += sentence.text.split(/\s+/).length;
      if (words >= SUBSTANTIAL_WORDS) return { questionId, status: 'weak', weakness: { reason: 'not-located' } };
    }
  }
  if (questionId === 'hoe') {
    const ownItems = context.items.filter((item) => {
      if (item.type !== 'listItem') return false;
      const section = sectionAt(context.sections, offsetOf(item, 'start'));
      // "Projectnummer: IP-2027-014", "Eigenaar: ...": the fields of a form or fact sheet are no things to make.
      const field = FORM_FIELD.test(context.lines.text.slice(offsetOf(item, 'start'), offsetOf(item, 'end')));
      return !field && !isBackground(section) && !section?.questionIds.some((id) => OTHER_QUESTION_IDS.has(id));
    });
    if (ownItems.length >= SUBSTANTIAL_ITEMS) {
      // The list stands for the attempt: what the plan will make or do, without saying how.
      const first = ownItems[0];
      const start = offsetOf(first, 'start');
      const end = offsetOf(ownItems[ownItems.length - 1], 'end');
      const label = context.lines.text.slice(start, context.lines.text.indexOf('\n', start) === -1 ? end : Math.min(end, context.lines.text.indexOf('\n', start)));
      const site = { questionId, source: 'prose' as const, label: label.slice(0, 60), labelRange: context.lines.rangeOf(start, start + label.length), answer: context.lines.text.slice(start, end), answerStart: start, answerEnd: end };
      // "Audit the user experience", "Develop a style guide": a list of tasks is a way of working.
      const tasks = ownItems.filter((item) => TASK_ITEM.test(plainText(context.lines.text.slice(offsetOf(item, 'start'), offsetOf(item, 'end'))).replace(/^\s*(?:[-*+]|\d+[.)])?\s*(?:\[[ xX]\]\s*)?/, ''))).length;
      if (tasks * 5 >= ownItems.length * 3) return { questionId, status: 'answered', site };
      return { questionId, status: 'weak', site, weakness: { reason: 'features-only', word: `${plainText(label).slice(0, 40)} …` } };
    }
    const taskLines = plainTaskLines(context);
    if (taskLines) return { questionId, status: 'answered', site: taskLines };
    // A plan with a body of its own speaks of its work somewhere, if only in passing ("we use IIIF",
    // a stack, a list of screens): not located is weak, also in a plan laid out by question (where
    // unsure, a strict reviewer says weak); missing is for a stub. Minutes, a decision note or an e-mail
    // report what was said; a plan says what it will do.
    if (speaksOfItsWork(context)) return { questionId, status: 'weak', weakness: { reason: 'not-located' } };
  }
  return undefined;
}

// A plan typed without list marks ("Sunday, May 13th:" then "Write action plan", "Construct database ...",
// each on a line of its own): the short lines of its paragraphs are its list items. Five tasks or more, from
// paragraphs whose lines are one in three tasks or more, make a way of working.
const SHORT_LINE = 120;

function plainTaskLines(context: ProseContext): AnswerSite | undefined {
  const tasks: Array<{ start: number; end: number }> = [];
  for (const node of context.root.children) {
    if (node.type !== 'paragraph') continue;
    const start = offsetOf(node, 'start');
    if (isBackground(sectionAt(context.sections, start))) continue;
    const parts = context.lines.text.slice(start, offsetOf(node, 'end')).split('\n');
    if (parts.length < 3) continue;
    let offset = start;
    let items = 0;
    const found: typeof tasks = [];
    for (const part of parts) {
      // A long line is a paragraph of its own; a dated line ("Monday, May 14th:") heads the tasks under it.
      if (part.length <= SHORT_LINE && !hasDateOrPeriod(part)) {
        items++;
        if (TASK_ITEM.test(plainText(part))) found.push({ start: offset, end: offset + part.length });
      }
      offset += part.length + 1;
    }
    if (found.length * 3 >= items) tasks.push(...found);
  }
  if (tasks.length < SUBSTANTIAL_ITEMS) return undefined;
  const start = tasks[0].start;
  const end = tasks[tasks.length - 1].end;
  const label = context.lines.text.slice(start, tasks[0].end);
  return { questionId: 'hoe', source: 'prose', label: label.slice(0, 60), labelRange: context.lines.rangeOf(start, tasks[0].end), answer: context.lines.text.slice(start, end), answerStart: start, answerEnd: end };
}

