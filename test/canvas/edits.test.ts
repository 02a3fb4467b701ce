import assert from 'node:assert/strict';
import { minimalEdit } from '../../src/core/board/textEdit';
import { applyIntent, boardOf } from './helpers';

describe('canvas answer edits', () => {
  it('minimalEdit keeps only the part that differs', () => {
    assert.deepEqual(minimalEdit(100, 'Nog niet bekend.', 'Nog wel bekend.'), { start: 104, end: 108, newText: 'wel' });
    assert.equal(minimalEdit(0, 'same', 'same'), undefined);
    assert.deepEqual(minimalEdit(0, 'ab', 'abc'), { start: 2, end: 2, newText: 'c' });
    // Never half a surrogate pair.
    const edit = minimalEdit(0, 'a😀b', 'a😃b')!;
    assert.equal(edit.end - edit.start, 2);
  });

  it('replaces an answer under a heading with a small edit', () => {
    const plan = '# Plan\n\n## Kosten\n\nNog niet bekend.\n\n## Wie\n\nJan de Vries, projectleider.\n';
    const card = boardOf(plan).cards.find((candidate) => candidate.questionId === 'kosten')!;
    const result = applyIntent(plan, { kind: 'answer', questionId: 'kosten', anchor: card.edit!, newText: '€ 40.000 voor het eerste jaar.\n\n' });
    assert.ok(typeof result === 'object');
    assert.equal(result.text, '# Plan\n\n## Kosten\n\n€ 40.000 voor het eerste jaar.\n\n## Wie\n\nJan de Vries, projectleider.\n');
    assert.equal(result.edits.length, 1);
    assert.ok(result.edits[0].end - result.edits[0].start <= 'Nog niet bekend'.length);
  });

  it('writes into an empty template section after its guidance comment', () => {
    const plan = '# Voertuig\n\n## Bestuurder\n\n<!-- Wie stuurt? -->\n\n## Passagiers\n\n<!-- Wie rijdt mee? -->\n';
    const card = boardOf(plan).vehicle[0];
    const result = applyIntent(plan, { kind: 'answer', questionId: 'bestuurder', anchor: card.edit!, newText: 'De directeur bedrijfsvoering.' });
    assert.ok(typeof result === 'object');
    assert.equal(result.text, '# Voertuig\n\n## Bestuurder\n\n<!-- Wie stuurt? -->\n\nDe directeur bedrijfsvoering.\n\n## Passagiers\n\n<!-- Wie rijdt mee? -->\n');
  });

  it('edits a label line answer in place', () => {
    const plan = '# Plan\n\n**Wie:** iedereen\n**Wat:** Een digitale balie voor alle aanvragen van inwoners.\n';
    const card = boardOf(plan).cards.find((candidate) => candidate.questionId === 'wie')!;
    const result = applyIntent(plan, { kind: 'answer', questionId: 'wie', anchor: card.edit!, newText: 'Fatima el Amrani (teamleider)' });
    assert.ok(typeof result === 'object');
    assert.equal(result.text, '# Plan\n\n**Wie:** Fatima el Amrani (teamleider)\n**Wat:** Een digitale balie voor alle aanvragen van inwoners.\n');
  });

  it('keeps CRLF line ends in a CRLF document', () => {
    const plan = '# Plan\r\n\r\n## Hoe\r\n\r\nStap 1.\r\n';
    const card = boardOf(plan).cards.find((candidate) => candidate.questionId === 'hoe')!;
    const result = applyIntent(plan, { kind: 'answer', questionId: 'hoe', anchor: card.edit!, newText: 'Stap 1.\nStap 2.' });
    assert.ok(typeof result === 'object');
    assert.equal(result.text, '# Plan\r\n\r\n## Hoe\r\n\r\nStap 1.\r\nStap 2.\r\n');
  });

  it('adds a missing question as a new section at the end', () => {
    const plan = '# Plan\n\n## Wat\n\nEen digitale balie voor aanvragen van inwoners.\n';
    const result = applyIntent(plan, { kind: 'add', questionId: 'kosten', newText: '€ 12.000' });
    assert.ok(typeof result === 'object');
    assert.equal(result.text, `${plan}\n## Kosten\n\n€ 12.000\n`);
    const answered = result.text;
    assert.equal(applyIntent(answered, { kind: 'add', questionId: 'kosten', newText: 'nog eens' }), 'stale');
  });

  it('does not offer board edits for frontmatter or multi-cell table answers', () => {
    const plan = '---\neigenaar: Jan de Vries\n---\n\n# Plan\n\n| Vraag | Antwoord |\n|---|---|\n| Wat | Een balie \\| met loket |\n';
    const board = boardOf(plan);
    assert.equal(board.cards.find((card) => card.questionId === 'wie')!.edit, undefined);
    assert.equal(board.cards.find((card) => card.questionId === 'wat')!.edit, undefined);
  });

  it('refuses oversized or malformed intents', () => {
    const plan = '# Plan\n\n## Wie\n\nJan.\n';
    const card = boardOf(plan).cards.find((candidate) => candidate.questionId === 'wie')!;
    assert.equal(applyIntent(plan, { kind: 'answer', questionId: 'wie', anchor: card.edit!, newText: 'x'.repeat(200_000) }), 'invalid');
    assert.equal(applyIntent(plan, { kind: 'bogus' } as never), 'invalid');
  });
});
