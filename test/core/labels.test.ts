import assert from 'node:assert/strict';
import { LabelMatcher } from '../../src/core/model/labels.js';
import { LABEL_PATTERNS } from '../../src/core/model/vocabulary.js';

describe('label matching', () => {
  // The matcher joins the patterns into one regex and reads which one matched from its empty groups.
  it('has no capturing groups in the vocabulary, which would shift those groups', () => {
    for (const [source] of LABEL_PATTERNS) assert.equal(new RegExp(`|${source}`).exec('')!.length, 1, source);
  });
  it('takes the first pattern that matches, as a loop over the patterns would', () => {
    const matcher = LabelMatcher.for({ kosten: ['Dekking (incl. btw)'] });
    const loop = (label: string) => LABEL_PATTERNS.find(([source]) => new RegExp(`^(?:${source})(?![\\p{L}\\p{N}])`, 'u').test(label))?.[1] ?? [];
    for (const label of ['eigenaar', 'planning', 'begroting', 'hoe kunnen we', 'aanpak', 'het idee', 'owner', 'timeline', 'budget', 'wat kost het']) {
      assert.deepEqual(matcher.match(label), loop(label), label);
    }
    assert.deepEqual(matcher.match('Dekking (incl. btw)'), ['kosten']);
    assert.deepEqual(matcher.match('Planning en kosten'), ['wanneer', 'kosten']);
  });
  it('reads labels of this stop: outputs, effort, numbering with a bracket, a form question about the applicant', () => {
    const matcher = LabelMatcher.for();
    assert.deepEqual(matcher.match('1) Plan Outputs (What “Done” Looks Like)'), ['wat']);
    assert.deepEqual(matcher.match('Resultaten'), ['wat']);
    assert.deepEqual(matcher.match('Totale richtinschatting'), ['kosten']);
    assert.deepEqual(matcher.match('Timebox'), ['kosten']);
    assert.deepEqual(matcher.match('How did you hear about the Grants Program?'), []);
    assert.deepEqual(matcher.match('How will you build it?'), ['hoe']);
  });
  it('reads words that start like numbering ("Fasering", "Stappenplan", "Steps") as words, and numbering as numbering', () => {
    const matcher = LabelMatcher.for();
    assert.deepEqual(matcher.match('Fasering'), ['wanneer', 'hoe']);
    assert.deepEqual(matcher.match('Stappenplan'), ['hoe']);
    assert.deepEqual(matcher.match('Steps'), ['hoe']);
    assert.deepEqual(matcher.match('Partners'), ['nodig']);
    assert.deepEqual(matcher.match('Fase 2: Planning'), ['wanneer']);
    assert.deepEqual(matcher.match('Part II. Budget'), ['kosten']);
  });
  it('reads a label that names the plan first ("Project Timeline", "Pilot Budget") as the label, but not "Project name"', () => {
    const matcher = LabelMatcher.for();
    assert.deepEqual(matcher.match('Project Timeline'), ['wanneer']);
    assert.deepEqual(matcher.match('Pilot Budget'), ['kosten']);
    assert.deepEqual(matcher.match('Projectaanpak'), ['hoe']);
    assert.deepEqual(matcher.match('Project name'), []);
    assert.deepEqual(matcher.match('Projectnaam'), []);
  });
  it('reads the common template headings listed blind in stop 22', () => {
    const matcher = LabelMatcher.for();
    for (const [label, id] of [['Kernteam', 'wie'], ['Gegevens aanvrager', 'wie'], ['Doelstellingen', 'wat'], ['Korte beschrijving', 'wat'], ['Werkpakket 2', 'hoe'], ['WP1', 'hoe'], ['WP 3', 'hoe'],
      ['Research methodology', 'hoe'], ['Tijdplanning', 'wanneer'], ['Key milestones', 'wanneer'], ['Totale projectkosten', 'kosten'], ['Amount requested', 'kosten'], ['Onze aanpak', 'hoe']]) {
      assert.ok(matcher.match(label).includes(id), `${label} -> ${id}: ${matcher.match(label).join(',')}`);
    }
    for (const label of ['Risico\'s en maatregelen', 'Projectstructuur', 'Ons actieplan']) assert.ok(!matcher.match(label).some((id) => ['wie', 'hoe', 'wat'].includes(id)), label);
  });
});
