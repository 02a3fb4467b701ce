import type { Judge } from '../model/vocabulary.js';
import { COMMENT, isPrompt, plainText, judgeText, stripPrompts, type Weakness } from './text.js';
import { judgeWho } from './who.js';
import { judgeWhen } from './when.js';
import { judgeCost } from './cost.js';
import { judgeHkw } from './hkw.js';
import { emptyLabelEnd, removeFromLineStarts, stickyEnd } from './lineMatches.js';

// "- **Lead Artist**: [Name] - background in ...": a role whose name was never filled in names nobody.
// (A `{{` slot is read for at most 1000 characters: tried after every `:` and `|` of a line, reading on to the
// end of the text cost a line of "|{{" its length squared.)
const PLACEHOLDER_VALUE_LINE = /^.*[:|]\s*(?:\[[^\]]{0,30}\](?!\()|\{\{[^}]{0,1000}\}\}|\.{3,}|…|_{3,})(?:\s*(?:[-–—,(|].*)?)$/gm;

// A quoted value ("> [Name]") is one too.
const PLACEHOLDER_START = /^\s*(?:>\s*)?(\[[^\]]{0,30}\](?!\()|\{\{[^}]*\}\})/;

// Sub-headings and an indented table of contents ("    7.2 JIRA") outline a section; they do not answer it.
const OUTLINE_LINE = /^(?: {0,3}#{1,6}[ \t].*| {4,}\d+(?:\.\d+)+\.?[ \t].*)$/gm;

function withoutOutline(markdown: string): string {
  return markdown.includes('#') || markdown.includes('    ') ? markdown.replace(OUTLINE_LINE, '') : markdown;
}

// "- [Verantwoordelijkheid 1]": a list line that is only a bracketed placeholder. Sticky, tried only at line
// starts by removeFromLineStarts: as a `gm` regex its leading `\s*` read a run of blank lines once per line.
const PLACEHOLDER_ITEM_LINE = /^\s*(?:[-*+]\s+|\d+[.)]\s+)?\[[^\]\n]{0,40}\](?!\()\s*$/my;

// "- **Verantwoordelijkheden**:" with nothing after it: a label whose answer was never written
// (`/^\s*(?:[-*+]\s+)?(?:\*\*|__)?[^:*_\n]{1,40}(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s*$/gm`, matched by emptyLabelEnd).

function withoutPlaceholderLines(markdown: string): string {
  return removeFromLineStarts(removeFromLineStarts(markdown.replace(PLACEHOLDER_VALUE_LINE, ''), stickyEnd(PLACEHOLDER_ITEM_LINE)), emptyLabelEnd);
}

// "{aantal} weken", "€ {bedrag},-": a date or amount whose number is a template slot gives neither.
// A `{{` after an earlier one with no `}` between is not tried again: both reach the same `}` (or none).
const SLOT = /\{[\p{L}][\p{L} _-]{0,30}\}|\{\{(?<!\{\{[^}]*?\{\{)[^}]*\}\}/gu;

function withoutSlots(plain: string): string {
  return plain.includes('{') ? plain.replace(SLOT, ' ') : plain;
}

// "* **Probleem/Kans:** \[Waarom doen we dit? ...\]", "- [Aanname 1, e.g. ...]", "1. **[Mijlpaal 1]** – [datum] – [omschrijving]":
// a line whose only values are bracketed slots, however long, is a template line nobody filled in (a table cell's too).
// Links ("[a](b)", "[a][1]") and task boxes ("- [ ] ...") are not slots.
// Innermost first: a slot may hold one ("\[Noem de overleggen, e.g. \"een stand-up met \[namen\].\"\]").
const BRACKET_SPAN = /\\?\[(?![ xX]?\\?\])[^[\]\n]{1,600}\\?\](?![([])/g;
// What is left of a slot line once its slots and marks are gone: nothing, or a label ("Startdatum:", "1 Mijlpaal:").
// (Marks and separators go first, in one pass: as one pattern, the spaces could go to the label or to the marks after
// it, and a long run of them was shared out in every way.)
const MARKS_AND_SEPARATORS = /[\s|*_>–—,;/().+-]+/g;
const NOTHING_BUT_A_LABEL = /^(?:[^:[\]]{1,60}:[: ]*)?$/;

function isSlotLine(line: string): boolean {
  if (!line.includes('[')) return false;
  let rest = line;
  for (let depth = 0; depth < 3; depth++) {
    const outer = rest.replace(BRACKET_SPAN, ' ');
    if (outer === rest) break;
    rest = outer;
  }
  return rest !== line && NOTHING_BUT_A_LABEL.test(rest.replace(MARKS_AND_SEPARATORS, ' ').trim());
}

function withoutSlotLines(markdown: string): string {
  return markdown.includes('[') ? markdown.split('\n').filter((line) => !isSlotLine(line)).join('\n') : markdown;
}

// "Bijvoorbeeld:" on a line of its own with a list under it, in a template: its examples of an answer, not this plan's.
const EXAMPLE_LIST = /^[ \t]*(?:\*\*|__|\*|_)?(?:bijvoorbeeld|voorbeelden|voorbeeld|for example|examples?|e\.g\.)(?:\*\*|__|\*|_)?[ \t]*:(?:\*\*|__|\*|_)?[ \t]*\n(?:[ \t]*\n)?(?:[ \t]*(?:[-*+]|\d+[.)])[ \t].*(?:\n|$))+/gim;

function withoutExampleLists(markdown: string): string {
  return /voorbeeld|example|e\.g\./i.test(markdown) ? markdown.replace(EXAMPLE_LIST, '') : markdown;
}

// "Brief summary of what you are proposing to do.", "Please outline why ...": a template's instruction
// left standing on a line of its own is no answer (sentences in running text are dropped the same way).
function withoutPromptLines(markdown: string): string {
  return markdown
    .split('\n')
    .filter((line) => !isPrompt(plainText(line)))
    .join('\n');
}

/** Plain text line by line (comments, which may span lines, dropped first). */
function plainLines(markdown: string): string {
  const text = markdown.includes('<!--') ? markdown.replace(COMMENT, ' ') : markdown;
  return text.split('\n').map(plainText).filter(Boolean).join('\n');
}

/** Judges one answer's Markdown as a strict reviewer would: undefined when it answers. */
export function judgeAnswer(judge: Judge, markdown: string): Weakness | undefined {
  const slotless = withoutSlotLines(markdown);
  const base = judge !== 'who' && judge !== 'hkw' ? slotless : markdown;
  const promptless = withoutPromptLines(base);
  // "Bijvoorbeeld:" and a list: the template's example where the template's slots or instructions stand around it;
  // in a plan's own text the list is the plan's.
  markdown = slotless !== markdown || promptless !== base ? withoutExampleLists(promptless) : promptless;
  const answer = stripPrompts(judge === 'text' ? withoutOutline(markdown) : markdown);
  const plain = plainText(answer);
  switch (judge) {
    case 'who': {
      // "**Lead Artist:** [Name] - background in ...": the value itself is a placeholder.
      const placeholder = PLACEHOLDER_START.exec(markdown);
      if (placeholder) return { reason: 'placeholder', word: placeholder[1] };
      // At a label, heading or table cell the answer may start with the name ("Builder: DiverseXL").
      // Lines stay lines: a capital that starts one ("- Dinsdag na het college") starts a sentence, not a name.
      return judgeWho(plainLines(stripPrompts(withoutPlaceholderLines(withoutSlotLines(withoutOutline(markdown))))), true);
    }
    case 'when':
      return judgeWhen(withoutSlots(plain));
    case 'cost':
      return judgeCost(withoutSlots(plain));
    case 'hkw':
      return judgeHkw(plain, answer.split('\n').map(plainText));
    case 'text':
      return judgeText(plain);
  }
}
