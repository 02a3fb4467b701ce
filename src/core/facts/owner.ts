import { particlePattern } from '../text/names.js';
import type { Table, TableCell, TableRow } from 'mdast';
import { tablesInHtml } from '../model/htmlTables.js';
import type { Plan } from '../model/plan.js';
import { inPartSection, NAME_LABEL, offsetOf } from '../model/sites.js';
import { isPrompt, plainText, stripPrompts } from '../judge/text.js';
import { ONE_WORD_PARTY, readParty, PERSON, ROLE as ROLE_WORD, type Party } from './party.js';
import { evidenceAt, excludedRanges, inRanges, pieces, sentences, type Piece } from './scope.js';
import type { OwnerFact } from './types.js';

/**
 * The accountable owner: the strongest claim wins (eindverantwoordelijk/accountable over
 * eigenaar/opdrachtgever over verantwoordelijke over trekker over a bare "Wie:"), the first
 * of equal claims. Who carries the work out is kept as `executors`.
 */
interface Claim {
  party: Party;
  strength: number;
  at: number;
  end: number;
}

const NOT_OWNER_LABEL = /product owner|probleemeigenaar|problem owner|gegevenseigenaar|data owner|opgave-eigenaar|voor wie|for whom|nodig|need|steering|stuurgroep|aanwezig|present/i;
const EXECUTOR_LABEL = /uitvoering|uitvoerder|wie voert|who does|who carries|projectleider|project manager|product owner|technical lead|day-to-day|dagelijkse leiding|delivery|co[öo]rdinator|programme lead|project lead$|^lead$|trekker/i;
const EXECUTOR_CUE =
  /\b(?:de uitvoering ligt bij|uitvoering door|carried out by|is done by|delivered by|(?:is )?led by|onder leiding van|(?:wordt|worden) (?:\p{Ll}+ )?(?:getrokken|geleid|gecoördineerd|uitgevoerd|ontwikkeld en beheerd) door|(?:is|are|will be) (?:developed|maintained|run|managed|coordinated)(?: and (?:developed|maintained|run|managed))? by)\s+(.+)|^(.+?)\s+(?:voert|voeren) (?:het|dit|de \w+) uit\b/iu;
const PROSE_CUES: Array<[RegExp, number]> = [
  [/\b(?:eindverantwoordelijk\w*|accountab\w*)\b/i, 6],
  [/\b(?:eigenaar (?:van (?:dit|het|deze) \w+ )?is|is (?:de )?(?:ambtelijk )?eigenaar|owns\b|(?:tak(?:e|es|ing|en)|took|ha(?:s|ve|ving)|hold(?:s|ing)?|assum(?:e|es|ed|ing)) ownership|opdrachtgever (?:is|van)|is (?:de )?opdrachtgever|projecteigenaar)/i, 5],
  [/\b(?:is verantwoordelijk|responsible for|in charge of)\b/i, 4],
  [/\b(?:trekker (?:van|is)|is (?:de )?trekker)\b/i, 3],
  // "De gemeente Tilburg is penvoerder", "met CAK als lead organisatie", "Kadaster acts as lead partner".
  [/\b(?:is (?:de )?penvoerder|als (?:penvoerder|lead[ -]?(?:organisatie|partner))|(?:is|as) (?:the )?lead (?:organi[sz]ation|partner|applicant))\b/i, 3],
];
// "The project team will be Pey Lian Lim (@pllim, STScI), Matt Craig …", "a collaborative initiative by CSTE, ASTHO, and
// Johns Hopkins University", "een gezamenlijk initiatief van ILVO en WUR": the parties that run it together.
const TOGETHER_CUE =
  /\b(?:(?:the|our|het|ons|onze) )?(?:project ?team|projectgroep|kernteam|core team) (?:will be|is|are|consists of|bestaat uit|wordt gevormd door)\s+(.+)|\b(?:joint|collaborative|shared|gezamenlijke?) (?:initiative|project|effort|initiatief|inspanning) (?:of|by|from|van)\s+(?:the |de |het )?(.+)/iu;

/** "A (x), B and C": two or more capitalised parties in a row, up to the first item that is not one. */
function partyList(text: string): Party | undefined {
  const items = text.replace(/\([^)]*\)/g, ' ').split(/\s*,\s*(?:(?:and|en)\s+)?|\s+(?:and|en|&)\s+/);
  const parties: string[] = [];
  for (const item of items.map((part) => part.replace(/[.;:]+$/, '').trim())) {
    if (!/^\p{Lu}/u.test(item) || item.split(/\s+/).length > 5) break;
    parties.push(item);
  }
  return parties.length >= 2 && parties.length <= 12 ? { value: parties.join(', '), person: PERSON.test(parties[0]) ? parties[0] : undefined } : undefined;
}

/** Who carries the work out, as owner when no one else is: above the plan model's bare "wie" answer. */
const LEAD_STRENGTH = 1.5;
const FIRST_PERSON = /\b(?:[Ii]k|I|I'll|I'm|myself|mijzelf)\b/;
const PRONOUN = /^\s*(?:hij|zij|ze|he|she|they)\b/i;
const FIRST_PERSON_CONTACT = /\b(?:aanspreekpunt|contactpersoon|point of contact)\b/i;
const CLOSING = /^\s*(?:met\s+)?(?:(?:vriendelijke|hartelijke)\s+)?groet(?:en)?|^\s*(?:kind |best |warm )?regards|^\s*(?:best|cheers|sincerely|groet)\s*(?:,\s*)?$/i;

export function extractOwner(plan: Plan): OwnerFact | null {
  const excluded = excludedRanges(plan, ['background']);
  const claims: Claim[] = [];
  const executors: Party[] = [];
  // "The project is led by X", "X voert het project uit": who carries the work out owns it when nobody else is named.
  const leads: Claim[] = [];
  frontmatterClaims(plan, claims);
  for (const piece of pieces(plan, excluded)) labelClaim(plan, piece, claims, executors);
  tableRowClaims(plan, excluded, claims, executors);
  headingClaims(plan, excluded, claims);
  proseClaims(plan, excluded, claims, executors, leads);
  personLeadClaims(plan, excluded, claims);
  bylineClaim(plan, claims);
  let owners = claims.filter((claim) => namesOwner(claim.party));
  if (owners.length === 0) {
    teamHeadingsClaim(plan, claims);
    claims.push(...leads);
    judgedClaim(plan, claims);
    tableColumnClaims(plan, excluded, claims);
    owners = claims.filter((claim) => namesOwner(claim.party));
  }
  if (owners.length === 0) return null;
  const best = owners.reduce((a, b) => (b.strength > a.strength || (b.strength === a.strength && b.at < a.at) ? b : a));
  const enriched = enrich(plan, best.party);
  const others = [...new Map(executors.filter((party) => party.value !== enriched.value && (!party.person || party.person !== enriched.person)).map((party) => [party.value, party.value])).values()];
  return { value: enriched.value, person: enriched.person, role: enriched.role, organisation: enriched.organisation, executors: others, evidence: evidenceAt(plan, best.at, best.end) };
}

function labelStrength(label: string): number {
  const text = label.toLowerCase().replace(/[*_?:]/g, '').trim();
  if (!text || text.length > 60 || NOT_OWNER_LABEL.test(text)) return 0;
  if (/eindverantwoordelijk|accountab/.test(text)) return 6;
  if (/eigenaar|owner|opdrachtgever|sponsor|who owns/.test(text)) return 5;
  if (/^(?:verantwoordelijke?|responsible|wie is verantwoordelijk|who is responsible|lead|leiding)$/.test(text)) return 4;
  if (/^(?:trekker|projectleider|project lead(?:er)?|programme lead|co[öo]rdinator|program(?:me)? ?manager|programmamanager|project director|principal investigator|pi)$/.test(text)) return 3;
  if (/^(?:\d+\.\s*)?(?:wie|who|wie en \w+|who and \w+|contactpersoon|contact person|aanspreekpunt|aanvrager|applicant|indienende partij|indiener|requester|roles|rollen|organisatie|organisation|governance)$/.test(text)) return 2;
  if (AUTHOR_LABEL.test(text)) return 2;
  // The lead party of a consortium: below a named project manager, above the plan model's bare answer.
  if (LEAD_PARTY_LABEL.test(text)) return LEAD_PARTY_STRENGTH;
  return 0;
}

const LEAD_PARTY_STRENGTH = 1.8;
const LEAD_PARTY_LABEL = /^(?:penvoerder|hoofdaanvrager|lead (?:organi[sz]ation|organisatie|partner|applicant))$/;

/** Student plans and grant applications name their owner as the writer: "Naam student:", "Author:", "Proposer:". */
const AUTHOR_LABEL = /^(?:naam(?: student)?|namen|student(?:en)?|name|auteurs?|authors?(?:-\d)?|opgesteld door|written by|submitted by|prepared by|ingediend door|project ?manager|proposer|builder|applicant(?: organi[sz]ation| name)?|team ?name|team members|teamleden|team leads?)$/;

/** A writer named by a label may be one word or a handle ("Tom", "@batef4380"): take the value itself. */
function authorParty(label: string, value: string): Party | undefined {
  const author = AUTHOR_LABEL.test(label.toLowerCase().replace(/[*_?:]/g, '').trim());
  // "Namen: Rik, Thijs, Yannick & Mijntje": the writers together.
  const team = author ? nameList(value) : undefined;
  if (team) return team;
  const party = readParty(value);
  const strength = labelStrength(label);
  if (party || !(author || strength >= 3 || strength === LEAD_PARTY_STRENGTH)) return party;
  const text = plainText(value).replace(/\s+[—–-]\s+.*$/, '').trim();
  // A role label ("Program Manager: Sunil", "Opdrachtgever: Delta10") takes a name, not "het team".
  if (!author && !/^\p{Lu}/u.test(text)) return undefined;
  return text && text.length <= 60 && !/^(?:nog niet bekend|n\.?t\.?b\.?|tbd|wij|we|iedereen|everyone)\b/i.test(text) ? { value: text } : undefined;
}

function frontmatterClaims(plan: Plan, claims: Claim[]): void {
  const frontmatter = plan.frontmatter;
  for (const [key, value] of Object.entries(frontmatter?.data ?? {})) {
    const strength = /^(?:eigenaar|owner|eindverantwoordelijke|verantwoordelijke|opdrachtgever|trekker)$/i.test(key)
      ? labelStrength(key)
      : /^(?:author|auteur|coordinator|co[öo]rdinator|applicant|aanvrager|lead|contact)(?:[-_ ]?name)?$/i.test(key)
        ? 2
        : 0;
    const party = strength > 0 && typeof value === 'string' ? readParty(value) : undefined;
    const range = frontmatter!.keyRanges.get(key.toLowerCase());
    if (party) claims.push({ party, strength, at: range?.start.offset ?? 0, end: range?.end.offset ?? 0 });
  }
}

const LABEL_LINE = /^\s*(?:[-*+]\s+|\d+[.)]\s+)?(?:\*\*|__)?(?<label>[^:*_\n|—–?]{2,60}?)\s*(?:[?:]\s*(?:\*\*|__)|(?:\*\*|__)\s*[:?—–]?|:|\?|\s[—–])\s*(?<value>\S.*)$/;

/** `Eigenaar: ...`, `**Wie is eindverantwoordelijk?** ...`, `Eigenaar — ...`, also inside a table cell. */
function labelClaim(plan: Plan, piece: Piece, claims: Claim[], executors: Party[]): void {
  const match = LABEL_LINE.exec(piece.text);
  if (!match) return;
  const label = match.groups!.label;
  const value = stripPrompts(match.groups!.value);
  const strength = labelStrength(label);
  if (EXECUTOR_LABEL.test(label.toLowerCase())) {
    const party = readParty(value);
    if (party) executors.push(party);
    if (strength < 4 && claims.length > 0) return;
  }
  if (strength === 0 || PLACEHOLDER.test(value)) return;
  if (NAME_LABEL.test(label.trim()) && inPartSection(plan.sections, piece.start)) return;
  const party = authorParty(label, value);
  if (party) claims.push({ party: withLabelRole(party, label, strength), strength, at: piece.start, end: piece.end });
}

// One name: "Rik", "Raphaël Koning", "Daan van der Berg".
const ONE_NAME = new RegExp(String.raw`^\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:${particlePattern()})\s+)*\p{Lu}[\p{L}'’-]+){0,3}$`, 'u');
const NAME_SEPARATOR = /\s*(?:[,;&\n]|\s(?:en|and)\s)\s*/;
// Capitalised words that are not names: a list of them is a list of things.
const NOT_A_NAME_WORD = /^(?:Team|Teams|Project|Plan|Doel|Aanpak|Planning|Kosten|Budget|Wie|Wat|Hoe|Wanneer|Who|What|How|When|Why|Goal|Approach|Timeline|Cost|Costs|Student|Students|Studenten|Docent|Teacher|Android|Ios|Web|Website|App)$/;

// "## Project participants" over "### Kirill Varlamov, Architect", "### Vsevolod Mikhalevsky": a team of named people.
const TEAM_SECTION = /^(?:\d+(?:\.\d+)*\.?\s*)?(?:(?:the|our|ons|onze|het|de)\s+)?(?:project\s*)?(?:team|teamleden|projectleden|leden|members|team members|participants|deelnemers|projectgroep|people|wie zijn wij|who we are|about us|over ons)\b[^\p{L}]*$/iu;

function teamHeadingsClaim(plan: Plan, claims: Claim[]): void {
  plan.sections.forEach((section, index) => {
    if (!TEAM_SECTION.test(section.title)) return;
    const depth = section.node.depth;
    const names: string[] = [];
    for (const sub of plan.sections.slice(index + 1)) {
      if (sub.node.depth <= depth) break;
      if (sub.node.depth !== depth + 1) continue;
      const name = namesIn(sub.title.split(/\s*[,(–—]|\s-\s/)[0]);
      if (!name || name.length !== 1) return;
      names.push(name[0]);
    }
    const team = teamOf(names);
    if (team) claims.push({ party: team, strength: 1, at: section.start, end: section.contentStart });
  });
}

/**
 * The names on the first lines, up to the first line that is not only names: two or more make the team, one name
 * on every line ("| Cees |" down a Persoon column) is that person.
 */
function leadingNames(lines: string[]): Party | undefined {
  const names: string[] = [];
  let count = 0;
  for (; count < lines.length; count++) {
    const found = namesIn(lines[count]);
    if (!found) break;
    names.push(...found);
  }
  const unique = [...new Set(names)];
  if (unique.length === 1) return count >= 2 ? { value: unique[0], person: unique[0] } : undefined;
  // Names one to a line must be full names ("Steijn Wehman"): a column of single capitalised words ("Josh",
  // "Algorithms") may be things as well as people.
  if (count > 1 && !unique.every((name) => name.includes(' '))) return undefined;
  return teamOf(unique);
}

/** "Gabriel Díaz: Tech Lead ...", "Marco Ungaro — Product Lead": a full name that opens its line as a run-in label. */
const RUN_IN_NAME = /^([^:—–]{3,40}?)\s*(?::|\s[—–-])\s/;

/** Whether a text opens with a person's name, not a role ("Jan Jansen", not "Tech Lead"). */
function leadsWithPerson(text: string): boolean {
  const person = PERSON.exec(text);
  return person?.index === 0 && !ROLE_WORD.test(person[0]);
}

const RUN_IN_ROLE = /\b(?:owner|eigenaar|master|member|lid|sponsor|opdrachtgever|contact|engineer|developer|designer|ontwikkelaar)\b/i;

/** Two or more lines that each open with a person's full name: the team they make. */
function runInNames(lines: string[]): Party | undefined {
  const names: string[] = [];
  for (const line of lines) {
    const name = RUN_IN_NAME.exec(line)?.[1].replace(/^[-*+]\s+/, '');
    const rest = line.slice(RUN_IN_NAME.exec(line)?.[0].length ?? 0);
    // "Product Owner: Jan Jansen" labels a person with a role; the name comes after it.
    if (!name || !name.includes(' ') || namesIn(name)?.length !== 1 || ROLE_WORD.test(name) || ORG_OR_ROLE.test(name) || RUN_IN_ROLE.test(name) || leadsWithPerson(rest)) break;
    names.push(name);
  }
  return names.length >= 2 ? teamOf(names) : undefined;
}

/** The names a text consists of, or undefined when it holds anything else. */
function namesIn(text: string): string[] | undefined {
  const names = plainText(text).split(NAME_SEPARATOR).map((name) => name.replace(/^[-*+]\s+/, '').trim()).filter(Boolean);
  return names.length > 0 && names.every((name) => ONE_NAME.test(name) && !NOT_A_NAME_WORD.test(name)) ? names : undefined;
}

/** A text of two to twelve names and nothing else ("Rik, Thijs, Yannick & Mijntje"): the team they make, as one party. */
function nameList(text: string): Party | undefined {
  const names = namesIn(text);
  return names ? teamOf(names) : undefined;
}

function teamOf(names: string[]): Party | undefined {
  return names.length >= 2 && names.length <= 12 ? { value: names.join(', '), person: names[0] } : undefined;
}

/** A template gap where the value should be: "[Name]", "{opdrachtgever}", "<naam>", "TBD". */
const PLACEHOLDER = /^\s*(?:\\?\[[^\]]*\\?\](?!\()|\{[^}]*\}|<[^>]*>|_{2,}|\.{3}|tb[dc]\b|n\.?t\.?b\.?)/i;

/** "Program Manager: Sunil", "Project Sponsor: John Hollingsworth": a label that is a role (not "Naam:", "Author:") is the party's role. */
function withLabelRole(party: Party, label: string, strength: number): Party {
  const role = plainText(label).replace(/[*_?:]/g, '').trim();
  if (party.role || strength < 3 || !role || party.value.toLowerCase().includes(role.toLowerCase())) return party;
  return { ...party, role: role.toLowerCase(), value: `${party.value}, ${role.toLowerCase()}` };
}

/** `| Eigenaar | Daan Schouten, afdelingshoofd Keringen |` and `| Opdrachtgever | Renske Huisman | directie Dienstverlening | 2 uur per week |`. */
function tableRowClaims(plan: Plan, excluded: Array<[number, number]>, claims: Claim[], executors: Party[]): void {
  for (const table of tablesOf(plan)) {
    table.children.forEach((row, index) => {
      const at = rowEdge(row, 'start');
      if (inRanges(at, excluded) || row.children.length < 2) return;
      const cells = row.children.map((cell) => plainText(plan.lines.text.slice(offsetOf(cell, 'start'), offsetOf(cell, 'end'))));
      const label = cells[0];
      const value = cells.slice(1).filter((cell) => cell && !/\b(?:uur|uren|hours?|fte|per week)\b|^\d+(?:[.,]\d+)?$/i.test(cell)).join(', ');
      const strength = labelStrength(label);
      if (index > 0 && EXECUTOR_LABEL.test(label.toLowerCase())) {
        const party = readParty(value);
        if (party) executors.push(party);
      }
      if (strength === 0) return;
      const party = readParty(value);
      // A header row names columns, unless an HTML table sets a key beside a person ("<th>Naam</th><td>Floris Kappen</td>");
      // "| Student | Ontwikkelaar | Dagelijks | Git commits |" describes the student's part, not who.
      const keyBesideValue = isHtml(table, plan) && !isHeaderCell(row.children[1], plan);
      if (!party || (index === 0 && !keyBesideValue) || ((index === 0 || PERSON_LABEL.test(label.trim())) && !party.person)) return;
      // "| Naam: | Daan Receveur |": a label that asks for the name gives no role.
      const role = NAME_LABEL.test(label.trim()) ? undefined : label.toLowerCase().replace(/[\s:?*_]+$/, '');
      claims.push({ party: party.role || !role ? party : { ...party, role, value: `${party.value}, ${role}` }, strength, at, end: rowEdge(row, 'end') });
    });
  }
}

/**
 * `| Actie | Verantwoordelijke | Deadline |` over rows that all name Dennis: the column's one party owns the plan.
 * Rows naming different people share the work out; no one of them owns it. A milestone table's owner
 * column may name only who owns those milestones, so it is read only when no label, row or sentence names an owner.
 */
function tableColumnClaims(plan: Plan, excluded: Array<[number, number]>, claims: Claim[]): void {
  for (const table of tablesOf(plan)) {
    const [header, ...rows] = table.children;
    if (rows.length === 0 || inRanges(offsetOf(table, 'start'), excluded)) continue;
    const textOf = (cell: TableCell | undefined) => (cell ? plainText(plan.lines.text.slice(offsetOf(cell, 'start'), offsetOf(cell, 'end'))).trim() : '');
    header.children.forEach((cell, column) => {
      if (labelStrength(textOf(cell)) === 0 || EXECUTOR_LABEL.test(textOf(cell).toLowerCase())) return;
      const values = [...new Set(rows.map((row) => textOf(row.children[column])).filter((value) => value && !PLACEHOLDER.test(value)))];
      const filled = rows.filter((row) => textOf(row.children[column]));
      if (values.length !== 1 || filled.length < 2) return;
      const party = readParty(values[0]) ?? (namesIn(values[0])?.length === 1 && !NOBODY.test(values[0]) ? { value: values[0], person: values[0] } : undefined);
      // The column's name is the party's role ("Dennis, verantwoordelijke"), unless it only asks for a name; the row's other cells are not.
      const role = textOf(cell).toLowerCase().replace(/[\s:?*_]+$/, '');
      const named = party && !party.role && !NAME_LABEL.test(textOf(cell)) && !AUTHOR_LABEL.test(role) ? { ...party, role, value: `${party.value}, ${role}` } : party;
      if (named) claims.push({ party: named, strength: 1, at: offsetOf(cell, 'start'), end: offsetOf(cell, 'end') });
    });
  }
}

/** One word that names nobody in particular: "Ik" down a Wie column is the writer, unnamed. */
const NOBODY = /^(?:ik|wij|we|i|me|us|iedereen|allemaal|everyone|all|alle|team|gebruikers|users|samen|together)$/i;

/** Labels that ask for a person's name: what they label is a name or nothing. */
const PERSON_LABEL = /^(?:naam|namen|names?|studenten|students?|auteurs?|authors?)\s*:?$/i;

function isHtml(table: Table, plan: Plan): boolean {
  return plan.lines.text.startsWith('<', offsetOf(table, 'start'));
}

/** Whether an HTML table's cell is a `<th>`: a row of them names columns. */
function isHeaderCell(cell: TableCell, plan: Plan): boolean {
  const start = offsetOf(cell, 'start');
  return /^<th\b/i.test(plan.lines.text.slice(plan.lines.text.lastIndexOf('<', start - 1), start));
}

/** Where a row starts or ends; the rows of HTML tables have no position of their own, their cells do. */
function rowEdge(row: TableRow, side: 'start' | 'end'): number {
  return row.position ? offsetOf(row, side) : offsetOf(row.children[side === 'start' ? 0 : row.children.length - 1], side);
}

/** The plan's tables, those inside HTML blocks included (plans exported from Word keep their tables as HTML). */
function tablesOf(plan: Plan): Table[] {
  return plan.nodes.html.length === 0 ? plan.nodes.tables : [...plan.nodes.tables, ...tablesInHtml(plan.nodes.html, plan.lines.text)];
}

/** "## Eigenaar", "#### Eindverantwoordelijk", "## Wie is eigenaar?": the first paragraph under it names the owner. */
function headingClaims(plan: Plan, excluded: Array<[number, number]>, claims: Claim[]): void {
  const headings = plan.sections;
  headings.forEach((section, index) => {
    const strength = labelStrength(section.title.replace(/^\s*(?:\d+(?:\.\d+)*\.?\s*)/, '').replace(/(?<!\s)\s+(?:en|and|&)\s+(?:betrokkenen|lead|wanneer|when|stakeholders)$/i, ''));
    if (strength === 0 || inRanges(section.start, excluded)) return;
    const ownEnd = index + 1 < headings.length ? Math.min(section.end, headings[index + 1].start) : section.end;
    const paragraph = plan.nodes.paragraphs.find(({ node }) => offsetOf(node, 'start') >= section.contentStart && offsetOf(node, 'start') < ownEnd);
    const start = paragraph ? offsetOf(paragraph.node, 'start') : 0;
    // A template's instruction under the heading ("_Name the person who ..._") names nobody.
    const text = paragraph ? stripPrompts(plan.lines.text.slice(start, offsetOf(paragraph.node, 'end'))) : '';
    const first = text.trim() ? sentences({ text, start, end: start + text.length })[0] : undefined;
    const party = first && !isPrompt(plainText(first.text)) ? readParty(first.text) : undefined;
    // The prompt is blanked out, not removed: the claim starts where the owner's own words do.
    if (party && first) claims.push({ party, strength, at: first.start + (first.text.length - first.text.trimStart().length), end: first.end });
  });
}

function proseClaims(plan: Plan, excluded: Array<[number, number]>, claims: Claim[], executors: Party[], leads: Claim[]): void {
  let previous: Party | undefined;
  for (const piece of pieces(plan, excluded)) {
    for (const sentence of sentences(piece)) {
      const text = plainText(stripPrompts(sentence.text));
      if (!text || isPrompt(text) || text.endsWith('?')) continue;
      const executor = EXECUTOR_CUE.exec(text);
      if (executor) {
        const party = readParty(executor[1] ?? executor[2]);
        if (party) {
          executors.push(party);
          leads.push({ party, strength: LEAD_STRENGTH, at: sentence.start, end: sentence.end });
        }
      }
      const together = TOGETHER_CUE.exec(text);
      const team = together ? partyList(together[1] ?? together[2]) : undefined;
      if (team) leads.push({ party: team, strength: LEAD_STRENGTH, at: sentence.start, end: sentence.end });
      const cue = PROSE_CUES.find(([pattern]) => pattern.test(text)) ?? (FIRST_PERSON.test(text) && FIRST_PERSON_CONTACT.test(text) ? [FIRST_PERSON_CONTACT, 2] as [RegExp, number] : undefined);
      const own = readParty(text);
      if (cue) {
        const party = claimedParty(plan, text, cue[0], previous);
        if (party) claims.push({ party, strength: cue[1], at: sentence.start, end: sentence.end });
      }
      if (own?.person) previous = own;
    }
  }
}

// "De pilot wordt uitgevoerd met CAK als lead organisatie": the party is the one named before "als".
const AS_LEAD = /^(?:.*\b(?:met|with)\s+)?(\S.*?)\s+(?:als|as)\s+(?:de\s+|the\s+)?(?:penvoerder|lead[ -]?(?:organisatie|organi[sz]ation|partner|applicant))\b/iu;

/** The party a cued sentence names: its subject, the antecedent of "die"/"who", the writer for "ik", the previous person for "zij". */
function claimedParty(plan: Plan, sentence: string, cue: RegExp, previous: Party | undefined): Party | undefined {
  const clauses = sentence.split(/,\s+(?:and|en|maar|but)\s+|;\s+/);
  const clause = clauses.find((part) => cue.test(part)) ?? sentence;
  const asLead = AS_LEAD.exec(clause);
  // The slot names the party, so one word will do ("met CAK als lead organisatie").
  const word = asLead?.[1].trim().replace(/^(?:de |het |the )/, '');
  const lead = word && ONE_WORD_PARTY.test(word) ? { value: word, organisation: word } : asLead ? readParty(asLead[1]) : undefined;
  if (lead) return lead;
  const relative = /^(.*?),\s+(?:who|die)\b/i.exec(clause);
  if (relative && cue.test(clause.slice(relative[0].length))) {
    const name = PERSON.exec(relative[1].replace(/^\s*\S+/, (word) => (/^(?:The|De|Het|Dit|Agreed)$/.test(word) ? '' : word)));
    if (name) return readParty(relative[1].slice(relative[1].indexOf(name[0])));
  }
  if (FIRST_PERSON.test(clause)) return author(plan);
  if (PRONOUN.test(clause)) return previous;
  const single = /^\s*([\p{Lu}][\p{Ll}]+)\s+(?:is|has)\b/u.exec(clause);
  if (single && previous?.person?.startsWith(single[1])) return previous;
  return readParty(clause);
}

/** The writer of a memo or e-mail: the lines under its closing, else its `Van:`/`From:` line. */
function author(plan: Plan): Party | undefined {
  const lines = plan.lines.text.split('\n');
  const closing = lines.findIndex((line) => CLOSING.test(line));
  if (closing >= 0) {
    const signature = lines.slice(closing + 1).map((line) => plainText(line)).filter(Boolean).slice(0, 3);
    const party = signature.length > 0 ? readParty(signature.join(', ')) : undefined;
    if (party) return party;
  }
  const from = FROM_LINE.exec(plan.lines.text);
  return from ? readParty(from[1]) : undefined;
}

// "Van: Petra Smit". A line start right after a blank line is not tried: the try from the blank line before it
// covers it, and trying each line start of a run of blank lines read the rest of the run each time.
const FROM_LINE = /^(?<!^[^\S\n\r\u2028\u2029]*[\n\r\u2028\u2029])\s*(?:van|from)\s*:\s*(.+)$/im;

/** A role that leads the work: "Project Director", "PI", "Project Manager (PM)", "projectleider". */
const LEAD_ROLE = /^(?:\(?(?:PI|principal investigator)\)?|project (?:director|manager|lead(?:er)?|owner)|program(?:me)? (?:director|manager|lead)|projectleider|programmamanager|opdrachtgever|eigenaar|owner|sponsor)\b/i;
/** "- **Kathy** — Project Manager (PM)", "* **Max Ghenis (PI) - Project Director**:": a person listed with a lead role. */
const PERSON_LEAD = /^\s*(?:[-*+]\s+)?(?:\*\*|__)(?<name>[^*_\n(—–-]{2,40}?)\s*(?:\((?<paren>[^)\n]{1,40})\)\s*)?(?:(?:\*\*|__)\s*[—–-]\s*(?<after>[^\n]{2,60})|[—–-]\s*(?<inside>[^*_\n]{2,60})(?:\*\*|__))/;

function personLeadClaims(plan: Plan, excluded: Array<[number, number]>, claims: Claim[]): void {
  for (const piece of pieces(plan, excluded)) {
    const match = PERSON_LEAD.exec(piece.text);
    if (!match) continue;
    const name = match.groups!.name.trim();
    const roles = [match.groups!.paren, match.groups!.inside ?? match.groups!.after].map((role) => plainText(role ?? '').replace(/[:*_]+$/, '').trim()).filter(Boolean);
    if (!/^\p{Lu}[\p{L}'’-]+(?:\s+(?:\p{Lu}[\p{L}'’-]+|van|de|der|den|ter|ten)){0,3}$/u.test(name) || !roles.some((role) => LEAD_ROLE.test(role))) continue;
    claims.push({ party: { value: [name, ...roles].join(', '), person: name, role: roles.join(', ') }, strength: 3, at: piece.start, end: piece.end });
  }
}

/**
 * A byline under the title: "Jonah Meijers - 500751227", "Derek Chai" above an e-mail address,
 * consecutive lines of them for a team. The writer owns a plan that names nobody else.
 */
// (Each run of white space has one place to go: with `\s+(?:van)?\s*` and the `\s*` around the optional parts,
// a line ending in many spaces was read once per way to share them out.)
const BYLINE = /^\s*(?<name>\p{Lu}[\p{Ll}'’-]+(?:\s+(?:(?:van|de|der|den|ter|ten|el|da|di|du|le|la)\s*)?\p{Lu}[\p{L}'’-]+){1,3})\s*(?:(?:[-–—,]\s*|(?<=\s))(?<id>\d{5,}|[\w.+-]+@[\w-]+\.[\w.-]+)\.?\s*)?(?:[~,]\s*)?$/u;
const EMAIL_LINE = /^\s*[\w.+-]+@[\w-]+\.[\w.-]+\b/;

function bylineClaim(plan: Plan, claims: Claim[]): void {
  const lines = plan.lines.text.split('\n');
  let offset = 0;
  const starts = lines.map((line) => {
    const at = offset;
    offset += line.length + 1;
    return at;
  });
  const names: string[] = [];
  let first = -1;
  let last = -1;
  for (let index = 0; index < Math.min(lines.length, 25); index++) {
    const match = BYLINE.exec(lines[index]);
    const byline = match && (match.groups!.id || EMAIL_LINE.test(lines[index + 1] ?? '')) && !ORG_OR_ROLE.test(match.groups!.name);
    if (byline) {
      if (first < 0) first = index;
      if (last >= 0 && index > last + 2) break;
      names.push(match.groups!.name.replace(/\s+/g, ' '));
      last = index;
    } else if (names.length > 0 && !EMAIL_LINE.test(lines[index]) && lines[index].trim()) break;
  }
  if (names.length === 0) return;
  claims.push({ party: { value: names.join(', '), person: names[0] }, strength: 1, at: starts[first], end: starts[last] + lines[last].length });
}
const ORG_OR_ROLE = /\b(?:gemeente|university|universiteit|hogeschool|academy|foundation|stichting|team|project|versie|version|date|datum)\b/i;

/** Words that open or close a clause, never a name, role, team or organisation. */
const DETERMINER = /^(?:this|these|those|that|it|its|our|their|his|her|my|your|dit|deze|die|dat|ons|onze|hun|zijn|haar|mijn|jouw|uw|wie|who|which|welke|what|wat|each|every|elke|iedere|some|sommige|all|alle|geen|no|none|major|main|other|andere)\b/i;
const OPEN_END = /\b(?:and|or|en|of|with|met|to|for|voor|van|the|de|het|a|an|een|by|door|at|bij|in|op|on|from|uit|als|as)$/i;
const VERB_START = /^(?:will|would|can|could|shall|should|may|might|must|is|are|was|were|has|have|had|does|do|did|zal|zullen|zou|wordt|worden|werd|kan|kunnen|moet|moeten|mag|heeft|hebben|had|doet|doen|verantwoordelijk(?:heid|heden)?|responsib(?:le|ility|ilities)|accountab(?:le|ility))\b/i;
/** Lower-case words a name, role or organisation may hold: particles, connectors, role and organisation nouns. */
const NAME_FILLER = /^(?:van|de|der|den|het|ter|ten|te|'t|el|da|di|du|le|la|the|of|and|en|&|for|voor|bij|at|in|op|on|e\.?v\.?|b\.?v\.?|inc\.?|ltd\.?|llc|vzw|gemeente|gemeenten|provincie|waterschap|ministerie|ministry|municipality|province|city|council|team|teams|afdeling|department|directie|stichting|foundation|student|students|studenten|studententeam|intern|applicant|aanvrager|opdrachtgever|sponsor|owner|eigenaar|project|programme|program|product|lead|leads|leader|manager|maintainers?|developers?|ontwikkelaars?|core|board|bestuur|werkgroep|working|group|groep|stuurgroep|steering|committee|commissie|co-chairs?|chairs?|voorzitter|and|met|with|executive|senior|technical|technisch|projectteam|projectgroep|organisatie|organisation|organization)$/i;

/**
 * An owner is a name, a role, a team or an organisation, never a clause: a value that opens with a
 * determiner or a verb ("This document", "These leads", "Will lead to design improvements"), ends on a
 * connector ("Major task breakdown and"), holds a template gap ("[Name]", "{x}") or, naming no person,
 * carries more than two lower-case content words ("Applicant's background combines software
 * engineering ...") names nobody.
 */
export function namesOwner(party: Party): boolean {
  const value = party.value.trim();
  if (!/[\p{L}\p{N}]/u.test(value) || /[[\]{}<>\\]|\.\.\./.test(value)) return false;
  const words = value.split(/[\s,;/]+/).filter(Boolean);
  // "2.1 Team Profile", "2195344 Project": a section or student number opens it, not a party.
  if (/^\d/.test(words[0]) || DETERMINER.test(words[0]) || VERB_START.test(words[0]) || OPEN_END.test(value.replace(/[^\p{L}\p{N}]+$/u, ''))) return false;
  if (party.person) return true;
  const loose = words.filter((word) => /^\p{Ll}/u.test(word) && !NAME_FILLER.test(word) && !ROLE_WORD.test(word));
  if (loose.length > 2 || (words.length > 1 && loose.length >= words.length / 2)) return false;
  // One lower-case word alone ("homepage", "nulmeting") is a thing, not a party, unless it is a handle.
  if (words.length === 1 && /^\p{Ll}+$/u.test(words[0]) && !NAME_FILLER.test(words[0]) && !ROLE_WORD.test(words[0])) return false;
  return true;
}

/** A table row of two or more cells (a header, or a row tableRowClaims reads); one cell ("| Senne Visser |") is a value. */
// (A cell's first character that is not white space starts it: `[^\S\n]*[^|\s]`, not `[^|\n]*[^|\s]`, which tried every one.)
const TABLE_ROW_OF_CELLS = /^\s*\|[^\S\n]*[^|\s][^|\n]*\|[^\S\n]*[^|\s]/;

/** Nothing claims ownership, but the linter accepted a wie answer ("**Naam:** Ahmed Moalin"): its first line. */
function judgedClaim(plan: Plan, claims: Claim[]): void {
  const site = plan.coverage.get('wie');
  if (site?.status !== 'answered' || !site.site || site.site.source === 'frontmatter') return;
  // A table's rows are read by tableRowClaims, and its header row names columns; a heading names a section.
  // "Harsha Kanaparthi | **Student**: 2195344 | ...": the answer ends where the next run-in label starts.
  const raw = site.site.answer.split('\n').filter((text) => !/^\s*#{1,6}\s/.test(text) && !TABLE_ROW_OF_CELLS.test(text) && text.trim());
  // "**Huidige Situatie:**" on a line of its own labels what follows it as something else than who ("**Student:**" does not).
  const bold = raw.length > 0 ? BOLD_LABEL_LINE.exec(raw[0]) : null;
  if (bold && labelStrength(bold[1]) === 0) return;
  const lines = raw
    .map((text) => plainText(stripPrompts(/^\s*\|/.test(text) ? text : text.split(/\s\|\s/)[0])))
    .filter(Boolean);
  // "Winston Lam, / Raphaël Koning, / Ruben Klarenaar", "- Steijn Wehman / - Sam Bijhouwer": a team of names, all of them.
  const party = leadingNames(lines) ?? runInNames(lines) ?? firstParty(lines, site.site.label);
  if (party) claims.push({ party, strength: 1, at: site.site.answerStart, end: site.site.answerEnd });
}

const BOLD_LABEL_LINE = /^\s*(?:\*\*|__)([^*_\n]{2,60}?)(?::(?:\*\*|__)|(?:\*\*|__):)\s*$/;

/** A line that ends a question, bar a remark in brackets after it. */
const QUESTION_TAIL = /\?\s*(?:\([^)]*\)\s*)?$/;

/**
 * The party of the answer's first line. Only when that line is the tail of a question heading ("… van dit
 * initiatief? (en dus contactpersoon)") does the next line count, and only as a bare name ("Ruben van der
 * Linde"): a labelled line further down ("Reviewer: Jan Jansen") may name anyone.
 */
function firstParty([first, next]: string[], label: string): Party | undefined {
  // "Jaar" over "Vak" is a column of things.
  if (first === undefined || (namesIn(first)?.[0] === first && !first.includes(' ') && next !== undefined && namesIn(next)?.[0] === next && !next.includes(' '))) return undefined;
  if (!QUESTION_TAIL.test(first)) return readParty(first) ?? authorParty(label, first);
  const party = next === undefined ? undefined : readParty(next);
  return party?.person && next.trim() === party.person ? party : undefined;
}

/** An owner named only by name gets role and organisation from a table row or line that also names them. */
function enrich(plan: Plan, party: Party): Party {
  if (!party.person || party.role || party.organisation) return party;
  for (const table of plan.nodes.tables) {
    for (const row of table.children) {
      const cells = row.children.map((cell) => plainText(plan.lines.text.slice(offsetOf(cell, 'start'), offsetOf(cell, 'end'))));
      const at = cells.findIndex((cell) => cell === party.person);
      if (at < 0) continue;
      // "| Naam: | Daan Receveur |": a cell that only labels the name is neither role nor organisation.
      const rest = cells.filter((cell, index) => index !== at && cell && !/\b(?:uur|uren|hours?|fte|per week)\b/i.test(cell) && !NAME_LABEL.test(cell.trim()));
      if (rest.length === 0) return party;
      return { ...party, role: rest[0], organisation: rest[1], value: [party.person, ...rest].join(', ') };
    }
  }
  return party;
}
