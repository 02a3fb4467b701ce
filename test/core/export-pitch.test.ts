import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { lint, pitchDeck } from '../../src/core/index.js';
import { convertWithMarp, type Conversion } from '../export/marp.js';

const ROOT = path.join(__dirname, '..', '..');
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');
const plansIn = (dir: string) => readdirSync(path.join(ROOT, dir)).filter((name) => name.endsWith('.md')).map((name) => `${dir}/${name}`);

const FRAMES_NL = ['Het probleem', 'Voor wie', 'Het idee', "Nadelen en risico's", 'Wie hebben we nodig?', 'De weg ernaartoe', 'De eerste vervolgstap', 'Planning', 'Wat het kost', 'Eigenaar'];
const FRAMES_EN = ['The problem', 'For whom', 'The idea', 'Drawbacks and risks', 'Who we need', 'The path', 'The first next step', 'Timeline', 'What it costs', 'Owner'];
const MISSING = /^(?:\*\*Ontbreekt:\*\*|\*\*Missing:\*\*)/m;

/** Every example and template, in both languages: the decks a team would make. */
const SOURCES = [...plansIn('examples/nl'), ...plansIn('examples/en'), ...plansIn('templates/nl'), ...plansIn('templates/en')];
const HOSTILE = 'test/export/hostile-pitch.md';

const headingOf = (html: string) => /<h[12][^>]*>([\s\S]*?)<\/h[12]>/.exec(html)?.[1].replace(/<[^>]*>/g, '').replace(/&#39;|&#x27;/g, "'").trim();

describe('export: Marp pitch deck', function () {
  this.timeout(120_000);
  let marp: Conversion;
  const decks: Record<string, string> = {};

  before(() => {
    for (const [index, file] of [...SOURCES, HOSTILE].entries()) decks[`deck-${index}`] = pitchDeck(read(file));
    marp = convertWithMarp(decks);
  });
  const deckOf = (file: string) => `deck-${[...SOURCES, HOSTILE].indexOf(file)}`;

  it('marp-cli converts every example and template deck without warnings', () => {
    assert.doesNotMatch(marp.log, /WARN|ERROR/i);
    assert.equal(Object.keys(marp.decks).length, SOURCES.length + 1);
  });

  it('gives every plan of every kind a title slide and one slide per pitch frame, in the method order', () => {
    for (const file of SOURCES) {
      const slides = marp.decks[deckOf(file)];
      const frames = lint(read(file)).plan.language === 'en' ? FRAMES_EN : FRAMES_NL;
      assert.deepEqual(slides.slice(1).map((slide) => headingOf(slide.html)), frames, file);
      assert.match(decks[deckOf(file)], /^---\nmarp: true\n/, file);
    }
  });

  it('tells the pitch of the example plan: team and owner first, cost and first next step on slides of their own', () => {
    const slides = marp.decks[deckOf('examples/nl/pitch.md')];
    assert.match(slides[0].text, /Deeltalent Westmark/);
    assert.match(slides[0].text, /Team: Team Gedeelde Kracht/);
    assert.match(slides[0].text, /Eigenaar: Marloes Vermeulen, directeur HR, Waterschap Lingemonde/);
    assert.match(slides[7].text, /^De eerste vervolgstap Eerste vervolgstap: op 14 december 2026/);
    assert.match(slides[9].text, /^Wat het kost .*€ 1\.535\.000/);
    for (const slide of slides) assert.doesNotMatch(slide.text, /Ontbreekt/);
  });

  it('puts the rest of a long answer in the speaker notes, so nothing is dropped', () => {
    const risks = marp.decks[deckOf('examples/nl/pitch.md')][4];
    assert.match(risks.text, /trainees vertrekken na twee jaar/);
    assert.doesNotMatch(risks.text, /rechtspositie bij detachering/);
    assert.match(risks.notes, /rechtspositie bij detachering verschilt per werkgever/);
  });

  it('gives an unanswered frame a slide that says so, with the method\'s question in the notes', () => {
    const template = decks[deckOf('templates/nl/pitch.md')].split('\n\n---\n\n');
    assert.equal(template.length, 11);
    for (const slide of template.slice(1)) assert.match(slide, MISSING);
    const costSlide = marp.decks[deckOf('templates/en/pitch.md')][9];
    assert.match(costSlide.text, /What it costs Missing: the plan does not answer this \(yet\)\./);
    assert.match(costSlide.notes, /\S/);
  });

  it('maps the pitch frames onto the answers of other kinds of plan', () => {
    const agenda = marp.decks[deckOf('examples/nl/innovatieagenda.md')];
    // The agenda's starting point tells the problem; its stakeholders are who the pitch needs.
    assert.match(agenda[1].text, /^Het probleem .*41 producten/);
    assert.doesNotMatch(agenda[5].text, /Ontbreekt/);
    const action = marp.decks[deckOf('examples/en/actieplan.md')];
    assert.doesNotMatch(action[9].text, /Missing/, 'cost');
    assert.match(action[2].text, /^For whom Missing/);
  });

  it('keeps a plan\'s --- lines, comments, HTML and open fences from changing the slides', () => {
    const deck = decks[deckOf(HOSTILE)];
    const slides = marp.decks[deckOf(HOSTILE)];
    assert.equal(slides.length, 11);
    assert.match(slides[1].text, /Inwoners wachten te lang.*Tweede deel van het probleem/);
    assert.match(slides[3].text, /Een blok dat doorloopt.*tot hier/);
    assert.match(slides[5].text, /^Wie hebben we nodig\? een open codeblok/);
    assert.equal(headingOf(slides[6].html), 'De weg ernaartoe');
    // Marp directives in the plan's comments are gone: they would restyle or re-split the deck.
    assert.doesNotMatch(deck, /headingDivider|_class/);
    assert.equal(slides.filter((slide) => /class="invert"/.test(slide.html)).length, 0);
  });

  it('leaves nothing executable from a hostile plan in the deck or in marp\'s HTML', () => {
    const deck = decks[deckOf(HOSTILE)];
    assert.doesNotMatch(deck, /<(?:script|img|a|pre)\b/i);
    assert.doesNotMatch(deck, /\]\(\s*javascript:/i);
    for (const slide of marp.decks[deckOf(HOSTILE)]) {
      for (const tag of slide.html.match(/<[a-z][^>]*>/gi) ?? []) {
        assert.doesNotMatch(tag, /^<(?:script|img|a|iframe|object|embed)\b|\son\w+\s*=|javascript:/i);
      }
    }
    assert.match(marp.decks[deckOf(HOSTILE)][2].text, /Inwoners van Zaanwijk en logo en <a href=/);
  });

  // Speed belongs in a benchmark, not a timed test (shared, noisy machines): this checks the outcome only.
  it('turns a large pitch plan (over 40 KB) into the same eleven slides', () => {
    const filler = `${"Een alinea met uitleg over de aanpak, de mensen en het geld. ".repeat(8)}\n\n`.repeat(8);
    const large = read('examples/nl/pitch.md').replace(/\n## /g, () => `\n${filler}## `);
    assert.ok(large.length > 40_000, `plan of ${large.length} characters`);
    assert.equal(pitchDeck(large).split('\n\n---\n\n').length, 11);
  });
});
