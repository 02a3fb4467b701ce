import type { Judge } from '../model/vocabulary.js';
import { plainText, judgeText, stripPrompts, type Weakness } from './text.js';
import { judgeWho } from './who.js';
import { judgeWhen } from './when.js';
import { judgeCost } from './cost.js';
import { judgeHkw } from './hkw.js';

/** Judges one answer's Markdown as a strict reviewer would: undefined when it answers. */
export function judgeAnswer(judge: Judge, markdown: string): Weakness | undefined {
  const answer = stripPrompts(markdown);
  const plain = plainText(answer);
  switch (judge) {
    case 'who':
      return judgeWho(plain);
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
