import type { Weakness } from '../judge/text.js';
import type { Language } from '../model/plan.js';
import { QUESTIONS } from '../model/vocabulary.js';

const NAMES: Record<string, { nl: string; en: string }> = {
  wie: { nl: 'wie (eigenaar)', en: 'who (owner)' },
  wat: { nl: 'wat (het idee)', en: 'what (the idea)' },
  hoe: { nl: 'hoe (aanpak)', en: 'how (approach)' },
  wanneer: { nl: 'wanneer (planning)', en: 'when (timeline)' },
  kosten: { nl: 'kosten', en: 'cost' },
};

export function questionName(questionId: string, language: Language): string {
  return NAMES[questionId]?.[language] ?? QUESTIONS[questionId]?.heading[language] ?? questionId;
}

export function missingMessage(questionId: string, language: Language): string {
  const name = questionName(questionId, language);
  return language === 'nl'
    ? `Het plan beantwoordt '${name}' nergens: geen kop, label, tabelrij of zin gaat erover.`
    : `The plan never answers '${name}': no heading, label, table row or sentence covers it.`;
}

export function weakMessage(questionId: string, weakness: Weakness, language: Language): string {
  const name = questionName(questionId, language);
  const nl = language === 'nl';
  switch (weakness.reason) {
    case 'empty':
      return nl ? `'${name}' staat er, maar is leeg.` : `'${name}' is there, but empty.`;
    case 'placeholder':
      return nl ? `'${name}' bevat alleen '${weakness.word}': dat is nog geen antwoord.` : `'${name}' only says '${weakness.word}': that is not an answer yet.`;
    case 'vague':
      return nl ? `'${name}' is te vaag: '${weakness.word}' is geen antwoord.` : `'${name}' is too vague: '${weakness.word}' is not an answer.`;
    case 'too-short':
      return nl ? `'${name}' is te kort om iets te zeggen; beschrijf het in een paar zinnen.` : `'${name}' is too short to say anything; describe it in a few sentences.`;
    case 'no-name':
      return nl ? `'${name}' noemt geen eigenaar: geef een naam, rol of organisatie.` : `'${name}' names no owner: give a name, role or organisation.`;
    case 'no-date':
      return nl ? `'${name}' noemt geen datum, periode of doorlooptijd.` : `'${name}' gives no date, period or duration.`;
    case 'no-amount':
      return nl ? `'${name}' noemt geen bedrag (bijv. € 25.000) en zegt ook niet dat het niets of alleen tijd kost.` : `'${name}' gives no amount (e.g. € 25,000) and does not say it costs nothing or only time.`;
    case 'features-only':
      return nl
        ? `'${name}' ontbreekt: '${weakness.word}' somt op wat het moet kunnen, niet hoe je het maakt (stappen, fasen, werkwijze).`
        : `'${name}' is missing: '${weakness.word}' lists what it must do, not how you will build it (steps, phases, way of working).`;
    case 'not-located':
      return nl
        ? `'${name}' staat nergens duidelijk: het plan heeft tekst, maar geen kop, label of alinea die dit beantwoordt.`
        : `'${name}' is not stated clearly anywhere: the plan has text, but no heading, label or paragraph that answers it.`;
    case 'no-question':
      return nl ? `'${name}' bevat geen goed gevormde 'Hoe kunnen we ...?'-vraag.` : `'${name}' holds no well-formed 'How might we ...?' question.`;
  }
}
