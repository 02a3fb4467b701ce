/** Lower-cases, strips diacritics, numbering, emphasis marks and trailing punctuation from a label. */
export function normalizeLabel(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[*_`~]/g, '')
    // Emoji, bullets and dashes before the words: "✅ Stappenplan", "📆 Planning", "- Teamleden".
    .replace(/^[^\p{L}\p{N}(§]+/u, '')
    // "Fase 2: bouwen", "Part II." are numbering; "Fasering", "Stappenplan", "Partners" are words.
    .replace(/^\s*(?:hoofdstuk|chapter|deel|part|stap|step|sectie|section|paragraaf|fase|phase|§)(?![a-z])\s*[\divx.]*\s*[-–—:.]?\s*/, '')
    .replace(/^\s*(?:\d+(?:\.\d+)*[.)]?|[a-z][.)]|[ivx]+\.)\s+/, '')
    .replace(/^(?:please|graag|gelieve)\s+(?=\S)/, '')
    .replace(/^(?:the|our|a|an|de|het|een|onze|ons|mijn|my|your|jouw|uw)\s+(?=\S)/, '')
    // "Proposed timeline", "Voorlopige planning": the hedge does not change the question.
    .replace(/^(?:proposed|projected|tentative|indicative|preliminary|high[- ]level|overall|detailed|initial|rough|voorgestelde|voorlopige|globale|grove|gedetailleerde)\s+(?=\S)/, '')
    // A `(` after an earlier one with no `)` between is not tried again (both reach the same `)`, or none), nor
    // punctuation inside a run of it: trying each cost a long run its length squared.
    .replace(/\((?<!\([^)]*?\()[^)]*\)/g, ' ')
    .replace(/[’‘`´]/g, "'")
    .replace(/(?<![?:!.;])[?:!.;]+\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}
