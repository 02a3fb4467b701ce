import assert from 'node:assert/strict';
import path from 'node:path';
import { buildPlan, findOverlaps, overlapDocument, parseConfig, parseDocument, validateConfig, type OverlapDocument } from '../../src/core/index.js';
import { evaluate, type Score } from '../overlap/evaluate.js';

const documentOf = (id: string, text: string): OverlapDocument => overlapDocument(id, buildPlan(text, parseDocument(text).root));

const CHATBOT = `# Chatbot voor afvalvragen

**Wie:** Marloes Dijkstra, teamleider Klantcontact

**Wat:** Een chatbot op de website die inwoners vertelt wanneer de container wordt geleegd en waar het grofvuil heen moet. Het Klantcontactcentrum krijgt veel telefoontjes over de ophaaldagen van afval.

**Hoe:** De chatbot koppelen aan de afvalkalender op postcode; medewerkers van het klantcontactcentrum controleren de veertig meest gestelde vragen en antwoorden, daarna meten we hoeveel telefoontjes wegvallen.
`;
const ASSISTANT = `# Digitale assistent voor de afvalkalender

## Het probleem
De telefoonlijnen lopen vol met vragen over de ophaaldagen van afval en over grofvuil.

## Het idee
Een digitale assistent op de website die op postcode de ophaaldag van de container noemt en helpt grofvuil aan te melden.
`;
const PARKING = `# Parkeervergunning op kenteken

**Wat:** Bewoners vragen hun parkeervergunning online aan en wijzigen zelf hun kenteken; de scanauto controleert op kenteken.

**Hoe:** Een vergunningensysteem kopen en de bestaande vergunningen overzetten.
`;

describe('overlap: plans that describe the same initiative', () => {
  it('pairs two plans of one initiative even when they are the only two, and explains the pair', () => {
    const [pair] = findOverlaps([documentOf('a.md', CHATBOT), documentOf('b.md', ASSISTANT)]);
    assert.ok(pair, 'the two afval plans overlap');
    assert.equal(pair.a, 'a.md');
    assert.ok(pair.score > 0 && pair.score <= 1);
    assert.ok(pair.terms.some((term) => /afval|ophaaldag|grofvuil/.test(term)), pair.terms.join(', '));
    assert.ok(pair.passages.length > 0 && pair.passages[0].a.line > 0 && pair.passages[0].b.text.length > 0);
  });

  it('does not pair plans on different initiatives', () => {
    assert.deepEqual(findOverlaps([documentOf('a.md', CHATBOT), documentOf('p.md', PARKING)]), []);
  });

  it('reads the title and the answers to wat, hoe and probleem, not the owner', () => {
    const document = documentOf('a.md', CHATBOT);
    const terms = document.passages.flatMap((passage) => passage.words.map((word) => word.form));
    assert.ok(terms.includes('chatbot') && terms.includes('afvalkalender'));
    assert.ok(!terms.includes('marloes'));
  });

  it('sorts by score and applies the threshold', () => {
    const documents = [documentOf('a.md', CHATBOT), documentOf('b.md', ASSISTANT), documentOf('p.md', PARKING)];
    assert.equal(findOverlaps(documents, { threshold: 1.01 }).length, 0);
    const all = findOverlaps(documents, { threshold: 0 });
    for (let i = 1; i < all.length; i++) assert.ok(all[i - 1].score >= all[i].score);
  });

  it('accepts overlap.threshold in the configuration and rejects a bad one', () => {
    assert.deepEqual(parseConfig('{"overlap": {"threshold": 0.4}}', 'x').overlap, { threshold: 0.4 });
    assert.equal(validateConfig({ overlap: { threshold: 2 } }).length, 1);
    assert.equal(validateConfig({ overlap: { limit: 1 } }).length, 1);
  });
});

describe('overlap: the labelled plans (test/overlap)', () => {
  const show = (name: string, score: Score) =>
    `${name}: precision ${score.precision.toFixed(2)}, recall ${score.recall.toFixed(2)} (${score.truePositives} found, ${score.falsePositives} wrong, ${score.falseNegatives} missed)`;

  it('finds the overlapping pairs at the default threshold (tuning set)', function () {
    const result = evaluate(path.join(import.meta.dirname, '..', 'overlap'));
    const lines = [...Object.entries(result.byLanguage).map(([language, score]) => show(language, score)), show('all', result.all)];
    console.log(`      ${lines.join('\n      ')}`);
    // The targets hold on the tuning set for every language since the bilingual concept lexicon
    // (src/core/overlap/concepts.ts); the floors are the level reached, so that a change that lowers them fails.
    assert.ok(result.byLanguage.nl.precision >= 0.93 && result.byLanguage.nl.recall >= 0.83, show('nl', result.byLanguage.nl));
    assert.ok(result.byLanguage.en.precision >= 1 && result.byLanguage.en.recall >= 1, show('en', result.byLanguage.en));
    assert.ok(result.byLanguage['nl-en'].precision >= 1 && result.byLanguage['nl-en'].recall >= 1, show('nl-en', result.byLanguage['nl-en']));
    assert.ok(result.all.precision >= 0.96 && result.all.recall >= 0.9, show('all', result.all));
  });

  it('finds the overlapping pairs of the held-out plans, written after tuning', function () {
    const result = evaluate(path.join(import.meta.dirname, '..', 'overlap', 'holdout'));
    console.log(`      held-out ${show('all', result.all)}; ${Object.entries(result.byLanguage).map(([language, score]) => show(language, score)).join('; ')}`);
    assert.ok(result.all.precision >= 0.9 && result.all.recall >= 0.8, show('all', result.all));
  });

  it('scores the second held-out set (holdout2), written before the concept lexicon and never tuned on', function () {
    const result = evaluate(path.join(import.meta.dirname, '..', 'overlap', 'holdout2'));
    const lines = [...Object.entries(result.byLanguage).map(([language, score]) => show(language, score)), show('all', result.all)];
    console.log(`      holdout2 ${lines.join('\n      holdout2 ')}`);
    // Below the targets (see the README): Dutch-English recall is the open problem. The floors are the
    // level reached (baseline before the lexicon: nl-en recall 0.11, nl precision 0.67, en precision 0.71).
    assert.ok(result.byLanguage.nl.precision >= 0.8 && result.byLanguage.nl.recall >= 1, show('nl', result.byLanguage.nl));
    assert.ok(result.byLanguage.en.precision >= 0.71 && result.byLanguage.en.recall >= 1, show('en', result.byLanguage.en));
    assert.ok(result.byLanguage['nl-en'].precision >= 1 && result.byLanguage['nl-en'].recall >= 0.33, show('nl-en', result.byLanguage['nl-en']));
    assert.ok(result.all.precision >= 0.8 && result.all.recall >= 0.66, show('all', result.all));
  });
});
