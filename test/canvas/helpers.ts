/** Shared by the canvas unit tests: build a board from text the way the provider does. */
import { applyEdits, buildPlan, parseDocument, QUESTIONS } from '../../src/core';
import { buildBoard } from '../../src/extension/canvas/board/model';
import { resolveIntent } from '../../src/extension/canvas/board/intents';
import type { BoardModel } from '../../src/extension/canvas/board/types';
import type { EditIntent } from '../../src/extension/canvas/protocol';

export const TODAY = new Date('2026-01-15T12:00:00Z');

export function boardOf(text: string): BoardModel {
  return buildBoard(text, buildPlan(text, parseDocument(text).root), { today: TODAY });
}

/** Resolves an intent against `text` (rebuilding the board, as the host does) and applies it. */
export function applyIntent(text: string, intent: EditIntent): { text: string; edits: Array<{ start: number; end: number; newText: string }> } | 'stale' | 'invalid' {
  const resolution = resolveIntent(text, boardOf(text), intent, (id) => QUESTIONS[id]?.heading.nl ?? id);
  if (!resolution.ok) return resolution.reason;
  return { text: applyEdits(text, resolution.edits), edits: resolution.edits };
}

export const HKW_PLAN = `---
soort: hkw
---

# HKW-vragen: samen inkopen

## Hoe kunnen we-vragen

### Leveranciers

- Hoe kunnen we leveranciers laten aantonen dat het werkt? — stemmen: ●●
- Hoe kunnen we kleine leveranciers een kans geven?

### Kennis

- Hoe kunnen we eigen kennis in huis houden? — stemmen: ●

<!--
- Hoe kunnen we <wie> <doel>? — stemmen: ●●
-->
`;
