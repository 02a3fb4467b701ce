import type { Judge } from '../model/vocabulary.js';
import { plainText, judgeText, stripPrompts, type Weakness } from './text.js';
import { judgeWho } from './who.js';
import { judgeWhen } from './when.js';
import { judgeCost } from './cost.js';
import { judgeHkw } from './hkw.js';

// "- **Lead Artist**: [Name]": a role whose name was never filled in names nobody.
const PLACEHOLDER_VALUE_LINE = /^.*[:|]\s*(?:\[[^\]]{0,30}\]|\{\{[^}]*\}\}|\.{3,}|…|_{3,})\s*\|?\s*$/gm;

function withoutPlaceholderLines(markdown: string): string {
  return plainText(markdown.replace(PLACEHOLDER_VALUE_LINE, ''));
}

/** Judges one answer's Markdown as a strict reviewer would: undefined when it answers. */
export function judgeAnswer(judge: Judge, markdown: string): Weakness | undefined {
  const answer = stripPrompts(markdown);
  const plain = plainText(answer);
  switch (judge) {
    case 'who':
      // At a label, heading or table cell the answer may start with the name ("Builder: DiverseXL").
      return judgeWho(withoutPlaceholderLines(answer), true);
    case 'when':
      return judgeWhen(plain);
    case 'cost':
      return judgeCost(plain);
    case 'hkw':
      return judgeHkw(plain, answer.split('\n').map(plainText));
    case 'text':
      return judgeText(plain);
  }
}
