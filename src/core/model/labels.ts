import { normalizeLabel } from './normalize.js';
import { LABEL_PATTERNS } from './vocabulary.js';

/** Extra label synonyms per question id, from the configuration. */
export type Synonyms = Record<string, string[]>;

const SEPARATORS = /\s+(?:en|and|of|or)\s+|\s*[&/+,;]\s*/;
const MEMO_LIMIT = 10_000;

/** Matches label text (a heading, a `Label:`, a table cell) against the vocabulary. */
export class LabelMatcher {
  private readonly ids: string[][];
  // All patterns in one anchored alternation, in order, each ending in an empty group: the first
  // alternative that matches is the first pattern that would, and its group says which one it is.
  private readonly prefix: RegExp;
  private readonly exact: RegExp;
  private readonly prefixMemo = new Map<string, string[]>();
  private readonly exactMemo = new Map<string, string[]>();

  /** One matcher per set of synonyms, so its compiled patterns and memo serve every plan. */
  static for(synonyms: Synonyms = {}): LabelMatcher {
    const key = JSON.stringify(synonyms);
    let matcher = SHARED.get(key);
    if (!matcher) {
      if (SHARED.size >= 16) SHARED.clear();
      matcher = new LabelMatcher(synonyms);
      SHARED.set(key, matcher);
    }
    return matcher;
  }

  constructor(synonyms: Synonyms = {}) {
    const extra: Array<[string, string[]]> = Object.entries(synonyms).flatMap(([id, words]) =>
      words.map((word): [string, string[]] => [escapeRegExp(normalizeLabel(word)), [id]]),
    );
    const patterns = [...extra, ...LABEL_PATTERNS];
    this.ids = patterns.map(([, ids]) => ids);
    this.prefix = new RegExp(`^(?:${patterns.map(([source]) => `(?:${source})(?![\\p{L}\\p{N}])()`).join('|')})`, 'u');
    this.exact = new RegExp(`^(?:${patterns.map(([source]) => `(?:${source})$()`).join('|')})`, 'u');
  }

  /**
   * Question ids a heading or bold label answers. `exact` demands the whole label be a
   * known name (for plain `Label:` lines, where prose like "Hoe dan ook:" must not count).
   */
  match(label: string, exact = false): string[] {
    // Plans repeat the same labels (table rows, headings): remember each answer.
    const memo = exact ? this.exactMemo : this.prefixMemo;
    let ids = memo.get(label);
    if (!ids) {
      ids = this.matchLabel(label, exact);
      if (memo.size >= MEMO_LIMIT) memo.clear();
      memo.set(label, ids);
    }
    return ids;
  }

  private matchLabel(label: string, exact: boolean): string[] {
    let normalized = normalizeLabel(label);
    // A form's question heading runs on with instructions ("Please estimate the cost ... . It should be in
    // numbers only, in Euros."): its first sentence is the label.
    if (normalized.length > 80) normalized = normalizeLabel(label.split(/(?<=[.?!])\s/)[0]);
    if (!normalized || normalized.length > 80) return [];
    const parts = normalized.split(SEPARATORS).filter(Boolean);
    if (parts.length > 1) {
      const perPart = parts.map((part) => this.matchOne(part, exact));
      if (perPart.filter((ids) => ids.length > 0).length > 1) return unique(perPart.flat());
    }
    return this.matchOne(normalized, exact);
  }

  private matchOne(text: string, exact: boolean): string[] {
    const match = (exact ? this.exact : this.prefix).exec(text);
    if (!match) {
      // "Project Timeline", "Pilot Budget", "Projectaanpak": the plan naming itself does not change the question.
      const rest = OWN_NAME.exec(text);
      return rest && !NAME_OF_PLAN.test(text.slice(rest[0].length)) ? this.matchOne(text.slice(rest[0].length), exact) : [];
    }
    for (let group = 1; group < match.length; group++) if (match[group] !== undefined) return this.ids[group - 1];
    return [];
  }
}

const OWN_NAME = /^(?:project|pilot|program(?:me)?|programma|initiative|initiatief)[ -]?(?=\p{L}{3})/u;
// "Project name", "Projecttitel": what the plan is called, not who carries it.
const NAME_OF_PLAN = /^(?:name|naam|titel|title)\b/;

const SHARED = new Map<string, LabelMatcher>();

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
