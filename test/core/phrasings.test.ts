import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { lint } from '../../src/core/index.js';

/** test/corpus-phrasings: sentences written blind, each answering a question in running text or not. */
interface Phrasing {
  q: 'wie' | 'wanneer' | 'kosten';
  lang: 'nl' | 'en';
  counts: boolean;
  text: string;
}
const PHRASINGS: Phrasing[] = JSON.parse(readFileSync(path.join(__dirname, '..', 'corpus-phrasings', 'phrasings.json'), 'utf8'));

const PLACES = {
  nl: { wat: '## Wat\n\nEen digitaal meldpunt voor losliggende stoeptegels, met een kaart voor de wijkteams.', hoe: '## Aanpak\n\nEerst halen we wensen op bij twee wijkteams, daarna bouwen we een eerste versie en testen die met twintig inwoners.', wie: '## Wie\n\nProjectleider is Sanne de Boer (team Openbare Ruimte).', wanneer: '## Planning\n\nVan 1 maart 2027 tot 30 september 2027.', kosten: '## Kosten\n\nIn totaal € 45.000.' },
  en: { wat: '## What\n\nA digital reporting point for loose paving stones, with a map for the district teams.', hoe: '## Approach\n\nFirst we gather needs from two district teams, then we build a first version and test it with twenty residents.', wie: '## Who\n\nThe project lead is Sanne de Boer (Public Space team).', wanneer: '## Planning\n\nFrom 1 March 2027 to 30 September 2027.', kosten: '## Cost\n\nIn total € 45,000.' },
};
const OTHERS = { wie: ['wat', 'hoe', 'kosten'], wanneer: ['wat', 'hoe', 'wie'], kosten: ['wat', 'hoe', 'wanneer'] } as const;

/** The sentence under a neutral heading; `placed`: the plan also has its own places for three other questions. */
function planWith(phrasing: Phrasing, placed: boolean): string {
  const { lang } = phrasing;
  const places = placed ? `${OTHERS[phrasing.q].map((q) => PLACES[lang][q]).join('\n\n')}\n\n` : '';
  const background = lang === 'nl' ? '## Aanleiding\n\nBewoners melden losliggende tegels nu per telefoon, en meldingen raken zoek.' : '## Background\n\nResidents now report loose paving stones by phone, and reports get lost.';
  return `# ${lang === 'nl' ? 'Projectplan Tegelmelder' : 'Project plan Paving Reporter'}\n\n${background}\n\n${places}${lang === 'nl' ? '## Toelichting' : '## Notes'}\n\n${phrasing.text}\n`;
}

describe('running-text phrasings written blind (test/corpus-phrasings)', () => {
  it('has 540 sentences: 180 per question, two thirds that count', () => {
    assert.equal(PHRASINGS.length, 540);
    for (const q of ['wie', 'wanneer', 'kosten']) assert.equal(PHRASINGS.filter((p) => p.q === q && p.counts).length, 120);
  });

  it('answers the sentences that count and not the others, in at least 84% of 1,080 cases (stop 22: 73%)', () => {
    let right = 0;
    const tally: Record<string, [number, number]> = {};
    for (const phrasing of PHRASINGS) {
      for (const placed of [false, true]) {
        const answered = lint(planWith(phrasing, placed)).coverage[phrasing.q] === 'answered';
        const ok = answered === phrasing.counts;
        const key = `${phrasing.q} ${phrasing.counts ? 'counts' : 'does not'}`;
        tally[key] ??= [0, 0];
        tally[key][ok ? 0 : 1]++;
        if (ok) right++;
      }
    }
    for (const [key, [good, bad]] of Object.entries(tally).sort()) console.log(`      ${key}: ${good}/${good + bad}`);
    assert.ok(right / (PHRASINGS.length * 2) >= 0.84, `${right}/${PHRASINGS.length * 2}`);
    // A sentence that does not count must almost never be taken as an answer.
    const falseAnswers = Object.entries(tally).filter(([key]) => key.endsWith('does not')).reduce((sum, [, [, bad]]) => sum + bad, 0);
    assert.ok(falseAnswers <= 12, `${falseAnswers} sentences that do not count were taken as answers`);
  });
});
