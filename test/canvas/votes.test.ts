import assert from 'node:assert/strict';
import { readVotes, voteEdit } from '../../src/core/board/votes';
import { applyIntent, boardOf, HKW_PLAN } from './helpers';

describe('canvas dot votes', () => {
  it('reads the template suffix in Dutch and English, with hyphen or dash', () => {
    assert.deepEqual(pick(readVotes('Hoe kunnen we X? — stemmen: ●●●')), ['Hoe kunnen we X?', 3, 'stemmen']);
    assert.deepEqual(pick(readVotes('How might we X? - votes: ●')), ['How might we X?', 1, 'votes']);
    assert.deepEqual(pick(readVotes('Hoe kunnen we X?')), ['Hoe kunnen we X?', 0, undefined]);
    assert.deepEqual(pick(readVotes('Hoe kunnen we X? — stemmen:')), ['Hoe kunnen we X?', 0, 'stemmen']);
  });

  it('casts a vote as one inserted character', () => {
    const note = boardOf(HKW_PLAN).notes[0];
    const result = applyIntent(HKW_PLAN, { kind: 'vote', anchor: note.anchor, delta: 1 });
    assert.ok(typeof result === 'object');
    assert.deepEqual(result.edits.map((edit) => [edit.end - edit.start, edit.newText]), [[0, '●']]);
    assert.match(result.text, /aantonen dat het werkt\? — stemmen: ●●●\n/);
  });

  it('adds the suffix in the plan’s own words to a note without votes', () => {
    const note = boardOf(HKW_PLAN).notes[1];
    const result = applyIntent(HKW_PLAN, { kind: 'vote', anchor: note.anchor, delta: 1 });
    assert.ok(typeof result === 'object');
    assert.match(result.text, /een kans geven\? — stemmen: ●\n/);
    const english = '# How might we questions\n\n## How might we questions\n\n- How might we share parts?\n';
    const added = applyIntent(english, { kind: 'vote', anchor: boardOf(english).notes[0].anchor, delta: 1 });
    assert.ok(typeof added === 'object');
    assert.equal(added.text, '# How might we questions\n\n## How might we questions\n\n- How might we share parts? — votes: ●\n');
  });

  it('removes one dot, and the whole suffix with the last vote', () => {
    const board = boardOf(HKW_PLAN);
    const fewer = applyIntent(HKW_PLAN, { kind: 'vote', anchor: board.notes[0].anchor, delta: -1 });
    assert.ok(typeof fewer === 'object');
    assert.deepEqual(fewer.edits.map((edit) => [edit.end - edit.start, edit.newText]), [[1, '']]);
    assert.match(fewer.text, /werkt\? — stemmen: ●\n/);
    const none = applyIntent(HKW_PLAN, { kind: 'vote', anchor: board.notes[2].anchor, delta: -1 });
    assert.ok(typeof none === 'object');
    assert.match(none.text, /- Hoe kunnen we eigen kennis in huis houden\?\n/);
    const zero = applyIntent(HKW_PLAN, { kind: 'vote', anchor: board.notes[1].anchor, delta: -1 });
    assert.deepEqual(zero, { text: HKW_PLAN, edits: [] });
  });

  it('round-trips: a vote and its removal give back the same text', () => {
    const voted = applyIntent(HKW_PLAN, { kind: 'vote', anchor: boardOf(HKW_PLAN).notes[1].anchor, delta: 1 });
    assert.ok(typeof voted === 'object');
    const back = applyIntent(voted.text, { kind: 'vote', anchor: boardOf(voted.text).notes[1].anchor, delta: -1 });
    assert.ok(typeof back === 'object');
    assert.equal(back.text, HKW_PLAN);
  });

  it('voteEdit leaves text after a non-suffix alone', () => {
    assert.deepEqual(voteEdit(10, ' (zie bijlage)', 1, 'stemmen'), { start: 10, end: 10, newText: ' — stemmen: ●' });
    assert.equal(voteEdit(10, '', -1, 'stemmen'), undefined);
  });
});

function pick(votes: ReturnType<typeof readVotes>): [string, number, string | undefined] {
  return [votes.text, votes.votes, votes.word];
}
