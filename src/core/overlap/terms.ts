import { stemmer as stemDutch } from '@orama/stemmers/dutch';
import { stemmer as stemEnglish } from '@orama/stemmers/english';
// Named imports let esbuild keep only these two of the package's 50-odd lists.
import { en as englishStopwords, nl as dutchStopwords } from 'stopwords-iso/stopwords-iso.json';
import type { Language } from '../model/plan.js';
import { BILINGUAL_TERMS, DUTCH_SYNONYMS, PLAN_WORDS } from './lexicon.js';

const STEMMERS: Record<Language, (word: string) => string> = { nl: stemDutch, en: stemEnglish };
const STOP: Record<Language, Set<string>> = {
  nl: new Set([...dutchStopwords, ...PLAN_WORDS.nl]),
  en: new Set([...englishStopwords, ...PLAN_WORDS.en]),
};

/** Per language, a stem mapped to the Dutch terms it stands for: "waste" and "vuilnis" count as "afval". */
const MAPPED: Record<Language, Map<string, string[]>> = { nl: new Map(), en: new Map() };
const dutchTerms = (words: string) => words.split(' ').map((word) => stemDutch(word));
for (const [english, dutch] of BILINGUAL_TERMS) MAPPED.en.set(stemEnglish(english), dutchTerms(dutch));
for (const [variant, canonical] of DUTCH_SYNONYMS) MAPPED.nl.set(stemDutch(variant), dutchTerms(canonical));

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
    for (const term of mapped.get(base) ?? [base]) words.push({ form, term });
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
    const right = term.slice(at);
    if (!vocabulary.has(right)) continue;
    const left = form.slice(0, at);
    // Linking letters: "afvalsinzameling", "zorgenplan".
    for (const candidate of [left, left.replace(/(?:s|e|en)$/, '')]) {
      const leftTerm = stemDutch(candidate);
      if (candidate.length >= 4 && vocabulary.has(leftTerm)) return [leftTerm, right];
    }
  }
  return [];
}
