import { stemmer as stemDutch } from '@orama/stemmers/dutch';
import { stemmer as stemEnglish } from '@orama/stemmers/english';
// Named imports let esbuild keep only these two of the package's 50-odd lists.
import { en as englishStopwords, nl as dutchStopwords } from 'stopwords-iso/stopwords-iso.json';
import type { Language } from '../model/plan.js';
import { CONCEPTS } from './concepts.js';
import { BILINGUAL_TERMS, DUTCH_SYNONYMS, PLAN_WORDS } from './lexicon.js';

const STEMMERS: Record<Language, (word: string) => string> = { nl: stemDutch, en: stemEnglish };
const STOP: Record<Language, Set<string>> = {
  nl: new Set([...dutchStopwords, ...PLAN_WORDS.nl]),
  en: new Set([...englishStopwords, ...PLAN_WORDS.en]),
};

/**
 * Per language, the concept ids a written form or a stem stands for: "waste", "vuilnis" and "afval"
 * all count as "afval" (concepts.ts, and the older word maps of lexicon.ts). A form is looked up
 * before its stem, so that Dutch "ouders" (parents) and "ouderen" (older people), which share the stem
 * "ouder", stay two concepts.
 */
interface ConceptMap {
  forms: Map<string, string[]>;
  stems: Map<string, string[]>;
}
const MAPPED: Record<Language, ConceptMap> = { nl: { forms: new Map(), stems: new Map() }, en: { forms: new Map(), stems: new Map() } };

function buildConcepts(): void {
  const usedIds = new Set<string>();
  const claims: Record<Language, Map<string, Set<string>>> = { nl: new Map(), en: new Map() };
  const lines = CONCEPTS.map((line) => {
    const [dutch, english] = line.split('|').map((side) => side.trim().split(/\s+/).filter(Boolean));
    let id = stemDutch(dutch[0]);
    while (usedIds.has(id)) id += '\u2032';
    usedIds.add(id);
    return { id, words: { nl: dutch, en: english } as Record<Language, string[]> };
  });
  for (const { id, words } of lines) {
    for (const language of ['nl', 'en'] as const) {
      for (const word of words[language]) {
        MAPPED[language].forms.set(word, [id]);
        const stem = STEMMERS[language](word);
        let set = claims[language].get(stem);
        if (!set) claims[language].set(stem, (set = new Set()));
        set.add(id);
      }
    }
  }
  // A stem claimed by two concepts is left to the forms that name it.
  for (const language of ['nl', 'en'] as const) for (const [stem, ids] of claims[language]) if (ids.size === 1) MAPPED[language].stems.set(stem, [...ids]);
  // The older word maps, read through the concepts so both agree.
  const dutchConcept = (stem: string) => MAPPED.nl.stems.get(stem)?.[0] ?? stem;
  const dutchTerms = (words: string) => words.split(' ').map((word) => MAPPED.nl.forms.get(word)?.[0] ?? dutchConcept(stemDutch(word)));
  for (const [english, dutch] of BILINGUAL_TERMS) if (!MAPPED.en.forms.has(english)) MAPPED.en.forms.set(english, dutchTerms(dutch));
  for (const [variant, canonical] of DUTCH_SYNONYMS) if (!MAPPED.nl.forms.has(variant)) MAPPED.nl.forms.set(variant, dutchTerms(canonical));
  for (const [english, dutch] of BILINGUAL_TERMS) {
    const stem = stemEnglish(english);
    if (!claims.en.has(stem) && !MAPPED.en.stems.has(stem)) MAPPED.en.stems.set(stem, dutchTerms(dutch));
  }
  for (const [variant, canonical] of DUTCH_SYNONYMS) {
    const stem = stemDutch(variant);
    if (!claims.nl.has(stem) && !MAPPED.nl.stems.has(stem)) MAPPED.nl.stems.set(stem, dutchTerms(canonical));
  }
}
buildConcepts();

/** The concept a Dutch stem counts as (itself when it names none). */
function dutchConceptOf(stem: string): string {
  const ids = MAPPED.nl.stems.get(stem);
  return ids && ids.length === 1 ? ids[0] : stem;
}

export interface Word {
  /** The word as written, lower-cased. */
  form: string;
  /** The term it counts as: its stem, or the Dutch stem of a mapped domain word. */
  term: string;
}

// Letters with inner hyphens or apostrophes ("e-mail", "wmo-loket"); digits, amounts and dates carry no topic.
const WORD = /\p{L}+(?:[-'’]\p{L}+)*/gu;

/** The content words of a text: no stop-words, no words of the plan's own vocabulary, no short words. */
export function contentWords(text: string, language: Language): Word[] {
  const stop = STOP[language];
  const stem = STEMMERS[language];
  const mapped = MAPPED[language];
  const words: Word[] = [];
  for (const match of text.toLowerCase().matchAll(WORD)) {
    const form = match[0].replace(/['’]s$/, '');
    if (form.length < 3 || stop.has(form)) continue;
    const base = stem(form);
    for (const term of mapped.forms.get(form) ?? mapped.stems.get(base) ?? [base]) words.push({ form, term });
    // "ICT-traineeship", "wmo-loket", "car-sharing": the parts count as well.
    if (form.includes('-')) {
      for (const part of form.split('-')) {
        if (part.length < 2 || stop.has(part) || (part.length < 3 && !mapped.forms.has(part))) continue;
        for (const term of mapped.forms.get(part) ?? mapped.stems.get(stem(part)) ?? [stem(part)]) words.push({ form: part, term });
      }
    }
  }
  return words;
}

/**
 * Dutch writes "parkeervergunning" where another team writes "vergunning om te parkeren". A long
 * Dutch term is split where both halves are terms of the collection in their own right.
 */
export function compoundParts(word: Word, vocabulary: Set<string>): string[] {
  const { term, form } = word;
  if (term.length < 9 || !/^\p{L}+$/u.test(form)) return [];
  for (let at = 4; at <= term.length - 4; at++) {
    const right = dutchConceptOf(term.slice(at));
    if (!vocabulary.has(right)) continue;
    const left = form.slice(0, at);
    // Linking letters: "afvalsinzameling", "zorgenplan".
    for (const candidate of [left, left.replace(/(?:s|e|en)$/, '')]) {
      const leftTerm = MAPPED.nl.forms.get(candidate)?.[0] ?? dutchConceptOf(stemDutch(candidate));
      if (candidate.length >= 4 && vocabulary.has(leftTerm)) return [leftTerm, right];
    }
  }
  return [];
}
