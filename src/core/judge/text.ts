/** Turns a Markdown slice into the plain words a reviewer reads. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/<!--[\s\S]*?(?:-->|$)/g, ' ')
    .replace(/^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/gm, ' ')
    .replace(/^\s{0,3}(?:#{1,6}\s|>\s?|[-*+]\s+(?:\[[ xX]\]\s+)?|\d+[.)]\s+)/gm, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`|]+/g, ' ')
    .replace(/<\/?[a-zA-Z][^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const PROMPT_VERB = '(?:beschrijf|noem|vul|geef|schrijf|zet|leg uit|licht toe|omschrijf|vermeld|describe|list|name|give|fill|write|state|explain|add|enter|insert)';
const ITALIC_PROMPT = new RegExp(`(^|[^*_\\w])([*_])\\s*${PROMPT_VERB}\\b[^*_\\n]*?\\2(?![*_\\w])`, 'gi');
const BRACKET_PROMPT = new RegExp(`\\[\\s*(?:${PROMPT_VERB}\\b|vul in|invullen|fill in|naam|bedrag|datum|name|amount|date)[^\\]]*\\](?!\\()`, 'gi');

const PROMPT_SENTENCE = new RegExp(`^\\s*(?:[-*+]\\s+)?(?:${PROMPT_VERB}|go live|vul in)\\b`, 'i');

/** A template instruction ("Noem de eigenaar ...", "Describe the idea ..."), not an answer. */
export function isPrompt(sentence: string): boolean {
  return PROMPT_SENTENCE.test(sentence);
}

/** Removes template prompts that were left standing: `_Beschrijf hier ..._` and `[Describe ...]`. */
export function stripPrompts(markdown: string): string {
  return markdown.replace(ITALIC_PROMPT, '$1').replace(BRACKET_PROMPT, '');
}

/** Words that stand in for an answer without being one. Matched on whole words. */
const NON_ANSWERS = [
  'pm', 'p\\.m\\.', 'n\\.?t\\.?b\\.?', 'nader te bepalen', 'nog te bepalen', 'nog niet bekend', 'niet bekend',
  'onbekend', 'volgt(?: later)?', 'nog in te vullen', 'in te vullen', 'vul (?:hier )?in', 'tbd', 'tbc',
  'to be (?:determined|decided|confirmed|defined|agreed|worked out)', 'unknown', 'not yet known', 'todo', 'to do', 'fixme', 'xxx',
  'n\\.?v\\.?t\\.?', 'n/a', 'zie later', 'later', 'nog uitwerken', 'wordt nog uitgewerkt', 'nog uit te werken',
];
const NON_ANSWER_ONLY = new RegExp(`^(?:(?:${NON_ANSWERS.join('|')})[\\s.,;:!?…-]*)+$`, 'i');
const NON_ANSWER_ANYWHERE = /\b(?:nog niet bekend|nader te bepalen|nog te bepalen|nog uitwerken|nog uit te werken|moet nog (?:worden )?(?:uitgezocht|bepaald|uitgewerkt|besproken)|iets met|nog niet (?:uitgewerkt|over nagedacht)|weten we nog niet|(?:have|has)(?:n't| not) (?:yet )?worked out|not (?:yet )?worked out|don't know yet|to be (?:determined|defined|decided|worked out)|not yet known|still to be (?:decided|defined|worked out)|tbd)\b/i;
const NON_ANSWER_LEAD = new RegExp(`^((?:${NON_ANSWERS.join('|')}))\\s*(?:[;:,(–—-]|\\.\\s)`, 'i');
const PLACEHOLDER = /\b(?:TODO|FIXME|TBD|XXX)\b|\{\{[^}]*\}\}|\[(?:vul in|invullen|naam|bedrag|datum|fill in|name|amount|date)[^\]]*\]|^(?:\.{3}|…|\?+|-+)$/i;

export type Weakness =
  | { reason: 'empty' }
  | { reason: 'placeholder'; word: string }
  | { reason: 'vague'; word: string }
  | { reason: 'too-short' }
  | { reason: 'no-name' }
  | { reason: 'no-date' }
  | { reason: 'no-amount' }
  | { reason: 'no-question' };

/** A weakness every kind of answer shares: nothing there, or only a stand-in. */
export function commonWeakness(plain: string): Weakness | undefined {
  if (plain === '') return { reason: 'empty' };
  const sentences = plain.split(/(?<=[.!?])\s+/).filter(Boolean);
  if (sentences.every(isPrompt)) return { reason: 'placeholder', word: sentences[0].slice(0, 40) };
  if (NON_ANSWER_ONLY.test(plain)) return { reason: 'placeholder', word: plain.slice(0, 40) };
  // "Nader te bepalen; we kiezen na de verkenning": a stand-in with an excuse after it.
  const lead = NON_ANSWER_LEAD.exec(plain);
  if (lead) return { reason: 'placeholder', word: lead[1] };
  const placeholder = PLACEHOLDER.exec(plain);
  if (placeholder && wordCount(plain.replace(PLACEHOLDER, '')) < 3) return { reason: 'placeholder', word: placeholder[0] };
  return undefined;
}

export function wordCount(text: string): number {
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu);
  return words ? words.length : 0;
}

/** The text of wat, hoe and the further questions: something of substance. */
export function judgeText(plain: string): Weakness | undefined {
  const common = commonWeakness(plain);
  if (common) return common;
  if (wordCount(plain) < 3 || plain.length < 12) return { reason: 'too-short' };
  const excuse = NON_ANSWER_ANYWHERE.exec(plain);
  // An excuse up front ("Iets met sensoren. Moet nog worden uitgewerkt.") or in a short answer.
  const opening = plain.split(/(?<=[.!?])\s+/).slice(0, 2).join(' ');
  if (excuse && (wordCount(plain) < 25 || NON_ANSWER_ANYWHERE.test(opening))) return { reason: 'vague', word: excuse[0] };
  const vague = /^(?:(?:dat )?(?:zien we|bepalen we) (?:nog|later)|(?:nog )?geen idee|we'll see|to be (?:discussed|worked out))\b/i.exec(plain);
  if (vague) return { reason: 'vague', word: vague[0] };
  return undefined;
}

