import assert from 'node:assert/strict';
import { applyIntent, boardOf, HKW_PLAN } from './helpers';

/** Simulates typing in the text editor after the board was built: the intent carries the old anchor. */
function typeAt(text: string, offset: number, typed: string): string {
  return text.slice(0, offset) + typed + text.slice(offset);
}

describe('canvas stale edits', () => {
  it('finds a vote target again after text was typed above it', () => {
    const stale = boardOf(HKW_PLAN).notes[2].anchor;
    const moved = typeAt(HKW_PLAN, HKW_PLAN.indexOf('## Hoe kunnen'), 'Een nieuwe alinea bovenaan.\n\n');
    const result = applyIntent(moved, { kind: 'vote', anchor: stale, delta: 1 });
    assert.ok(typeof result === 'object');
    assert.ok(result.edits[0].start > stale.end, 'the edit is at the new place, not the stale offset');
    assert.match(result.text, /in huis houden\? — stemmen: ●●\n/);
    assert.ok(result.text.startsWith(moved.slice(0, moved.indexOf('###'))), 'the typed text is kept');
  });

  it('refuses a vote when its note was rewritten in the text meanwhile', () => {
    const stale = boardOf(HKW_PLAN).notes[1].anchor;
    const rewritten = HKW_PLAN.replace('kleine leveranciers', 'kleine en nieuwe leveranciers');
    assert.equal(applyIntent(rewritten, { kind: 'vote', anchor: stale, delta: 1 }), 'stale');
  });

  it('picks the right one of two identical notes by context and distance', () => {
    const twice = `# HKW\n\n## Team A\n\n- Hoe kunnen we sneller leren? — stemmen: ●\n\n## Team B\n\n- Hoe kunnen we sneller leren?\n`;
    const second = boardOf(twice).notes[1].anchor;
    const moved = typeAt(twice, 0, 'x');
    const result = applyIntent(moved, { kind: 'vote', anchor: second, delta: 1 });
    assert.ok(typeof result === 'object');
    assert.equal(result.text, `x# HKW\n\n## Team A\n\n- Hoe kunnen we sneller leren? — stemmen: ●\n\n## Team B\n\n- Hoe kunnen we sneller leren? — stemmen: ●\n`);
  });

  it('applies an answer edit at its new offsets when typing happened elsewhere', () => {
    const plan = '# Plan\n\n## Wat\n\nEen digitale balie voor aanvragen.\n\n## Wie\n\nNog niet bekend.\n';
    const card = boardOf(plan).cards.find((candidate) => candidate.questionId === 'wie')!;
    const moved = plan.replace('digitale balie', 'digitale balie en een chatbot');
    const result = applyIntent(moved, { kind: 'answer', questionId: 'wie', anchor: card.edit!, newText: 'Fatima el Amrani, teamleider, gemeente Lingewaard.' });
    assert.ok(typeof result === 'object');
    assert.equal(result.text, moved.replace('Nog niet bekend.', 'Fatima el Amrani, teamleider, gemeente Lingewaard.'));
  });

  it('refuses an answer edit when the answer itself changed in the text (no character lost)', () => {
    const plan = '# Plan\n\n## Wie\n\nNog niet bekend.\n';
    const card = boardOf(plan).cards.find((candidate) => candidate.questionId === 'wie')!;
    const typed = plan.replace('Nog niet bekend.', 'Nog niet bekend. Misschien Jan.');
    assert.equal(applyIntent(typed, { kind: 'answer', questionId: 'wie', anchor: card.edit!, newText: 'Fatima.' }), 'stale');
  });

  it('interleaves board and text edits without losing either side', () => {
    let text = HKW_PLAN;
    const anchors = boardOf(text).notes.map((note) => note.anchor); // the board as first rendered
    for (let round = 0; round < 5; round++) {
      text = typeAt(text, text.indexOf('### Kennis'), `Notitie ${round}.\n\n`); // typing in the text editor
      const result = applyIntent(text, { kind: 'vote', anchor: anchors[round % 3], delta: 1 }); // a click on the old board
      assert.ok(typeof result === 'object');
      text = result.text;
    }
    for (let round = 0; round < 5; round++) assert.ok(text.includes(`Notitie ${round}.`));
    assert.deepEqual(boardOf(text).notes.map((note) => note.votes), [4, 2, 2]);
  });
});
