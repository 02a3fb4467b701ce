/** Workspace files for extension.test.ts: a plan that answers four questions, a pitch, and non-plans. */
export const PLAN_MISSING_COST = `# Plan slimme afvalbak

## Wie

Eigenaar: Sanne Bakker, teamleider Afval bij gemeente Dalfsen.

## Wat

Sensoren in 200 ondergrondse containers melden wanneer ze vol zijn, zodat de wagen alleen volle containers leegt.

## Hoe

We starten met een pilot in twee wijken, meten drie maanden en rollen daarna uit over de hele gemeente.

## Wanneer

Start op 1 maart 2027, klaar op 1 december 2027.
`;

export const PITCH = `---
soort: pitch
---
# Pitch wijkbus

## Het probleem

Ouderen in het buitengebied komen niet bij de huisarts.
`;

export const NOTES = `# README

Aantekeningen zonder plan.
`;

/** Valid JSON, but a rule id that does not exist: the extension must name the key and go on. */
export const BAD_CONFIG = `{
  "rules": { "no-such-rule": "error" }
}
`;

/** Answers all five questions, but its cost table's total is wrong: the one fix that "fix all" applies. */
export const BUDGET = `# Plan deelauto's

## Wie

Eigenaar: Joris Smit, projectleider Mobiliteit bij gemeente Zwolle.

## Wat

Tien elektrische deelauto's voor medewerkers, zodat dienstreizen zonder eigen auto kunnen.

## Hoe

We huren de auto's via een raamcontract en zetten ze bij het stadskantoor en de werf.

## Wanneer

Start op 1 april 2027, evaluatie op 1 oktober 2027.

## Kosten

| Post | Bedrag |
| --- | --- |
| Auto's | € 40.000 |
| Laadpalen | € 15.000 |
| Totaal | € 50.000 |
`;

/** A project README that names an owner and a date: its name says it is not a plan. */
export const PROJECT_README = `# Deelfietsen Dalfsen

Code en documentatie van de deelfietsen-app.

## Installatie

Draai \`npm install\` en daarna \`npm start\`.

## Contact

Eigenaar: Sanne Bakker, gemeente Dalfsen. De app gaat op 1 maart 2027 live.
`;

/** Meeting notes with people and a date, but no intended result: the content says it is not a plan. */
export const MEETING_NOTES = `# Overleg 3 mei

Aanwezig: Sanne Bakker en Joris Smit.

- Sanne belt de leverancier, uiterlijk 1 juni.
- Joris zoekt uit hoe de fietsen bij het station kunnen staan.
`;

/** A plan whose list nests 150 levels deep: past the parser's guard, so that part is read as plain text. */
export const DEEP_LIST = `---\nsoort: plan\n---\n# Diep genest\n\n${Array.from({ length: 150 }, (_, depth) => `${'  '.repeat(depth)}- stap ${depth}`).join('\n')}\n`;
