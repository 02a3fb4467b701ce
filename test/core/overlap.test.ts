import assert from 'node:assert/strict';
import path from 'node:path';
import { buildPlan, findOverlaps, overlapDocument, parseConfig, parseDocument, validateConfig, type OverlapDocument } from '../../src/core/index.js';
import { compoundParts, contentWords } from '../../src/core/overlap/terms.js';
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

  it('pairs a Dutch and an English plan of one initiative and keeps a plan in the same domain apart', () => {
    const dutch = `# Zwerfafval opruimen met buurtvrijwilligers

**Probleem:** In parken en langs de stoep ligt steeds meer zwerfafval; de veegploeg komt er niet aan toe.

**Wat:** Vrijwilligers uit de buurt adopteren een straat of park en ruimen elke week het zwerfafval op. De gemeente levert grijpers, handschoenen en vuilniszakken en haalt de volle zakken op.

**Hoe:** Een app waarin vrijwilligers hun straat kiezen en melden waar de zakken staan.
`;
    const english = `# Neighbourhood litter-picking volunteers

**Problem:** Litter keeps piling up in parks and on pavements, and the street cleaning crews cannot keep up.

**What:** Local volunteers adopt a street or park and pick up litter every week. The council supplies litter pickers, gloves and bags and collects the full bags.

**How:** An app where volunteers choose their street and report where the bags are left.
`;
    const graffiti = `# Faster graffiti removal

**Problem:** Graffiti on shop fronts and bridges stays for weeks and makes streets look neglected.

**What:** A council crew removes offensive graffiti within 24 hours of a report and offers shop owners anti-graffiti coating.
`;
    const pairs = findOverlaps([documentOf('nl.md', dutch), documentOf('en.md', english), documentOf('graffiti.md', graffiti)]);
    assert.deepEqual(pairs.map((pair) => [pair.a, pair.b]), [['en.md', 'nl.md']]);
    assert.ok(pairs[0].terms.includes('litter / zwerfafval'), pairs[0].terms.join(', '));
  });

  it('reads an English two-word phrase as the Dutch compound and splits a Dutch compound on a known last part', () => {
    const termsOf = (text: string, language: 'nl' | 'en') => contentWords(text, language).map((word) => word.term);
    const [list] = termsOf('wachtlijst', 'nl');
    assert.ok(termsOf('waiting lists', 'en').includes(list));
    assert.ok(!termsOf('a list of people waiting', 'en').includes(list), 'the two words must stand next to each other');
    const [book] = termsOf('boeken', 'nl');
    assert.deepEqual(compoundParts(contentWords('luisterboekjes', 'nl')[0], new Set()), []);
    assert.ok(compoundParts(contentWords('fotoboeken', 'nl')[0], new Set()).includes(book));
    assert.deepEqual(termsOf('books', 'en'), [book]);
    // Dutch voices a final s or f before an ending, where the stemmer keeps the z or v.
    assert.deepEqual(termsOf('verpleeghuizen daklozen', 'nl'), termsOf('verpleeghuis dakloos', 'nl'));
    assert.ok(termsOf('nursing homes', 'en').includes(termsOf('verpleeghuis', 'nl')[0]));
  });

  it('counts a loanword that a Dutch and an English plan both write as one term', () => {
    const dutch = '# Toernooi voor jongeren\n\n**Wat:** Een community van gamers en influencers organiseert elke maand een toernooi in het jongerencentrum.\n';
    const english = '# Youth tournament\n\n**What:** A community of gamers and influencers runs a tournament every month at the youth centre.\n';
    const [pair] = findOverlaps([documentOf('nl.md', dutch), documentOf('en.md', english)]);
    assert.ok(pair, 'the two plans overlap');
    // The Dutch and English stemmers cut "community" and "influencers" differently.
    assert.ok(pair.terms.includes('community') && pair.terms.includes('influencers'), pair.terms.join(', '));
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

  /** Scores a labelled set and prints each language's line, prefixed with the set's name. */
  const scored = (folder: string[], prefix: string) => {
    const result = evaluate(path.join(import.meta.dirname, '..', 'overlap', ...folder));
    const lines = [...Object.entries(result.byLanguage).map(([language, score]) => show(language, score)), show('all', result.all)];
    console.log(`      ${prefix}${lines.join(`\n      ${prefix}`)}`);
    return result;
  };

  it('finds the overlapping pairs at the default threshold (tuning set)', function () {
    const result = scored([], '');
    // The targets hold on the tuning set for every language since the bilingual concept lexicon
    // (src/core/overlap/concepts.ts and domain.ts); the floors are the level reached, so that a change that lowers them fails.
    assert.ok(result.byLanguage.nl.precision >= 0.94 && result.byLanguage.nl.recall >= 1, show('nl', result.byLanguage.nl));
    assert.ok(result.byLanguage.en.precision >= 1 && result.byLanguage.en.recall >= 1, show('en', result.byLanguage.en));
    assert.ok(result.byLanguage['nl-en'].precision >= 1 && result.byLanguage['nl-en'].recall >= 1, show('nl-en', result.byLanguage['nl-en']));
    assert.ok(result.all.precision >= 0.96 && result.all.recall >= 1, show('all', result.all));
  });

  it('finds the overlapping pairs of the held-out plans, written after tuning', function () {
    const result = evaluate(path.join(import.meta.dirname, '..', 'overlap', 'holdout'));
    console.log(`      held-out ${show('all', result.all)}; ${Object.entries(result.byLanguage).map(([language, score]) => show(language, score)).join('; ')}`);
    // 4 of 5 pairs before the domain lexicon; all 5 since (the snoeiafval pair and the bankjes pair sit near the threshold).
    assert.ok(result.all.precision >= 0.96 && result.all.recall >= 1, show('all', result.all));
  });

  it('scores the second held-out set (holdout2), written before the concept lexicon', function () {
    const result = scored(['holdout2'], 'holdout2 ');
    // The floors are the level reached (before the concept lexicon: nl-en recall 0.11, nl precision 0.67,
    // en precision 0.71; with concepts.ts: nl-en recall 0.33, nl precision 0.80). holdout2 was read while
    // the domain lexicon (domain.ts) was written, so it is no longer a blind test of the lexicon: the one
    // wrong English pair (cycling and swimming lessons for newcomer women) shares target group and form.
    assert.ok(result.byLanguage.nl.precision >= 0.94 && result.byLanguage.nl.recall >= 1, show('nl', result.byLanguage.nl));
    assert.ok(result.byLanguage.en.precision >= 0.83 && result.byLanguage.en.recall >= 1, show('en', result.byLanguage.en));
    assert.ok(result.byLanguage['nl-en'].precision >= 1 && result.byLanguage['nl-en'].recall >= 1, show('nl-en', result.byLanguage['nl-en']));
    assert.ok(result.all.precision >= 0.94 && result.all.recall >= 1, show('all', result.all));
  });
  // Written blind in stop 20 (helper-37: never read the detection, its code or the other sets; hard
  // distractors: same organisation or target group, another initiative), scored once before and once
  // after that stop's lexicon, never tuned on: stop 19's code all P 0.60 R 0.56 (nl-en R 0.25), stop 20's
  // all P 0.65 R 0.69 (nl-en P 0.67 R 0.50, en P 0.50, nl R 0.75). Below the targets; floors at that level.
  it('scores the third held-out set (holdout3), written blind and never tuned on', function () {
    const result = scored(['holdout3'], 'holdout3 ');
    assert.ok(result.all.precision >= 0.64 && result.all.recall >= 0.68, show('all', result.all));
    assert.ok(result.byLanguage['nl-en'].recall >= 0.5, show('nl-en', result.byLanguage['nl-en']));
  });
});
