import { stemmer as stemDutch } from '@orama/stemmers/dutch';
import { stemmer as stemEnglish } from '@orama/stemmers/english';
// Named imports let esbuild keep only these two of the package's 50-odd lists.
import { en as englishStopwords, nl as dutchStopwords } from 'stopwords-iso/stopwords-iso.json';
import type { Language } from '../model/plan.js';
import { CONCEPTS } from './concepts.js';
import { DOMAIN_CONCEPTS } from './domain.js';
import { BILINGUAL_TERMS, DUTCH_SYNONYMS, PLAN_WORDS, STEM_COLLISIONS } from './lexicon.js';

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
  /** Two-word phrases of the lexicon ("heat-pump"), by the stems of their words: "heat pumps" meets "warmtepomp". */
  phrases: Map<string, string>;
  /** Forms written in the concept lines, which count even when the stop-word list has them ("home", "system"). */
  listed: Set<string>;
}
const MAPPED: Record<Language, ConceptMap> = {
  nl: { forms: new Map(), stems: new Map(), phrases: new Map(), listed: new Set() },
  en: { forms: new Map(), stems: new Map(), phrases: new Map(), listed: new Set() },
};

function buildConcepts(): void {
  const usedIds = new Set<string>();
  const claims: Record<Language, Map<string, Set<string>>> = { nl: new Map(), en: new Map() };
  const lines = [...CONCEPTS, ...DOMAIN_CONCEPTS].map((line) => {
    const [dutch, english] = line.split('|').map((side) => side.trim().split(/\s+/).filter(Boolean));
    let id = stemDutch(dutch[0]);
    while (usedIds.has(id)) id += '\u2032';
    usedIds.add(id);
    CONCEPT_IDS.add(id);
    return { id, words: { nl: dutch.flatMap((word) => [word, ...voiced(word)]), en: english } as Record<Language, string[]> };
  });
  for (const { id, words } of lines) {
    for (const language of ['nl', 'en'] as const) {
      for (const word of words[language]) {
        MAPPED[language].forms.set(word, [id]);
        if (word.length >= MIN_LISTED_STOPWORD) MAPPED[language].listed.add(word);
        const parts = word.split('-');
        if (parts.length === 2 && parts.every((part) => part.length >= 2)) MAPPED[language].phrases.set(parts.map((part) => STEMMERS[language](part)).join(' '), id);
        const stem = STEMMERS[language](word);
        let set = claims[language].get(stem);
        if (!set) claims[language].set(stem, (set = new Set()));
        set.add(id);
      }
    }
  }
  for (const language of ['nl', 'en'] as const) for (const form of STEM_COLLISIONS[language]) MAPPED[language].forms.set(form, [STEMMERS[language](form)]);
  // A stem claimed by two concepts is left to the forms that name it.
  for (const language of ['nl', 'en'] as const) for (const [stem, ids] of claims[language]) if (ids.size === 1) MAPPED[language].stems.set(stem, [...ids]);
  // The older word maps, read through the concepts so both agree.
  const dutchConcept = (stem: string) => MAPPED.nl.stems.get(stem)?.[0] ?? stem;
  const dutchTerms = (words: string) => words.split(' ').map((word) => MAPPED.nl.forms.get(word)?.[0] ?? dutchConcept(stemDutch(word)));
  for (const [english, dutch] of BILINGUAL_TERMS) {
    for (const term of dutchTerms(dutch)) CONCEPT_IDS.add(term);
    if (!MAPPED.en.forms.has(english)) MAPPED.en.forms.set(english, dutchTerms(dutch));
  }
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
/** The terms of the lexicon's concepts, which Dutch compounds are split on. */
const CONCEPT_IDS = new Set<string>();
/** A phrase counts half: its two words count on their own as well. */
const PHRASE_WEIGHT = 0.5;
/** Whether a term is a concept of the lexicon, which Dutch and English plans both write. */
export function isConcept(term: string): boolean {
  return CONCEPT_IDS.has(term);
}
/** Adjectives that open many compounds without naming a topic ("laagdrempelig", "grootschalig"). */
const PLAIN_MODIFIERS = new Set(['laag', 'hoog', 'groot', 'klein', 'nieuw', 'oud', 'lang', 'kort', 'vol', 'half', 'heel', 'breed', 'smal']);
/** A last part counts alone from this length on. */
const MIN_HEAD = 4;
/** Dutch words shorter than this are not split. */
const MIN_COMPOUND = 7;
/** A stop-word written in a concept line counts from this length on ("home", "free"; not "it"). */
const MIN_LISTED_STOPWORD = 4;
buildConcepts();

/**
 * Dutch voices a final s or f before an ending ("huis", "huizen"; "dakloos", "dakloze"; "brief",
 * "brieven"), where the stemmer keeps the z or v: the voiced forms of a lexicon word count as it.
 */
function voiced(word: string): string[] {
  const match = /^(.*?)(aa|ee|oo|uu|ui|ei|ij|ie|ou|eu|oe)([sf])$/.exec(word);
  if (!match) return [];
  const [, head, vowels, last] = match;
  const stem = `${head}${vowels.length === 2 && vowels[0] === vowels[1] ? vowels[0] : vowels}${last === 's' ? 'z' : 'v'}`;
  return [`${stem}en`, `${stem}e`];
}

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
  /** How much it counts (1 unless said): a phrase's words count on their own as well. */
  weight?: number;
}

// Letters with inner hyphens or apostrophes ("e-mail", "wmo-loket"); digits, amounts and dates carry no topic.
const WORD = /\p{L}+(?:[-'’]\p{L}+)*/gu;

/** What a written form counts as: its stem (for phrases) and its words, shared by every text that writes it. */
interface Reading {
  stem: string;
  words: readonly Word[];
}

/**
 * Forms read before, per language. A portfolio writes the same few tens of thousands of forms over
 * and over: one shared reading each keeps 3,000 plans' words from being hundreds of thousands of
 * objects, and stems each form once. Emptied when full, so a long session does not grow without bound.
 */
const READINGS: Record<Language, Map<string, Reading>> = { nl: new Map(), en: new Map() };
const MAX_READINGS = 50_000;

function read(form: string, language: Language): Reading {
  const readings = READINGS[language];
  const known = readings.get(form);
  if (known) return known;
  const stop = STOP[language];
  const stem = STEMMERS[language];
  const mapped = MAPPED[language];
  const base = stem(form);
  const words: Word[] = [];
  if (form.length >= 3 && (!stop.has(form) || mapped.listed.has(form))) {
    for (const term of mapped.forms.get(form) ?? mapped.stems.get(base) ?? [base]) words.push(Object.freeze({ form, term }));
    // "ICT-traineeship", "wmo-loket", "car-sharing": the parts count as well.
    if (form.includes('-')) {
      for (const part of form.split('-')) {
        if (part.length < 2 || stop.has(part) || (part.length < 3 && !mapped.forms.has(part))) continue;
        const partStem = stem(part);
        for (const term of mapped.forms.get(part) ?? mapped.stems.get(partStem) ?? [partStem]) words.push(Object.freeze({ form: part, term }));
      }
    }
  }
  if (readings.size >= MAX_READINGS) readings.clear();
  const reading = { stem: base, words: Object.freeze(words) };
  readings.set(form, reading);
  return reading;
}

/** The content words of a text: no stop-words, no words of the plan's own vocabulary, no short words. */
export function contentWords(text: string, language: Language): Word[] {
  const mapped = MAPPED[language];
  const words: Word[] = [];
  // The stem of the previous word when only spaces lie between, for two-word phrases ("heat pump").
  let previous: { form: string; stem: string; end: number } | undefined;
  const lower = text.toLowerCase();
  for (const match of lower.matchAll(WORD)) {
    const form = match[0].replace(/['’]s$/, '');
    const reading = read(form, language);
    if (previous && /^[ \t]+$/.test(lower.slice(previous.end, match.index))) {
      const phrase = mapped.phrases.get(`${previous.stem} ${reading.stem}`);
      if (phrase) words.push({ form: `${previous.form} ${form}`, term: phrase, weight: PHRASE_WEIGHT });
    }
    previous = { form, stem: reading.stem, end: match.index + match[0].length };
    for (const word of reading.words) words.push(word);
  }
  return words;
}

/**
 * Dutch writes "parkeervergunning" where another team writes "vergunning om te parkeren", and
 * "wegdeksensor" where an English plan writes "road sensor". A long Dutch word is split where both
 * halves are terms of the collection or concepts of the lexicon; failing that, a Dutch compound names
 * a kind of its last part ("luisterboek" is a "boek"), so a last part that is a concept counts alone.
 */
export function compoundParts(word: Word, vocabulary: Set<string>): string[] {
  const { term, form } = word;
  if (form.length < MIN_COMPOUND || !/^\p{L}+$/u.test(form) || term !== stemDutch(form)) return [];
  const known = (candidate: string, part: string) => (part.length >= 4 && vocabulary.has(candidate)) || (part.length >= 3 && CONCEPT_IDS.has(candidate));
  const leftOf = (at: number) => {
    const left = form.slice(0, at);
    // Linking letters: "afvalsinzameling", "zorgenplan".
    for (const candidate of [left, left.replace(/(?:s|e|en)$/, '')]) {
      if (PLAIN_MODIFIERS.has(candidate)) continue;
      const leftTerm = MAPPED.nl.forms.get(candidate)?.[0] ?? dutchConceptOf(stemDutch(candidate));
      if (known(leftTerm, candidate)) return leftTerm;
    }
    return undefined;
  };
  let head: string | undefined;
  for (let at = 3; at <= term.length - 3; at++) {
    const right = dutchConceptOf(term.slice(at));
    if (!known(right, term.slice(at))) continue;
    const left = leftOf(at);
    if (left !== undefined) return [left, right];
    // Alone, a last part must be a word of its own, not a common ending ("-tal" in "digitale"), and a
    // concept is not read as its last part ("vertrouwen" is not "rouw").
    if (head === undefined && at >= 4 && term.length - at >= MIN_HEAD && CONCEPT_IDS.has(right) && !CONCEPT_IDS.has(term)) head = right;
  }
  return head === undefined ? [] : [head];
}
