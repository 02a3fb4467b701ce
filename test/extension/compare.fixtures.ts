/** The plan both compare suites change: the unit tests of the view and the e2e test in VS Code. */
export const BALIE_PLAN = `# Plan: digitale balie

## Wie

Fatima el Amrani, teamleider Dienstverlening, is eigenaar.

## Wat

Een digitale balie waar inwoners hun aanvraag in één keer goed indienen.

## Hoe

Eerst een proef met twee formulieren, daarna alle formulieren.

## Wanneer

Start op 1 maart 2027, klaar op 1 december 2027.

## Kosten

€ 85.000 voor bouw en beheer in het eerste jaar.
`;
