import { compoundParts, isConcept } from './terms.js';
import type { OverlapDocument, OverlapOptions, OverlapPair, PassageMatch } from './types.js';

/** Chosen on the labelled plans in test/overlap (see the README's report section). */
export const DEFAULT_OVERLAP_THRESHOLD = 0.3;

/**
 * Pretend every collection has this many more plans that share none of its words, so that two plans
 * on their own still weigh their shared words and a small workspace scores as a large one does.
 */
const PRIOR_DOCUMENTS = 20;
/** Terms in more plans than this are left out of the candidate search (they are weighed in the score). */
const MAX_POSTINGS = (plans: number) => Math.max(50, Math.ceil(plans * 0.05));
/** A pair whose rarer terms alone reach this cosine is scored in full. */
const CANDIDATE_FLOOR = 0.05;
/** How many nearest plans say how crowded a plan's topic is. */
const NEIGHBOURS = 3;
const LOCAL_SCALING = 1;

/**
 * How alike a plan is to its nearest plans on average. Plans in a crowded domain (five chatbots)
 * resemble each other a little; the same initiative twice stands out above that (cross-domain
 * similarity local scaling, as used to match words across languages).
 */
function neighbourhood(count: number, scored: Array<[number, number, number]>): Float64Array {
  const nearest: number[][] = Array.from({ length: count }, () => []);
  for (const [i, j, cosine] of scored) {
    nearest[i].push(cosine);
    nearest[j].push(cosine);
  }
  return Float64Array.from(nearest, (list) => list.sort((x, y) => y - x).slice(0, NEIGHBOURS).reduce((sum, value) => sum + value, 0) / NEIGHBOURS);
}

const GRAM = 5;
const GRAM_WEIGHT = 0.5;
/** Pieces of a term ("#afvalkal" → "#afva", "afval", ...) let "ophaalkalender" and "afvalkalender" meet. */
function grams(term: string): string[] {
  const padded = `#${term}#`;
  if (padded.length <= GRAM) return [];
  const pieces: string[] = [];
  for (let at = 0; at + GRAM <= padded.length; at++) pieces.push(`~${padded.slice(at, at + GRAM)}`);
  return pieces;
}

interface Vector {
  terms: Int32Array;
  weights: Float64Array;
}

interface Collection {
  idf: Float64Array;
  /** Per document, the term ids of each passage (compound parts included) and the word form per term. */
  passageTerms: number[][][];
  forms: Array<Map<number, string>>;
  vectors: Vector[];
  df: Int32Array;
}

/** Every pair of plans that describes the same initiative, best first. */
export function findOverlaps(documents: OverlapDocument[], options: OverlapOptions = {}): OverlapPair[] {
  const threshold = options.threshold ?? DEFAULT_OVERLAP_THRESHOLD;
  const collection = weigh(documents);
  const scored = [...candidatePairs(collection, CANDIDATE_FLOOR)];
  const hubness = neighbourhood(documents.length, scored);
  const pairs: OverlapPair[] = [];
  for (const [i, j, cosine] of scored) {
    const score = Math.max(0, Math.min(1, cosine + LOCAL_SCALING * (2 * cosine - hubness[i] - hubness[j])));
    if (score >= threshold) pairs.push(explain(documents, collection, i, j, score, options));
  }
  return pairs.sort((x, y) => y.score - x.score || x.a.localeCompare(y.a) || x.b.localeCompare(y.b));
}

/** Shorter forms are not taken for loanwords ("arm" is poor in Dutch). */
const MIN_LOANWORD = 4;

/**
 * Loanwords: a form that a Dutch and an English plan both write ("influencers", "community") is one
 * term, even where the two stemmers cut it differently or only the English side of the lexicon has it.
 * A Dutch word the lexicon knows keeps its concept. Returns the English term per Dutch term.
 */
function loanwords(documents: OverlapDocument[]): Map<string, string> {
  const english = new Map<string, string>();
  const alias = new Map<string, string>();
  for (const document of documents) {
    if (document.language !== 'en') continue;
    for (const passage of document.passages) for (const { form, term } of passage.words) if (form.length >= MIN_LOANWORD && !form.includes(' ')) english.set(form, term);
  }
  if (english.size === 0) return alias;
  for (const document of documents) {
    if (document.language !== 'nl') continue;
    for (const passage of document.passages) {
      for (const { form, term } of passage.words) {
        const other = english.get(form);
        if (other !== undefined && other !== term && !isConcept(term) && !alias.has(term)) alias.set(term, other);
      }
    }
  }
  return alias;
}

function weigh(documents: OverlapDocument[]): Collection {
  const ids = new Map<string, number>();
  const idOf = (term: string) => {
    let id = ids.get(term);
    if (id === undefined) ids.set(term, (id = ids.size));
    return id;
  };
  const vocabulary = new Set<string>();
  for (const document of documents) for (const passage of document.passages) for (const word of passage.words) vocabulary.add(word.term);

  // A word splits the same way wherever it stands.
  const split = new Map<string, string[]>();
  const partsOf = (word: { form: string; term: string }) => {
    const key = `${word.form}\u0000${word.term}`;
    let parts = split.get(key);
    if (!parts) split.set(key, (parts = compoundParts(word, vocabulary)));
    return parts;
  };
  const alias = loanwords(documents);
  const passageTerms: number[][][] = [];
  const forms: Array<Map<number, string>> = [];
  const counts: Array<Map<number, number>> = [];
  for (const document of documents) {
    const formOf = new Map<number, string>();
    const count = new Map<number, number>();
    passageTerms.push(
      document.passages.map((passage) => {
        const terms: number[] = [];
        for (const word of passage.words) {
          const parts = document.language === 'nl' ? partsOf(word) : [];
          for (const written of [word.term, ...parts]) {
            const term = alias.get(written) ?? written;
            const id = idOf(term);
            terms.push(id);
            if (!formOf.has(id)) formOf.set(id, word.form);
            count.set(id, (count.get(id) ?? 0) + (passage.isTitle ? 2 : 1) * (word.weight ?? 1));
          }
          for (const gram of grams(alias.get(word.term) ?? word.term)) {
            const id = idOf(gram);
            count.set(id, (count.get(id) ?? 0) + GRAM_WEIGHT);
          }
        }
        return terms;
      }),
    );
    forms.push(formOf);
    counts.push(count);
  }

  const df = new Int32Array(ids.size);
  for (const count of counts) for (const id of count.keys()) df[id]++;
  const idf = new Float64Array(ids.size);
  for (let id = 0; id < ids.size; id++) idf[id] = Math.log((documents.length + PRIOR_DOCUMENTS) / (df[id] + 0.5));

  const vectors = counts.map((count) => {
    const entries = [...count].sort((a, b) => a[0] - b[0]);
    const weights = Float64Array.from(entries, ([id, n]) => (1 + Math.log(n)) * idf[id]);
    const norm = Math.hypot(...weights) || 1;
    for (let k = 0; k < weights.length; k++) weights[k] /= norm;
    return { terms: Int32Array.from(entries, ([id]) => id), weights };
  });
  return { idf, passageTerms, forms, vectors, df };
}

/**
 * Pairs that share rare terms, found through an inverted index (cost grows with the postings, not with
 * the square of the plans), each confirmed by the full cosine.
 */
function* candidatePairs(collection: Collection, floor: number): Generator<[number, number, number]> {
  const { vectors, df } = collection;
  const cap = MAX_POSTINGS(vectors.length);
  const postings = new Map<number, Array<[number, number]>>();
  const partial = new Float64Array(vectors.length);
  const touched: number[] = [];
  for (let i = 0; i < vectors.length; i++) {
    const { terms, weights } = vectors[i];
    for (let k = 0; k < terms.length; k++) {
      if (df[terms[k]] > cap) continue;
      let list = postings.get(terms[k]);
      if (!list) postings.set(terms[k], (list = []));
      for (const [j, weight] of list) {
        if (partial[j] === 0) touched.push(j);
        partial[j] += weight * weights[k];
      }
      list.push([i, weights[k]]);
    }
    for (const j of touched) {
      if (partial[j] >= floor) yield [j, i, cosine(vectors[j], vectors[i])];
      partial[j] = 0;
    }
    touched.length = 0;
  }
}

function cosine(a: Vector, b: Vector): number {
  let sum = 0;
  for (let x = 0, y = 0; x < a.terms.length && y < b.terms.length; ) {
    if (a.terms[x] === b.terms[y]) sum += a.weights[x++] * b.weights[y++];
    else if (a.terms[x] < b.terms[y]) x++;
    else y++;
  }
  return Math.min(1, sum);
}

function explain(documents: OverlapDocument[], collection: Collection, i: number, j: number, score: number, options: OverlapOptions): OverlapPair {
  const [a, b] = documents[i].id <= documents[j].id ? [i, j] : [j, i];
  return {
    a: documents[a].id,
    b: documents[b].id,
    score: Math.round(score * 1000) / 1000,
    terms: sharedTerms(collection, a, b, options.maxTerms ?? 8),
    passages: bestPassages(documents, collection, a, b, options.maxPassages ?? 2),
  };
}

function sharedTerms(collection: Collection, a: number, b: number, max: number): string[] {
  const { vectors, forms } = collection;
  const weightInB = new Map<number, number>();
  vectors[b].terms.forEach((term, k) => weightInB.set(term, vectors[b].weights[k]));
  const shared: Array<[number, number]> = [];
  vectors[a].terms.forEach((term, k) => {
    const other = weightInB.get(term);
    if (other !== undefined) shared.push([term, vectors[a].weights[k] * other]);
  });
  shared.sort((x, y) => y[1] - x[1]);
  const seen = new Set<string>();
  const terms: string[] = [];
  for (const [term] of shared) {
    const formA = forms[a].get(term);
    const formB = forms[b].get(term);
    // Pieces of words weigh in the score but explain nothing.
    if (formA === undefined || formB === undefined) continue;
    // "waste / afval": a mapped word or synonym is shown as each plan writes it.
    const shown = formA.slice(0, 4) === formB.slice(0, 4) ? formA : `${formA} / ${formB}`;
    if (seen.has(shown)) continue;
    seen.add(shown);
    terms.push(shown);
    if (terms.length === max) break;
  }
  return terms;
}

/** The passage pairs that share the most weight, each passage used once. */
function bestPassages(documents: OverlapDocument[], collection: Collection, a: number, b: number, max: number): PassageMatch[] {
  const { passageTerms, idf } = collection;
  const scored: Array<[number, number, number]> = [];
  const setsB = passageTerms[b].map((terms) => new Set(terms));
  const normOf = (terms: Set<number>) => Math.sqrt([...terms].reduce((sum, term) => sum + idf[term] ** 2, 0)) || 1;
  const normsB = setsB.map(normOf);
  passageTerms[a].forEach((terms, x) => {
    const setA = new Set(terms);
    const normA = normOf(setA);
    setsB.forEach((setB, y) => {
      let sum = 0;
      for (const term of setA) if (setB.has(term)) sum += idf[term] ** 2;
      if (sum > 0) scored.push([x, y, sum / (normA * normsB[y])]);
    });
  });
  scored.sort((p, q) => q[2] - p[2]);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const matches: PassageMatch[] = [];
  for (const [x, y] of scored) {
    if (usedA.has(x) || usedB.has(y)) continue;
    usedA.add(x);
    usedB.add(y);
    const pa = documents[a].passages[x];
    const pb = documents[b].passages[y];
    matches.push({ a: { line: pa.line, text: pa.text }, b: { line: pb.line, text: pb.text } });
    if (matches.length === max) break;
  }
  return matches;
}
