/** Shared by the canvas unit tests: build a board from text the way the provider does. */
import { applyEdits, buildPlan, parseDocument, QUESTIONS } from '../../src/core';
import { buildBoard } from '../../src/core/board/model';
import { resolveIntent } from '../../src/extension/canvas/board/intents';
import type { BoardModel } from '../../src/core/board/types';
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

/** A plan is untrusted input: every way to smuggle markup into the page. */
export const HOSTILE_PLAN = `---
soort: hkw
titel: "<script>window.pwned=1</script>"
---

# <img src=x onerror="document.title='pwned'"> Plan

## Wie

<script>window.pwned = true</script> Jan de Vries, <b onmouseover="alert(1)">projectleider</b>, gemeente X.

## Wat

[klik](javascript:alert(1)) <svg onload="alert(2)"><script>alert(3)</script></svg> en "quotes" & 'apostrofs'\u0001.

## Hoe kunnen we-vragen

### <iframe srcdoc="<script>parent.pwned=1</script>">

- Hoe kunnen we <img src=x onerror=alert(4)> voorkomen? — stemmen: ●
- Hoe kunnen we "]]></text><script>alert(5)</script> testen?

## Tijdlijn

- Q1 2027: <a href="javascript:alert(6)">start</a>
`;
