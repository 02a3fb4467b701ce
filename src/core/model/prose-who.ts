import { particlePattern } from '../text/names.js';
import type { Judgement } from './plan.js';
import type { ProseContext } from './prose.js';
import { proseSite } from './evidence.js';
import { ROLE_WORDS } from './roles.js';

/**
 * Running text that names who does the work without a cue word: "I'm Rüzgar, ...", "InfraTech Solutions B.V.
 * biedt ...", "projectleider Eva de Vries", "in samenwerking met ICTU".
 */
export function namesWhoDoesTheWork(text: string): boolean {
  return SELF_NAMED.test(text) || DOER_NAMED.test(text) || namesRoleHolder(text) || ORGANISATION_SUBJECT.test(text) || APPLICANT.test(text) || PARTNERSHIP.test(text) || worksWithPartners(text) || namesResponsibleParty(text) || TEAM_OF_ORGANISATION.test(text);
}

// "Het evenement wordt voorbereid door Andrea Mayr", "will be led by Kim Bos", "Als formeel organisator treedt Stichting
// Scratchweb op": the plan says who does its work, by name.
const DOER_NAMED =
  /\b(?:wordt|worden|will be|is being|are being)\s+(?:\p{Ll}+\s+){0,2}(?:voorbereid|georganiseerd|geleid|begeleid|uitgevoerd|gecoördineerd|getrokken|prepared|organi[sz]ed|led|coordinated|carried out)\s+(?:door|by)\s+(?:\p{Lu}\p{Ll}+\s+\p{Lu}|[A-Z]{2,})|\b[Aa]ls\s+(?:\p{Ll}+\s+)?(?:organisator|opdrachtgever|penvoerder|projectleider|eigenaar|aanvrager)\s+(?:treedt|treden|fungeert|fungeren)\s+\p{Lu}/u;
// "The applicant has worked as ...": the applicants of a grant are who does the work (shared/method.md).
const APPLICANT = /\b(?:[Tt]he|[Dd]e) (?:applicants?|aanvragers?)(?:'s)? (?:has|have|is|are|will|heeft|hebben|is|zijn|zal|zullen|background|achtergrond)\b/;
// "In samenwerking met ICTU", "A Studio 2.5 collaboration with the National Research Council", "on behalf of
// GoToSocial": the organisations that do the work, named by the partnership.
const PARTNERSHIP = /(?:\b|(?<=\p{Ll}))(?:in samenwerking met|samenwerking (?:tussen|met)|in (?:collaboration|partnership|cooperation) with|(?:a |an )?(?:collaboration|partnership|cooperation) (?:with|between)|on behalf of|namens|[Ii]n opdracht van|commissioned by|uitgevoerd door|carried out by)\s+(?:de |het |the )?(?:\p{Lu}[\p{L}\d&.-]*|[A-Z]{2,}|(?:eigenaren|eigenaar|owners?|directie|directeur|director|opdrachtgevers?|klant|client) \p{Lu}\p{Ll}+)/u;
// "ILVO werkt in dit project nauw samen met WUR en KWR", "Acme collaborates with the City of X": a named
// party working with named partners (a pronoun as subject names nobody).
// (`[A-Z]{2}[\w-]*` is `[A-Z]{2,}[\w-]*` without the choice of where the capitals end, which cost a long word its length squared.)
const WORKS_WITH = /(?:^|[.;:]\s+)([A-Z]{2}[\w-]*|\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2}) (?:(?:werkt|werken) (?:[\p{Ll} ]{0,30} )?samen met\s+(?:de |het )?|(?:collaborates|partners|works (?:closely )?together) with\s+(?:the )?)(?:[A-Z]{2,}|\p{Lu}\p{Ll})/u;

function worksWithPartners(text: string): boolean {
  const party = WORKS_WITH.exec(text)?.[1];
  return !!party && !NO_PARTY.test(party);
}
// The owner as a noun ("een interne eigenaar", "Opdrachtgever"), not "leidt tot" or "ownership".
export const OWNER_NOUN = /\b(?:eigenaar|opdrachtgever|projectleider|trekker|(?:eind)?verantwoordelijke|owner|project ?lead(?:er)?|projectteam|project team)\b/i;
// "Projectmedewerker (Wouter De Witte) werkte ...", "Technische partners (Citybeats vzw): ...": a role with its holder.
const ROLE_HEAD = /^(?:\p{L}+ )?\p{L}*(?:medewerker|leider|partner|co[öo]rdinator|eigenaar|manager|lead|ontwikkelaar|developer|owner|begeleider|opdrachtgever|adviseur|advisor|consultant|ontwerper|designer|onderzoeker|researcher|trekker|uitvoerder)s? \(/iu;
const HOLDER = /^(?:\p{Lu}[\p{L}'’-]+(?: (?:de|van|der|den|ter|te|De|Van|Der|Den))*(?: \p{Lu}[\p{L}'’-]+)+|[^)]*\b(?:vzw|VZW|bv|BV|B\.V\.|NV|N\.V\.|[Ss]tichting|[Gg]emeente|Ltd|Inc|GmbH|LLC|Foundation|University|Universiteit)\b[^)]*)\)/u;

// A person's name: "Eva de Vries", "Tim Blankemeyer", "Dr. Amara Okafor".
const PERSON = String.raw`(?:(?:Dr|Prof|Ir|Drs|Mr|Ms|Mrs)\.? )?\p{Lu}\p{Ll}+(?: (?:${particlePattern()}))* \p{Lu}[\p{L}'’-]+`;
// "ODL intern Tim Blankemeyer will assist with", "projectleider Eva de Vries", "Jan Bakker (penvoerder)",
// "Principal investigator: Dr. Amara Okafor", "Eva de Vries, projectleider": a role with the name of who fills it.
const ROLE_WITH_NAME = new RegExp(String.raw`\b(?:${ROLE_WORDS})s?(?:\s*:\s*|\s+)${PERSON}(?![\p{L}])|${PERSON}\s*(?:\(|,|\s[-–—]\s)\s*(?:${ROLE_WORDS})\b`, 'u');

function namesRoleHolder(text: string): boolean {
  if (ROLE_WITH_NAME.test(text)) return true;
  const head = ROLE_HEAD.exec(text);
  return !!head && HOLDER.test(text.slice(head[0].length));
}
// "Although 3mdeb will be responsible for the whole implementation": a named party takes the work on.
const RESPONSIBLE = /(?:^|[,;:]\s*|\b(?:although|while|but|and|hoewel|terwijl|maar|en)\s+)((?:[\p{L}\d&.'’-]+\s+){0,3}?[\p{L}\d&.'’-]+)\s+(?:will be|is|are|wordt|zal|zijn|blijft|remains)\s+(?:(?:fully|solely|mainly|primarily|jointly|volledig|hoofd|eind)\s*)?(?:responsible|in charge|accountable|verantwoordelijk)\b/iu;
const RESPONSIBLE_HINT = /responsib|in charge|accountable|verantwoordelijk/i;
const NO_PARTY = /^(?:we|wij|i|ik|you|jij|je|u|they|zij|ze|he|she|hij|it|het|this|dit|that|dat|who|wie|nobody|niemand|someone|iemand|everyone|everybody|iedereen|(?:the|het|de|our|ons|onze) team|(?:the|de) (?:user|gebruiker)s?)$/i;

function namesResponsibleParty(text: string): boolean {
  if (!RESPONSIBLE_HINT.test(text)) return false;
  const party = RESPONSIBLE.exec(text)?.[1];
  return !!party && !NO_PARTY.test(party.trim());
}
// "the AI-Validation Team of the Ministry of the Interior": a team named with its organisation.
// A capital inside a word that an earlier capital already starts ("Ab-Ab-Ab") is not tried again: the earlier
// try read the rest of the word too, and trying each one made such a word cost its length squared.
const TEAM_OF_ORGANISATION = /\b(?=\p{Lu})(?<!\b\p{Lu}[\p{L}-]*?)\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*){0,3}\s(?:Team|Lab|Unit|Department|Directorate|Division|Office)\s(?:of|at)\s(?:the\s)?(?:Ministry|Municipality|City|Province|University|Government|Council|Agency)\b/u;
const SELF_NAMED = /\b(?:I['’]m|I am|my name is|ik ben|mijn naam is)\s+\p{Lu}\p{Ll}+(?![\p{L}-])(?! (?:student|developer|ontwikkelaar))/u;
const ORGANISATION_SUBJECT = /^(?:(?:the|de|het)\s+)?\p{Lu}[\p{L}\d&-]*(?:\s+\p{Lu}[\p{L}\d&-]*){0,3}\s+(?:B\.V\.|N\.V\.|BV|NV|Ltd\.?|Inc\.?|GmbH|LLC|Foundation|Stichting|Association|Vereniging)(?=\s+\p{Ll}|$)/u;

// "The maintainer is a systems programmer", "we beginnen met een proef", "ik ga een app maken": the plan
// speaks of the party doing the work but never names it. That is a weak answer, not a missing one (the
// convention in test/corpus-real/README.md); a question ("Hoe kunnen we ...?") names no one at all.
const UNNAMED_PARTY = /\b(?:[Tt]he|[Oo]ur|[Hh]et|[Dd]e|[Oo]ns|[Oo]nze) (?:maintainers?|developers?|ontwikkelaars?)\b|\b(?:[Ii]k|[Mm]ijn|[Ww]e|[Ww]ij|[Oo]ur|[Oo]nze)\b(?!-)|\bI(?= (?:will|am|plan|want|intend|chose|propose|build))/;

export function namesPartyByKindOnly(context: ProseContext): Judgement | undefined {
  const sentence = context.sentences.find((candidate) => !candidate.heading && UNNAMED_PARTY.test(candidate.text) && !/\?[\s*_"'”)]*$/.test(candidate.text));
  if (!sentence) return undefined;
  const word = UNNAMED_PARTY.exec(sentence.text)![0];
  return { questionId: 'wie', status: 'weak', site: proseSite('wie', sentence, context.lines), weakness: { reason: 'vague', word } };
}

