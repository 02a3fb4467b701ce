import { particlePattern } from '../text/names.js';
import { plainText } from '../judge/text.js';

/** Who a clause names: a person, a role, an organisation, as one normalised string. */
export interface Party {
  /** "Sanne Bakker, teamleider Burgerzaken, gemeente Oosterzand"; "Hoofd Publiekszaken, gemeente Molenwaard". */
  value: string;
  person?: string;
  role?: string;
  organisation?: string;
}

const NAME_WORD = String.raw`[\p{Lu}][\p{Ll}'’]+(?:-[\p{Lu}][\p{Ll}]+)?`;
// "van der" is "van" and "der": the pattern below takes particles one after another.
const PARTICLE = `(?:${particlePattern('El', "'t")})`;
const TITLE = String.raw`(?:(?:Dr|dr|Drs|drs|Ir|ir|Prof|prof|Mr|mr|Mrs|Ms|Captain)\.?\s+)?`;
export const PERSON = new RegExp(String.raw`(?<![\p{L}\p{N}/])${TITLE}${NAME_WORD}(?:\s+(?:${PARTICLE}\s+)*${NAME_WORD}){1,3}`, 'u');
export const ROLE =
  /(?:leider|manager|hoofd|directeur|director(?!ate)|co[öo]rdinator|adviseur|adviser|advisor|medewerker|secretaris|griffier|wethouder|gedeputeerde|burgemeester|officer|\bhead\b|\bchief\b|\blead\b|consultant|analist|analyst|specialist|kwartiermaker|opdrachtgever|controller|dijkgraaf|voorzitter|\bchair|\bCIO\b|\bCDO\b|\bCISO\b|\bCTO\b|\bCFO\b|\bCEO\b|\bCOO\b|captain|trekker|beheerder|architect|steward)/iu;
const ORG_WORD = String.raw`(?:gemeente|gemeenten|provincie|waterschap|hoogheemraadschap|ministerie|ministry|municipality|province|city|council|authority|directie|directorate|department|afdeling|team|stichting|foundation|welzijn|regionaal|archief|agency|omgevingsdienst)`;
const ORG = new RegExp(String.raw`\b${ORG_WORD}\b`, 'i');
/** "teamleider Burgerzaken van gemeente Oosterzand": a connector before an organisation becomes a comma. */
const ORG_CONNECTOR = new RegExp(String.raw`\s+(?:van|bij|at|in|of|voor|for)\s+(?:de\s+|het\s+|the\s+)?(?=${ORG_WORD}\b)`, 'i');
/** "gemeentesecretaris van Rhederveen", "Head of Highways at Calder Bridge Borough Council". */
const NAMED_CONNECTOR = /(?:(?<=(?:leider|manager|hoofd|directeur|secretaris|griffier|wethouder|gedeputeerde|CIO|CDO|adviseur))\s+van|\s+(?:bij|at))\s+(?:de\s+|het\s+|the\s+)?(?=\p{Lu})/u;

/** What stands before the party in a clause that names it; `naming`: the next word is the party, so one word will do ("De opdrachtgever is Ordina", "I'm Rüzgar"). */
const LEAD_INS: Array<{ pattern: RegExp; naming?: boolean }> = [
  { pattern: /^(?:de |het |the )?(?:eind)?verantwoordelijke?(?: (?:voor|for) [^,]*)? (?:is|wordt)\s+/i, naming: true },
  { pattern: /^(?:de |het |the )?(?:ambtelijk |bestuurlijk |accountable |project |plan |requesting )?(?:eigenaar|owner|opdrachtgever|trekker|projectleider|sponsor|lead)(?: (?:van|of) (?:dit|het|deze|this|the) \w+)? (?:is|zijn|wordt)\s+/i, naming: true },
  { pattern: /^(?:the )?accountable (?:owner|party|lead) is\s+/i, naming: true },
  { pattern: /^accountability (?:sits|lies|rests) with\s+/i },
  { pattern: /^(?:agreed|afgesproken|besloten|decided)(?: is)? (?:that|dat)\s+/i },
  { pattern: /^.*?\b(?:komt te liggen bij|ligt bij|sits with|rests with|lies with)\s+/i },
  { pattern: /^(?:wie|who)\s*[?:]\s*/i },
  // A name follows (case minded: "I am a developer" names nobody).
  { pattern: /^(?:[Ii]'m|[Ii] am|[Mm]y name is|[Mm]ijn naam is|[Ii]k ben|[Ii]k heet)\s+(?=\p{Lu})/u, naming: true },
];
export const ONE_WORD_PARTY = /^\p{Lu}[\p{L}\d&.'’-]+$/u;
const TERMINATORS =
  /(?<!\b(?:Dr|dr|Drs|drs|Ir|ir|Prof|prof|Mr|Mrs|Ms|St|[A-Z]))[.;!?](?=\s|$)|\s[—–]\s|,?\s+(?:die|who|which|namens|on behalf|is|zijn|has|have|heeft|owns|zit|en is|and is|neemt|rapporteert|reports|will|zal|wil)\b|,\s+(?:zij|hij|she|he|en|and|maar|but|met ondersteuning|I|I'm|I've|ik|we|wij)(?=\s|$)|:/;
const VAGUE = /^(?:iedereen|allemaal|everyone|everybody|nobody|niemand|nog niet bekend|niet bekend|onbekend|unknown|tbd|tbc|tba|pending|vacant|vacature|n\.?t\.?b\.?|n\/a|none|geen|pm|all|alle|yes|ja|nee|no)\b|^(?:wij|we|ons|onze|het team|the team|team|ik|i|me|mij|us|zelf|myself|hij|zij|she|he|they|ze)(?:\s+(?:allemaal|samen|all|together))?$/i;
// "In samenwerking met ICTU", "Om Gamble Supply NV verder te laten groeien": words before the party are not its name.
const NOISE_LEAD = /^(?:met|als|with|as|en|and|samen met|together with|in samenwerking met|in (?:cooperation|collaboration|partnership) with|om(?=\s+(?:\S+\s+){1,8}te\s)|namens|on behalf of)\s+(?:de\s+|het\s+|the\s+)?/i;

const ROLE_HELD = /^((?:\p{L}+\s)?\p{L}+)\s*\(([^)]{3,60})\)/u;
const NAMED_ROLE = /^(\p{Lu}[\p{Ll}'’-]+(?:\s+(?:(?:van|de|der|den|ter|ten)\s+)*\p{Lu}[\p{Ll}'’-]+){0,3})\s*\(([^)]{2,40})\)/u;

/** Reads the party a clause names, or undefined when it names nobody in particular. */
export function readParty(clause: string): Party | undefined {
  // "Yordi (opdrachtgever) beoordeelt de demo": a name with its role in brackets opens the clause.
  const plain = plainText(clause);
  const named = NAMED_ROLE.exec(plain);
  if (named && ROLE.test(named[2]) && !ORG.test(named[1])) return { value: `${named[1]}, ${named[2].trim()}`, person: named[1], role: named[2].trim() };
  // "Projectmedewerker (Wouter De Witte) werkte ...": a role with its holder in brackets.
  const held = ROLE_HELD.exec(plain);
  if (held && ROLE.test(held[1])) {
    const person = PERSON.exec(held[2]);
    if (person && person[0] === held[2].trim() && !ORG.test(held[2])) return { value: `${person[0]}, ${held[1].trim()}`, person: person[0], role: held[1].trim() };
  }
  // "(eigenaar: Yvonne Claassen, teamleider), functioneel beheer": a label inside brackets answers up to their close.
  const close = plain.indexOf(')');
  const open = plain.indexOf('(');
  // Not a list letter ("a) Sanne Bakker, teamleider").
  let text = (close > 2 && (open < 0 || close < open) ? plain.slice(0, close) : plain).replace(/\([^)]*\)?/g, ' ').replace(/\s+/g, ' ').trim();
  // "Besluit 3.2: Bart Smeets, ..." and "Wie is eindverantwoordelijk? Nog niet bekend.": the label is not the party.
  // Not across a full stop: "Head of Commercial Services. Start: January 2026" keeps its party.
  text = text.replace(/^(?:(?!(?<!\b(?:afd|t\.a\.v|ca|bijv|nr|o\.a|dhr|mevr|dr|ir|ing|drs|prof|mr|mrs|ms|st))\.\s+\p{Lu}\p{Ll})[^:?]){1,40}[:?]\s+(?=\S)/u, '');
  let namingLead = false;
  for (let changed = true; changed; ) {
    changed = false;
    for (const lead of LEAD_INS) {
      const next = text.replace(lead.pattern, '');
      if (next !== text) {
        text = next;
        changed = true;
        namingLead ||= !!lead.naming;
      }
    }
  }
  const cut = TERMINATORS.exec(text);
  if (cut) text = text.slice(0, cut.index);
  text = text.replace(/^(?:de|het|the|een|a)\s+/i, '').replace(/(?<![\s,])[\s,]+$/, '').trim();
  if (!text || VAGUE.test(text) || text.length > 200) return undefined;
  if (namingLead && ONE_WORD_PARTY.test(text) && !ROLE.test(text) && !ORG.test(text)) return { value: text };

  // Parts split off after "van"/"bij" ("gemeentesecretaris van Rhederveen") may be one word; a part of its own needs more.
  const segments = text.split(/,\s+/).flatMap((part) => splitConnectors(part).map((segment, index) => ({ segment: segment.replace(NOISE_LEAD, '').trim(), connected: index > 0 }))).filter(({ segment }) => segment);
  let person: string | undefined;
  let personAt = -1;
  const roles: Array<{ text: string; at: number }> = [];
  const orgs: string[] = [];
  segments.forEach(({ segment, connected }, at) => {
    const name = PERSON.exec(segment);
    const isRole = ROLE.test(segment);
    if (!person && name && !ORG.test(name[0]) && !ROLE.test(name[0]) && !ORG.test(segment.slice(0, name.index)) && (!isRole || /^\p{Ll}/u.test(segment))) {
      person = name[0];
      personAt = at;
      const rest = segment.replace(name[0], '').trim();
      if (rest && ROLE.test(rest)) roles.push({ text: rest, at });
    } else if (isRole && !ORG.test(segment.replace(ROLE, ''))) roles.push({ text: segment, at });
    else if (isRole) roles.push({ text: segment, at });
    else if (ORG.test(segment) || (/\p{Lu}/u.test(segment) && (connected || /\s/.test(segment)))) orgs.push(segment);
  });
  const role = roles.length === 0 ? undefined : personAt < 0 ? roles[0].text : roles.reduce((a, b) => (Math.abs(b.at - personAt) < Math.abs(a.at - personAt) ? b : a)).text;
  if (!person && !role && orgs.length === 0) return undefined;
  if (!person && !role && !orgs.some((org) => /\p{Lu}/u.test(org))) return undefined;
  const parts = [person, role, ...orgs.slice(0, 3)].filter((part): part is string => !!part);
  const value = capitalise(parts.join(', '));
  return { value, person, role, organisation: orgs[orgs.length - 1] };
}

function splitConnectors(segment: string): string[] {
  if (PERSON.exec(segment)?.[0] === segment) return [segment];
  const parts: string[] = [];
  let rest = segment;
  for (let guard = 0; guard < 4; guard++) {
    const match = ORG_CONNECTOR.exec(rest) ?? (guard === 0 ? NAMED_CONNECTOR.exec(rest) : null);
    if (!match || match.index === 0) break;
    parts.push(rest.slice(0, match.index));
    rest = rest.slice(match.index + match[0].length);
  }
  parts.push(rest);
  return parts.map((part) => part.trim()).filter(Boolean);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
