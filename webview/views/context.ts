/** What every view needs besides the board: words, read-only flag, and the card being edited. */
import type { Anchor } from '../../src/core/board/types';
import type { Strings } from '../../src/core/board/strings';

export interface Editing {
  /** `c:<questionId>` of the card being edited. */
  ref: string;
  draft: string;
  /** The answer when editing began (absent when adding a missing answer); the host refuses the edit if the text no longer has it. */
  anchor?: Anchor;
}

export interface ViewContext {
  t: Strings;
  readOnly: boolean;
  editing?: Editing;
}

export const cardRef = (questionId: string): string => `c:${questionId}`;
