import { commonWeakness, type Weakness } from './text.js';

/** Words that name nobody in particular. */
const VAGUE_PARTY = /\b(?:iedereen|wij allemaal|we allemaal|allemaal|iemand|niemand|everyone|everybody|all of us|somebody|someone|nobody|het hele team|the whole team)\b/i;

/** Capitalised words that start sentences or name no one. Compared lower-cased. */
const NOT_A_NAME = new Set(
  ('de het een dit deze die dat wij we ons onze zij ze hij zij er wie wat hoe als in op voor met na bij van door ' +
    'alle iedereen elke ieder team nog niet geen eigenaar verantwoordelijk verantwoordelijke eindverantwoordelijke trekker uitvoering ' +
    'samen ook en of maar dan the a an this that our we they all everyone team owner not to be yet nobody someone ' +
    'tbd tbc pm ntb nvt onbekend unknown later zie see i ik u jij you he she it is zijn are was wordt will owner: ' +
    'who wie: eigenaar: wanneer when kosten cost hoe how wat what hij/zij n.t.b. nog-niet de/het projectleider teamleider ' +
    'manager adviseur medewerker medewerkers afdeling gemeente provincie organisatie organisation department municipality').split(' '),
);

/** Roles that are one identifiable person in an organisation, accepted without a personal name. */
const ACCOUNTABLE_ROLE = /\b(?:CIO|CDO|CISO|CTO|CFO|CEO|wethouder|burgemeester|gedeputeerde|dijkgraaf|gemeentesecretaris|directeur|secretaris-generaal|DG|mayor|alderman|director)\b/i;

/**
 * `wie` needs a named, accountable party: a person or a named team, department or
 * organisation. "Iedereen", "het team", "nog niet bekend" do not answer it.
 */
export function judgeWho(plain: string): Weakness | undefined {
  const common = commonWeakness(plain);
  if (common) return common;
  if (hasName(plain) || ACCOUNTABLE_ROLE.test(plain)) return undefined;
  const vague = VAGUE_PARTY.exec(plain);
  return vague ? { reason: 'vague', word: vague[0] } : { reason: 'no-name' };
}

function hasName(plain: string): boolean {
  const words = plain.match(/[\p{Lu}][\p{L}'’.-]*/gu) ?? [];
  return words.some((word) => {
    const bare = word.replace(/[.'’-]+$/, '');
    return bare.length > 1 && !NOT_A_NAME.has(bare.toLowerCase());
  });
}
