import assert from 'node:assert/strict';
import { boardOf, HKW_PLAN } from './helpers';

const PLAN = `# Plan: digitale balie

## Wie

Fatima el Amrani, teamleider Dienstverlening, gemeente Lingewaard, is eigenaar.

## Wat

Een digitale balie waar inwoners hun aanvraag in één keer goed indienen.

## Hoe

<!-- Noem de stappen. -->

## Wanneer

Zo snel mogelijk.

## Kosten

€ 85.000 voor bouw en beheer in het eerste jaar.
`;

describe('canvas board model', () => {
  it('gives the five questions as cards with the linter statuses', () => {
    const board = boardOf(PLAN);
    assert.deepEqual(board.cards.map((card) => card.questionId), ['wie', 'wat', 'hoe', 'wanneer', 'kosten']);
    const status = Object.fromEntries(board.cards.map((card) => [card.questionId, card.status]));
    assert.equal(status.wie, 'answered');
    assert.equal(status.kosten, 'answered');
    assert.equal(status.wanneer, 'weak');
    assert.notEqual(status.hoe, 'answered');
    assert.equal(board.defaultView, 'cards');
  });

  it('shows the answer without guidance comments and knows where to edit it', () => {
    const board = boardOf(PLAN);
    const wat = board.cards.find((card) => card.questionId === 'wat')!;
    assert.match(wat.answer, /^Een digitale balie/);
    assert.equal(PLAN.slice(wat.edit!.start, wat.edit!.end), wat.edit!.text);
    const hoe = board.cards.find((card) => card.questionId === 'hoe')!;
    assert.equal(hoe.answer, '');
    assert.equal(hoe.edit!.text, '', 'an empty answer is edited after its guidance comment');
    assert.equal(PLAN.slice(hoe.edit!.start - 3, hoe.edit!.start), '-->');
    assert.equal(hoe.editPrefix, '\n\n');
  });

  it('adds the further questions of the plan kind after the five', () => {
    const board = boardOf('---\nsoort: actieplan\n---\n\n# Actieplan\n\n## Impact\n\nMinder wachttijd voor 4.000 inwoners per jaar.\n');
    const ids = board.cards.map((card) => card.questionId);
    assert.deepEqual(ids.slice(0, 5), ['wie', 'wat', 'hoe', 'wanneer', 'kosten']);
    assert.ok(ids.includes('impact') && ids.includes('opbrengst'));
    assert.equal(board.cards.find((card) => card.questionId === 'impact')!.status, 'answered');
  });

  it('collects HKW notes with clusters and votes, not the example inside a comment', () => {
    const board = boardOf(HKW_PLAN);
    assert.equal(board.defaultView, 'hkw');
    assert.deepEqual(board.notes.map((note) => [note.cluster, note.votes]), [['Leveranciers', 2], ['Leveranciers', 0], ['Kennis', 1]]);
    assert.equal(board.notes[0].text, 'Hoe kunnen we leveranciers laten aantonen dat het werkt?');
    assert.equal(board.voteWord, 'stemmen');
  });

  it('uses the English vote word for an English plan without votes yet', () => {
    const board = boardOf('# How might we questions\n\nThe team wrote these and will vote with dots for the best of them.\n\n## How might we questions\n\n- How might we share components between the municipalities?\n');
    assert.equal(board.notes.length, 1);
    assert.equal(board.voteWord, 'votes');
  });

  it('places Crystal Ball milestones by month from the plan date', () => {
    const text = `---\nsoort: crystalball\ndatum: "2026-11-25"\n---\n\n# Crystal Ball\n\n## Nu\n\nVandaag werft elke organisatie apart.\n\n## Tijdlijn\n\n| Moment | Mijlpaal |\n|---|---|\n| Q2 2027 | Convenant getekend |\n| Q4 2026 | Voorstel |\n\n- Eind 2031: vaste voorziening\n\n## Over vijf jaar\n\nEén regionale werkgever.\n`;
    const { timeline, defaultView } = boardOf(text);
    assert.equal(defaultView, 'crystal');
    assert.equal(timeline.now, '2026-11');
    assert.deepEqual(timeline.items.map((item) => [item.when, item.month]), [['Q4 2026', 0], ['Q2 2027', 6], ['Eind 2031', 60]]);
    assert.equal(timeline.items[1].text, 'Convenant getekend');
    assert.ok(timeline.start && timeline.horizon);
  });

  it('fills the car parts and the pitch storyboard in their order', () => {
    const vehicle = boardOf('---\nsoort: vehicle\n---\n\n# Voertuig\n\n## Bestuurder\n\nDe directeur bedrijfsvoering.\n\n## Weg\n\nHobbelig: krappe budgetten.\n');
    assert.equal(vehicle.defaultView, 'vehicle');
    assert.deepEqual(vehicle.vehicle.map((card) => card.questionId), ['bestuurder', 'passagiers', 'chassis', 'motor', 'brandstof', 'weg']);
    assert.equal(vehicle.vehicle[0].status, 'answered');
    assert.equal(vehicle.vehicle[1].status, 'missing');
    const pitch = boardOf('---\nsoort: pitch\n---\n\n# Pitch\n\n## Het probleem\n\nAanvragen komen onvolledig binnen.\n');
    assert.equal(pitch.storyboard[0].questionId, 'probleem');
    assert.equal(pitch.storyboard.length, 9);
  });

  it('serialises to plain data (it crosses postMessage)', () => {
    const plain = (value: unknown): boolean =>
      value === null || ['string', 'number', 'boolean', 'undefined'].includes(typeof value) ||
      (Array.isArray(value) ? value.every(plain) : Object.getPrototypeOf(value) === Object.prototype && Object.values(value as object).every(plain));
    assert.ok(plain(boardOf(HKW_PLAN)));
  });
});
