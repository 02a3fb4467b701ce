/**
 * A title or an initial before its full stop ("ing. Mark Hendriks", "prof. dr. A. Verbeek"): that stop ends no
 * sentence. A pattern source for case-insensitive patterns with the u flag.
 */
export const TITLE_OR_INITIAL = String.raw`\b(?:\p{Lu}|dr|prof|ing|ir|mr|mw|mevr|dhr|drs|ds|st|mrs|ms|jr|sr)\.`;

/** An HTML comment, to its end or to the end of the text when it is never closed. */
export const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
const STRUCK = /~~[^~\n]+~~/g;
const TABLE_RULE = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/gm;
const BLOCK_MARK = /^\s{0,3}(?:#{1,6}\s|>\s?|[-*+]\s+(?:\[[ xX]\]\s+)?|\d+[.)]\s+)/gm;
// A link or tag whose opening follows an earlier one's with nothing closing between is not tried again: the
// earlier one reached the same `)` or `>` (or none), and trying each cost a run of them their number squared.
const LINK = /!?\[([^\][]*)\]\((?<!\[[^\][)]*\]\([^)]*?\[[^\][)]*\]\()[^)]*\)/g;
const MARKS = /[*_`|]+/g;
const TAG = /<\/?[a-zA-Z](?<!<\/?[a-zA-Z][^>]*?<\/?[a-zA-Z])[^>]*>/g;
// Every run of white space becomes one space; a lone space already is one, so leave it be.
const SPACES = /\s{2,}|[^\S ]/g;

/** Turns a Markdown slice into the plain words a reviewer reads. */
export function plainText(markdown: string): string {
  let text = markdown;
  // Most sentences hold no comment, table rule, link or tag: skip those passes when their marker is absent.
  if (text.includes('<!--')) text = text.replace(COMMENT, ' ');
  // Struck-through text is withdrawn: it says nothing any more.
  if (text.includes('~~')) text = text.replace(STRUCK, ' ');
  if (text.includes('---')) text = text.replace(TABLE_RULE, ' ');
  text = text.replace(BLOCK_MARK, '');
  if (text.includes('](')) text = text.replace(LINK, '$1');
  text = text.replace(MARKS, ' ');
  if (text.includes('<')) text = text.replace(TAG, ' ');
  return text.replace(SPACES, ' ').trim();
}

const PROMPT_VERB = '(?:beschrijf|noem|vul|geef|schrijf|zet|leg uit|licht toe|omschrijf|vermeld|formuleer|prioriteer|specificeer|motiveer|vertel|describe|list|name|give|fill|write|state|explain|add|enter|insert|formulate|prioriti[sz]e|specify|outline|summari[sz]e|provide|indicate|mention|elaborate)';
const ITALIC_PROMPT = new RegExp(`(^|[^*_\\w])([*_])\\s*${PROMPT_VERB}\\b[^*_\\n]*?\\2(?![*_\\w])`, 'gi');
// A bracket after an earlier one with no `]` between is not tried again: both reach the same `]` (or none).
const BRACKET_OPEN = `\\[\\s*(?:${PROMPT_VERB}(?:\\b|_)|vul in|invullen|fill in|naam|bedrag|datum|name|amount|date|(?:uw|jouw|your)\\s|(?:bijvoorbeeld|voorbeeld|example|for example)\\b|(?:bijv|bv|e\\.g)\\.)`;
const BRACKET_PROMPT = new RegExp(`${BRACKET_OPEN}(?<!${BRACKET_OPEN}[^\\]]*?${BRACKET_OPEN})[^\\]]*\\](?!\\()`, 'gi');
// "[INSERT_TG_LINK_HERE]", "[YOUR_NAME]": a slot in capitals joined by underscores is a template's too.
// "[VUL HIER IN]", "[NAAM ONDERNEMER]" (two or more words in capitals; one, "[UBL]", is an acronym), a number or date
// written as its format ("[X weken / X maanden]", "[DD-MM-JJJJ]", "€ [XX,00]") and an example value where the
// writer's own goes ("Geldig tot: [15-01-2025]", "€ [3.025,00]"): the template's, not the plan's.
const TEMPLATE_SLOT =
  /\[[A-Z][A-Z\d]*(?:_[A-Z\d]+)+\](?!\()|\[[A-Z]{2,}(?:[ /-]+[A-Z]{2,})+\](?!\()|\[[^\]\n]{0,40}?\b(?:X{1,4}|DD|MM|JJJJ|YYYY)\b[^\]\n]{0,40}\](?!\()|(?:€|EUR|\$|£)\s*\[(?=[^\]\n]*(?:,\d{2}\b|,-|X))[^\]\n]{1,30}\](?!\()|\[\s*(?:€\s*\d{1,3}(?:\.\d{3})*|\d{1,3}(?:\.\d{3})+),\d{2}\s*\](?!\()|\[\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\](?!\()/g;

// A form's own question or limit ("Can you explain the whole project?", "(max 5000 characters)"), its "Here you can add ..."
// and "Brief summary of what you propose" are prompts too.
const PROMPT_SENTENCE = new RegExp(`^\\s*(?:[-*+]\\s+)?(?:(?:(?:can|could|would) you|please|kunt u|kun je|wilt u|graag)\\s+)?(?:(?:briefly|shortly|kort|beknopt)\\s+)?(?:${PROMPT_VERB}|go live|vul in)\\b|^\\s*(?::memo:|📝)|^\\s*(?:💡|:bulb:)\\s*(?:[^.!]*\\?\\s*$|${PROMPT_VERB}\\b)|^\\s*(?:in (?:deze|dit) (?:paragraaf|sectie|hoofdstuk|onderdeel)|in this (?:section|paragraph|chapter)) (?:wordt|worden|geef|beschrijf|noem|leg|is|describe|give|list|explain)\\b|^\\s*\\((?:[^)]*\\b(?:characters|tekens|woorden|words)\\b[^)]*|optional[^)]*)\\)\\s*$|^\\s*(?:here you (?:can|may|should)|hier (?:kun je|kunt u|kan je|moet je)) \\w+|\\b(?:this|dit|deze) (?:template|sjabloon)\\b|\\b(?:edit|copy|fork|duplicate|bewerk|kopieer|dupliceer) (?:this|dit|deze) (?:file|bestand)\\b|\\b(?:use it|gebruik het) (?:as|als) (?:a |an |een )?(?:template|sjabloon)\\b|^\\s*(?:an? )?(?:brief|short|korte?) (?:summary|description|overview|explanation|omschrijving|beschrijving|samenvatting|toelichting) (?:of|van) (?:what|why|how|who|the|your|wat|waarom|hoe|wie|de|het|je|jouw|uw)\\b[^:]*$`, 'i');

/** A template instruction ("Noem de eigenaar ...", "Describe the idea ..."), not an answer. */
export function isPrompt(sentence: string): boolean {
  return PROMPT_SENTENCE.test(sentence);
}

// "💡 *Algemene aandachtspunten voor de uitvoering.*": a template's tip, marked by the icon and the italics.
const HINT_PROMPT = /(?:💡|ℹ️|📝|:bulb:|:information_source:|:memo:)[ \t]*([*_])[^*_\n]+\1(?![*_\w])/gu;

/** The text blanked out, line breaks kept: same length, so offsets into it still point at the source. */
export const blank = (text: string) => text.replace(/[^\n]/g, ' ');

/**
 * Blanks out template prompts that were left standing: `_Beschrijf hier ..._` and `[Describe ...]`. The result
 * has the input's length, so a sentence found in it has the offsets of the source.
 */
export function stripPrompts(markdown: string): string {
  // Both kinds of prompt need their marks; most text has none.
  let text = markdown;
  if (text.includes('*') || text.includes('_')) {
    text = text.replace(ITALIC_PROMPT, (match, before: string) => before + blank(match.slice(before.length))).replace(HINT_PROMPT, blank);
  }
  if (text.includes('[')) text = text.replace(BRACKET_PROMPT, blank).replace(TEMPLATE_SLOT, blank);
  return text;
}

/** Words that stand in for an answer without being one. Matched on whole words. */
const NON_ANSWERS = [
  'pm', 'p\\.m\\.', 'n\\.?t\\.?b\\.?', 'nader te bepalen', 'nog te bepalen', 'nog niet bekend', 'niet bekend',
  'onbekend', 'volgt(?: later)?', 'nog in te vullen', 'in te vullen', 'vul (?:hier )?in', 'tbd', 'tbc', 'tba', 'to be announced',
  'to be (?:determined|decided|confirmed|defined|agreed|worked out)', 'unknown', 'not yet known', 'todo', 'to do', 'fixme', 'xxx',
  'n\\.?v\\.?t\\.?', 'n/a', 'zie later', 'later', 'nog uitwerken', 'wordt nog uitgewerkt', 'nog uit te werken',
];
const NON_ANSWER_ONLY = new RegExp(`^(?:(?:${NON_ANSWERS.join('|')})[\\s.,;:!?…-]*)+$`, 'i');
const NON_ANSWER_ANYWHERE = /\b(?:nog niet bekend|nader te bepalen|nog te bepalen|nog uitwerken|nog uit te werken|moet nog (?:worden )?(?:uitgezocht|bepaald|uitgewerkt|besproken)|iets met|nog niet (?:uitgewerkt|over nagedacht)|weten we nog niet|(?:have|has)(?:n't| not) (?:yet )?worked out|not (?:yet )?worked out|don't know yet|to be (?:determined|defined|decided|worked out)|not yet known|still to be (?:decided|defined|worked out)|tbd|tba|to be announced)\b/i;
const NON_ANSWER_LEAD = new RegExp(`^((?:${NON_ANSWERS.join('|')}))\\s*(?:[;:,(–—-]|\\.\\s)`, 'i');
// "{aantal} weken", "€ {bedrag}", "[Beschrijving van strategisch doel]": a template's slots, left unfilled.
// A `{{` or `[naam` with an earlier one before it and no closing brace or bracket between is not tried again:
// the earlier one reached the same closing one (or none), and trying each cost a long run of them its length squared.
const PLACEHOLDER = /\b(?:TODO|FIXME|TBD|XXX)\b|\{\{(?<!\{\{[^}]*?\{\{)[^}]*\}\}|\{[\p{L}][\p{L} _-]{0,30}\}|\[[\p{Lu}@][^\]\n]{5,80}\](?!\()|\[(?:vul in|invullen|naam|bedrag|datum|fill in|name|amount|date)(?<!\[(?:vul in|invullen|naam|bedrag|datum|fill in|name|amount|date)[^\]]*?\[(?:vul in|invullen|naam|bedrag|datum|fill in|name|amount|date))[^\]]*\]|^(?:\.{3}|…|\?+|-+)$/iu;

const PLACEHOLDER_LEAD = /^\s*(?:(?:TODO|FIXME|TBD|XXX)\b|\{\{[^}]*\}\})/i;

export type Weakness =
  | { reason: 'empty' }
  | { reason: 'placeholder'; word: string }
  | { reason: 'vague'; word: string }
  | { reason: 'too-short' }
  | { reason: 'no-name' }
  | { reason: 'no-date' }
  | { reason: 'no-amount' }
  | { reason: 'no-question' }
  | { reason: 'features-only'; word: string }
  | { reason: 'not-located' };

const SENTENCE_END = /(?<=[.!?])\s+/;
const LOREM_IPSUM = /\blorem ipsum\b/i;

/** A weakness every kind of answer shares: nothing there, or only a stand-in. */
export function commonWeakness(plain: string): Weakness | undefined {
  if (plain === '') return { reason: 'empty' };
  // A prompt's match ends before the first sentence does, so the whole text starts with one
  // exactly when its first sentence is one: only then split it into sentences.
  if (isPrompt(plain)) {
    const sentences = plain.split(SENTENCE_END).filter(Boolean);
    if (sentences.every(isPrompt)) return { reason: 'placeholder', word: sentences[0].slice(0, 40) };
  }
  if (NON_ANSWER_ONLY.test(plain)) return { reason: 'placeholder', word: plain.slice(0, 40) };
  // "Lorem ipsum dolor sit amet ...": filler text stands where the answer should be.
  const filler = LOREM_IPSUM.exec(plain);
  if (filler) return { reason: 'placeholder', word: filler[0] };
  // "Nader te bepalen; we kiezen na de verkenning": a stand-in with an excuse after it.
  const lead = NON_ANSWER_LEAD.exec(plain);
  if (lead) return { reason: 'placeholder', word: lead[1] };
  const placeholder = PLACEHOLDER.exec(plain);
  if (placeholder && wordCount(plain.replace(PLACEHOLDER, ''), 3) < 3) return { reason: 'placeholder', word: placeholder[0] };
  // "TODO beschrijf het idee hier": every sentence is a to-do or an instruction, none an answer.
  if (placeholder && plain.split(SENTENCE_END).every((sentence) => PLACEHOLDER_LEAD.test(sentence) || isPrompt(sentence))) {
    return { reason: 'placeholder', word: placeholder[0] };
  }
  return undefined;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/** The number of words, or `atMost` if there are that many: callers that compare need not count them all. */
export function wordCount(text: string, atMost = Infinity): number {
  if (atMost === Infinity) return text.match(WORD)?.length ?? 0;
  let count = 0;
  WORD.lastIndex = 0;
  while (count < atMost && WORD.exec(text)) count++;
  return count;
}

/** The text of wat, hoe and the further questions: something of substance. */
export function judgeText(plain: string): Weakness | undefined {
  const common = commonWeakness(plain);
  if (common) return common;
  const words = wordCount(plain, 25);
  if (words < 3 || plain.length < 12) return { reason: 'too-short' };
  const excuse = NON_ANSWER_ANYWHERE.exec(plain);
  // An excuse up front ("Iets met sensoren. Moet nog worden uitgewerkt.") or in a short answer.
  const opening = () => plain.split(SENTENCE_END).slice(0, 2).join(' ');
  if (excuse && (words < 25 || NON_ANSWER_ANYWHERE.test(opening()))) return { reason: 'vague', word: excuse[0] };
  const vague = /^(?:(?:dat )?(?:zien we|bepalen we) (?:nog|later)|(?:nog )?geen idee|we'll see|to be (?:discussed|worked out))\b/i.exec(plain);
  if (vague) return { reason: 'vague', word: vague[0] };
  return undefined;
}

