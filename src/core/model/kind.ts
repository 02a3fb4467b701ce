/** The document kinds the method knows, and what each must answer. */
export const KINDS = [
  'innovatieagenda', 'actieplan', 'pitch', 'probleemstelling', 'hkw', 'kickoff', 'knelpunten',
  'vehicle', 'ideeenrace', 'crystalball', 'programma', 'plan',
] as const;
export type Kind = (typeof KINDS)[number];

const FIVE = ['wie', 'wat', 'hoe', 'wanneer', 'kosten'];

export const REQUIRED_QUESTIONS: Record<Kind, string[]> = {
  innovatieagenda: [...FIVE, 'vertrekpunt', 'ambitie', 'eerste-stap', 'betrokkenen'],
  actieplan: [...FIVE, 'impact', 'uitvoering', 'nodig', 'opbrengst', 'uniek', 'waarom'],
  pitch: ['probleem', 'doelgroep', 'wat', 'risicos', 'nodig', 'hoe', 'wanneer', 'kosten', 'wie'],
  probleemstelling: ['probleem', 'probleemeigenaar', 'activiteit', 'resultaat'],
  hkw: ['hkw'],
  kickoff: ['teamleden', 'rollen'],
  knelpunten: ['braindump', 'clusters', 'prioriteiten'],
  vehicle: ['bestuurder', 'passagiers', 'chassis', 'motor', 'brandstof', 'weg'],
  ideeenrace: ['ideeen', 'selectie'],
  crystalball: ['nu', 'tijdlijn', 'over-vijf-jaar', 'rollen', 'verandering', 'toevoeging'],
  programma: ['programma'],
  plan: FIVE,
};

const KIND_NAMES: Array<[RegExp, Kind]> = [
  [/^(?:innovatie-?agenda|innovation agenda|agenda)$/, 'innovatieagenda'],
  [/^(?:actie-?plan|action[- ]?plan|realistisch actieplan)$/, 'actieplan'],
  [/^pitch$/, 'pitch'],
  [/^(?:probleemstelling|problem[- ]statement)$/, 'probleemstelling'],
  [/^(?:hkw|hoe kunnen we|how might we|hmw)$/, 'hkw'],
  [/^(?:kick-?off|team kick-?off|teamkick-?off)$/, 'kickoff'],
  [/^(?:knelpunten|pain points|bottlenecks)$/, 'knelpunten'],
  [/^(?:vehicle|build your vehicle|voertuig)$/, 'vehicle'],
  [/^(?:ideeenrace|idea race|ideeen-race)$/, 'ideeenrace'],
  [/^(?:crystal ?ball|glazen bol)$/, 'crystalball'],
  [/^(?:programma|programme|program|dagprogramma)$/, 'programma'],
  [/^(?:plan)$/, 'plan'],
];

export function kindFromName(name: string): Kind | undefined {
  const normalized = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/_/g, '-').trim();
  return KIND_NAMES.find(([pattern]) => pattern.test(normalized))?.[1];
}

const TITLE_HINTS: Array<[RegExp, Kind]> = [
  [/innovatie-?agenda|innovation agenda/i, 'innovatieagenda'],
  [/actie-?plan|action plan/i, 'actieplan'],
  [/\bpitch\b/i, 'pitch'],
  [/probleemstelling|problem statement/i, 'probleemstelling'],
  [/hoe kunnen we-?vragen|\bhkw\b|how might we questions/i, 'hkw'],
];

/** The kind from frontmatter, else from the title, else from which questions the sections answer. */
export function detectKind(declared: unknown, title: string | undefined, labelled: Set<string>): { kind: Kind; source: 'frontmatter' | 'title' | 'structure' } {
  if (typeof declared === 'string') {
    const kind = kindFromName(declared);
    if (kind) return { kind, source: 'frontmatter' };
  }
  const fromTitle = title ? TITLE_HINTS.find(([pattern]) => pattern.test(title))?.[1] : undefined;
  if (fromTitle) return { kind: fromTitle, source: 'title' };
  const has = (ids: string[], atLeast: number) => ids.filter((id) => labelled.has(id)).length >= atLeast;
  if (has(['probleemeigenaar', 'activiteit', 'resultaat'], 2)) return { kind: 'probleemstelling', source: 'structure' };
  if (has(REQUIRED_QUESTIONS.vehicle, 3)) return { kind: 'vehicle', source: 'structure' };
  if (has(['hkw'], 1) && !has(FIVE, 2)) return { kind: 'hkw', source: 'structure' };
  return { kind: 'plan', source: 'structure' };
}
