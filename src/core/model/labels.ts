import { normalizeLabel } from './normalize.js';
import { LABEL_PATTERNS } from './vocabulary.js';

/** Extra label synonyms per question id, from the configuration. */
export type Synonyms = Record<string, string[]>;

interface CompiledPattern {
  prefix: RegExp;
  exact: RegExp;
  ids: string[];
}

const SEPARATORS = /\s+(?:en|and|of|or)\s+|\s*[&/+,;]\s*/;

/** Matches label text (a heading, a `Label:`, a table cell) against the vocabulary. */
export class LabelMatcher {
  private readonly patterns: CompiledPattern[];
  private readonly memo = new Map<string, string[]>();

  constructor(synonyms: Synonyms = {}) {
    const extra: Array<[string, string[]]> = Object.entries(synonyms).flatMap(([id, words]) =>
      words.map((word): [string, string[]] => [escapeRegExp(normalizeLabel(word)), [id]]),
    );
    this.patterns = [...extra, ...LABEL_PATTERNS].map(([source, ids]) => ({
      prefix: new RegExp(`^(?:${source})(?![\\p{L}\\p{N}])`, 'u'),
      exact: new RegExp(`^(?:${source})$`, 'u'),
      ids,
    }));
  }

  /**
   * Question ids a heading or bold label answers. `exact` demands the whole label be a
   * known name (for plain `Label:` lines, where prose like "Hoe dan ook:" must not count).
   */
  match(label: string, exact = false): string[] {
    // Plans repeat the same labels (table rows, headings): remember each answer.
    const key = (exact ? '=' : '~') + label;
    let ids = this.memo.get(key);
    if (!ids) {
      ids = this.matchLabel(label, exact);
      if (this.memo.size < 10_000) this.memo.set(key, ids);
    }
    return ids;
  }

  private matchLabel(label: string, exact: boolean): string[] {
    const normalized = normalizeLabel(label);
    if (!normalized || normalized.length > 80) return [];
    const parts = normalized.split(SEPARATORS).filter(Boolean);
    if (parts.length > 1) {
      const perPart = parts.map((part) => this.matchOne(part, exact));
      if (perPart.filter((ids) => ids.length > 0).length > 1) return unique(perPart.flat());
    }
    return this.matchOne(normalized, exact);
  }

  private matchOne(text: string, exact: boolean): string[] {
    for (const pattern of this.patterns) {
      if ((exact ? pattern.exact : pattern.prefix).test(text)) return pattern.ids;
    }
    return [];
  }
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
