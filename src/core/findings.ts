import type { Range } from './text/lineIndex.js';

export type Severity = 'error' | 'warning' | 'info';

/** A replacement of the text between two offsets. */
export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

export interface Fix {
  description: string;
  edits: TextEdit[];
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  range: Range;
  questionId?: string;
  fix?: Fix;
  related?: Array<{ message: string; range: Range }>;
}

/** Applies edits to a text; edits must not overlap. */
export function applyEdits(text: string, edits: TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  let result = text;
  for (const edit of sorted) result = result.slice(0, edit.start) + edit.newText + result.slice(edit.end);
  return result;
}
