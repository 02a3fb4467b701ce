import assert from 'node:assert/strict';
import { extractFacts, findDates, findMoney, lint, type PlanFacts } from '../../src/core/index.js';
import { tablesInHtml } from '../../src/core/model/htmlTables.js';

function facts(markdown: string): PlanFacts {
  return extractFacts(lint(markdown).plan);
}

const plan = (sections: Record<string, string>, preamble = '') =>
  `# Plan\n\n${preamble}${Object.entries(sections).map(([heading, body]) => `## ${heading}\n\n${body}\n`).join('\n')}`;

describe('facts: money', () => {
  for (const [text, amount, currency] of [
    ['€ 185.000', 185000, 'EUR'], ['k€ 85', 85000, 'EUR'], ['EUR 420,000', 420000, 'EUR'], ['€ 1,2 mln', 1200000, 'EUR'],
    ['1,2 miljoen euro', 1200000, 'EUR'], ['€ 2 ton', 200000, 'EUR'], ['$ 40k', 40000, 'USD'], ['£ 28,000', 28000, 'GBP'],
    ['€ 3 × 25.000', 75000, 'EUR'], ['4 × € 10.000', 40000, 'EUR'], ['€ 18.000,-', 18000, 'EUR'], ['EUR 1.2 million', 1200000, 'EUR'],
    ['€ 1.234,56', 1234.56, 'EUR'], ['EUR 1,234.56', 1234.56, 'EUR'], ['€ 40–50k', 40000, 'EUR'], ['€ 1-2 million', 1000000, 'EUR'],
  ] as const) {
    it(`reads ${text}`, () => assert.deepEqual(findMoney(text).map((money) => [money.amount, money.currency]), [[amount, currency]]));
  }
  it('does not read a bare number or a count as money', () => assert.deepEqual(findMoney('Kosten: 185; 3.500 plekken; 2 × 900 uur'), []));
});

describe('facts: dates', () => {
  for (const [text, start, end, precision] of [
    ['Start: 1 maart 2027', '2027-03-01', '2027-03-01', 'day'],
    ['januari – maart 2027', '2027-01-01', '2027-03-31', 'month'],
    ['Q2 2026', '2026-04-01', '2026-06-30', 'quarter'],
    ['Q2–Q4 2027', '2027-04-01', '2027-12-31', 'quarter'],
    ['in het voorjaar van 2027', '2027-04-01', '2027-06-30', 'quarter'],
    ['uiterlijk eind 2027', '2027-12-01', '2027-12-31', 'month'],
    ['from 1 March to 31 August 2026', '2026-03-01', '2026-08-31', 'day'],
    ['March and April 2026', '2026-03-01', '2026-04-30', 'month'],
    ['november – februari 2027', '2026-11-01', '2027-02-28', 'month'],
  ] as const) {
    it(`reads ${text}`, () => assert.deepEqual(findDates(text).map((mention) => [mention.span.start, mention.span.end, mention.span.precision]), [[start, end, precision]]));
  }
  it('reads no date without a year, and "may" as a verb is no month', () => assert.deepEqual(findDates('Q1; in de eerste week van oktober; we may start'), []));
});

describe('facts: cost', () => {
  it('does not add a breakdown to its own total', () => {
    const cost = facts(plan({ Kosten: 'Totaal € 240.000: € 150.000 voor de bouw, € 60.000 voor de test en € 30.000 voor beheer.' })).cost!;
    assert.deepEqual([cost.total, cost.source], [240000, 'stated-total']);
  });
  it('multiplies "€ 4 × 10.000"', () => {
    assert.equal(facts(plan({ Kosten: '€ 4 × 10.000 voor de prototypes plus € 5.000 begeleiding.' })).cost!.total, 45000);
  });
  it('keeps a rate and a recurring amount apart from the one-off cost', () => {
    const cost = facts(plan({ Kosten: 'Eenmalig € 38.000 voor de inrichting. Daarna € 6.500 per jaar aan licenties en € 2 per inwoner voor de campagne.' })).cost!;
    assert.deepEqual([cost.total, cost.oneOff, cost.recurring], [44500, 38000, { amount: 6500, per: 'year' }]);
    assert.deepEqual(cost.items.filter((item) => item.kind === 'rate').map((item) => [item.amount, item.per]), [[2, 'inwoner']]);
  });
  it('takes a first-year total as it is, with its breakdown and a yearly amount in it', () => {
    const cost = facts(plan({ Kosten: '- Licentie: € 9.600 per jaar\n- Bouw koppeling: € 14.500\n- Communicatie: € 1.200\n\nTotaal eerste jaar: **€ 25.300**.' })).cost!;
    assert.equal(cost.total, 25300);
  });
  it('adds one period of recurring cost to a one-off total', () => {
    assert.equal(facts(plan({ Kosten: 'Totaal voor vijf gemeenten: € 67.000 eenmalig plus € 3.000 per jaar.' })).cost!.total, 70000);
  });
  it('does not add a yearly amount that starts after the first year to the stated total', () => {
    assert.equal(facts(plan({ Cost: 'EUR 42,000 in total: EUR 30,000 for the link and EUR 12,000 for hosting. Hosting after the first year costs EUR 3,000 per year.' })).cost!.total, 42000);
  });
  it('skips a comparison, a saving and a funding share', () => {
    const cost = facts(plan({ Kosten: 'De kosten zijn € 420.000 per jaar, tegen nu € 510.000. We besparen daarmee € 90.000 per jaar. De provincie betaalt € 100.000.' })).cost!;
    assert.equal(cost.total, 420000);
  });
  it('does not take money that describes the problem as the plan\'s cost', () => {
    const markdown = plan({ Aanleiding: 'Fraude kost de gemeente € 2 miljoen per jaar.', Aanpak: 'Eerst een proef, daarna de uitrol. De proef kost € 40.000.' });
    assert.equal(facts(markdown).cost!.total, 40000);
  });
  it('reads a Totaal row, and a table with one-off and yearly columns', () => {
    const table = '| Post | Eenmalig | Structureel per jaar |\n| --- | --- | --- |\n| Inrichting | € 110.000 | – |\n| Licentie | – | € 48.000 |\n| **Totaal** | **€ 110.000** | **€ 48.000** |\n';
    const cost = facts(plan({ Kosten: table })).cost!;
    assert.deepEqual([cost.total, cost.source], [158000, 'table-total']);
  });
  it('reads an explicit zero as a cost of nothing', () => {
    assert.deepEqual([facts(plan({ Kosten: 'Geen geld: wel 0,1 fte voor de organisatie.' })).cost!.total], [0]);
  });
  it('gives no cost for "PM" or a bare number', () => {
    assert.equal(facts(plan({ Kosten: 'PM' })).cost, null);
    assert.equal(facts(plan({ Kosten: 'Kosten: 185' })).cost, null);
  });
  it('reads "à € 25" as a unit price, not as the total of what follows', () => {
    const cost = facts(plan({ Kosten: '**Wat kost het:** 1.500 melders à € 25 (€ 37.500), inzet voorlichters 0,8 fte, vertaling en drukwerk € 4.000.' })).cost!;
    assert.equal(cost.total, 41500);
  });
  it('reads "Per kat ongeveer € 90" as a rate, but not "per september", "per project", "as per quote" or "per saldo"', () => {
    assert.equal(facts(plan({ Kosten: 'Per kat ongeveer € 90 aan dierenartskosten.' })).cost!.total, null);
    const totals = ['Per september € 12.000 per jaar voor de licentie.', 'De totale kosten per project € 120.000.', 'Build, as per quote £ 48,000.', 'Het is per saldo € 30.000.']
      .map((text) => facts(plan({ Kosten: text })).cost?.total);
    assert.deepEqual(totals, [12000, 120000, 48000, 30000]);
  });
  it('reads a unit or period on the next line: "€ 4.000 per⏎leraar" is a rate, "€ 6.500 per⏎jaar" recurring', () => {
    assert.equal(facts(plan({ Kosten: 'Scholen schatten € 4.000 per\nleraar.' })).cost!.total, null);
    const yearly = facts(plan({ Kosten: 'De licentie kost € 6.500 per\njaar, de inrichting € 20.000.' })).cost!;
    assert.deepEqual([yearly.total, yearly.recurring?.amount, yearly.recurring?.per], [26500, 6500, 'year']);
  });
  it('keeps a range whose lower bound is written in full: "€ 900.000 - 1,1 mln", "€ 1.000 tot 5k"', () => {
    assert.deepEqual(['€ 900.000 - 1,1 mln', '€ 1.000 tot 5k'].map((text) => findMoney(text)[0].amount), [900000, 1000]);
  });
  it('takes no cost from a paragraph that opens with a bold background label', () => {
    const pitch = '# Pitch\n\n**Problem.** A school uniform costs a family £250 to £350 per child.\n\n**For whom.** Parents of pupils.\n';
    assert.equal(facts(pitch).cost, null);
    assert.equal(facts(`${pitch}\n**Cost.** £ 18,000 for the first year.\n`).cost!.total, 18000);
  });
  it('lets no funding or general money section override the cost answer\'s items', () => {
    const items = '- Ontwikkeling: € 20.000\n- Training: € 5.000';
    assert.equal(facts(plan({ Kosten: items, Financiering: 'De provincie heeft in totaal € 400.000 subsidie voor alle projecten.' })).cost!.total, 25000);
    assert.equal(facts(plan({ Kosten: items, Investeringsagenda: 'De regio investeert in totaal € 12 miljoen.' })).cost!.total, 25000);
  });
  it('leaves bare numbers under a scaled or price header to their cells', () => {
    const scaled = '| Post | Bedrag (x € 1.000) |\n|---|---|\n| Bouw | 120 |\n| Beheer | 30 |\n| Totaal | 150 |\n';
    assert.equal(facts(plan({ Kosten: scaled, Budget: 'We vragen € 150.000.' })).cost!.total, 150000);
  });
  it('reads bare amounts under a header that names the currency, with a Total row', () => {
    const table = '| Item | £ |\n|---|---|\n| Fees | 48,000 |\n| Kits | 14,000 |\n| **Total** | **62,000** |\n';
    const cost = facts(plan({ Budget: table })).cost!;
    assert.deepEqual([cost.total, cost.currency, cost.source], [62000, 'GBP', 'table-total']);
    // Without a Total row a unit-cost column would be added to the total column: bare numbers are not read then.
    const perUnit = '| Role | Unit cost (USD) | Total (USD) |\n|---|---|---|\n| Interns | 1,000 | 15,000 |\n| Manager | 2,000 | 6,000 |\n';
    assert.equal(facts(plan({ Budget: perUnit })).cost, null);
  });
  it('prefers a later place that states a total over an earlier one with a loose amount', () => {
    const markdown = plan({ Approach: '**Money.** Halls keep 30% of ticket income. Suggested ticket price £ 8–10.', Budget: '| Item | Amount |\n|---|---|\n| Fees | £ 48,000 |\n| Kits | £ 14,000 |\n| **Total** | **£ 62,000** |\n' });
    assert.equal(facts(markdown).cost!.total, 62000);
  });
  it('takes the frontmatter budget first', () => {
    assert.equal(facts(`---\nbudget: 85000\n---\n\n# Plan\n\n## Kosten\n\n€ 12.000.\n`).cost!.total, 85000);
  });
});

describe('facts: owner', () => {
  it('takes a team of names as the owner: a list of members, names on lines under the title, a "Namen:" label', () => {
    const listed = '# Trivia\n\n# Projectleden\n\n- Steijn Wehman\n- Sam Bijhouwer\n- Sascha Kolthof\n\n# Samenvatting\n\nEen quiz voor de klas.\n';
    assert.equal(extractFacts(lint(listed).plan).owner?.value, 'Steijn Wehman, Sam Bijhouwer, Sascha Kolthof');
    const labelled = 'Namen: Rik, Thijs, Yannick & Mijntje <br>\n\n# Vriendenquiz\n\nEen quiz over je vrienden.\n';
    assert.equal(extractFacts(lint(labelled).plan).owner?.value, 'Rik, Thijs, Yannick, Mijntje');
    // Single capitalised words one to a line may be things as well as people ("Josh", "Algorithms").
    const things = '# App\n\n## Team\n\n- Josh\n- Algorithms\n- Xiaoxiang\n';
    assert.notEqual(extractFacts(lint(things).plan).owner?.value, 'Josh, Algorithms, Xiaoxiang');
    // "## Project participants" over a sub-heading per person.
    const participants = '# Wifi interface\n\n## Project participants\n\n### Kirill Varlamov, Architect\n\nSystems architect.\n\n### Dmitry Suldin\n\nDeveloper.\n\n## Risks\n\n### Technical Risks\n\nx\n\n### Team Risks\n\ny\n';
    assert.equal(extractFacts(lint(participants).plan).owner?.value, 'Kirill Varlamov, Dmitry Suldin');
  });

  it('keeps a name label under a plan title that names a part, a name that starts with "Om", and "taking ownership"', () => {
    const titled = lint('# Projectplan: nieuwe feature klantportaal\n\nNaam: Jan de Vries\n\n## Wat\n\nWe bouwen een chatbot voor de balie van de gemeente.\n');
    assert.equal(titled.coverage.wie, 'answered');
    assert.equal(extractFacts(titled.plan).owner?.person, 'Jan de Vries');
    assert.equal(extractFacts(lint('# Plan\n\nEigenaar: Om Prakash Sharma\n\n## Wat\n\nEen chatbot.\n').plan).owner?.value, 'Om Prakash Sharma, eigenaar');
    assert.equal(extractFacts(lint('# Plan\n\n## Approach\n\nWe interview desk staff first. Jan de Vries is taking ownership of the rollout.\n').plan).owner?.value, 'Jan de Vries');
  });

  it('takes no page, screen or feature for the owner: a name label names that part, "ownership" in a feature is no claim', () => {
    const site = '# Projectvoorstel website\n\n## Pagina\'s\n\n### PAGINA 1\nnaam: Menu\nbeschrijving: het menu van het restaurant\n\n## Functies\n\n1. Transfer Ownership Token via de wallet\n';
    assert.equal(extractFacts(lint(site).plan).owner, null);
    assert.equal(lint(site).coverage.wie, 'missing');
    const table = '# Plan\n\n## Projectorganisatie\n\n| Rol | Student |\n| --- | --- |\n| Naam: | Daan Receveur |\n';
    assert.equal(extractFacts(lint(table).plan).owner?.value, 'Daan Receveur');
  });

  it("quotes the owner's own words whole after a template prompt left standing before them", () => {
    const text = '# Plan\n\n## Eigenaar\n\n_Noem hier de eigenaar van het plan._ Jan de Vries, teamleider Wijkbeheer gemeente Oosterzand.\n';
    const owner = extractFacts(lint(text).plan).owner!;
    assert.equal(owner.person, 'Jan de Vries');
    assert.deepEqual(owner.evidence, { line: 5, excerpt: 'Jan de Vries, teamleider Wijkbeheer gemeente Oosterzand.' });
  });

  it('normalises the owner to person, role, organisation', () => {
    const owner = facts(plan({ Wie: 'Eindverantwoordelijke is Sanne Bakker, teamleider Burgerzaken van gemeente Oosterzand. De uitvoering ligt bij het team Digitale Dienstverlening.' })).owner!;
    assert.equal(owner.value, 'Sanne Bakker, teamleider Burgerzaken, gemeente Oosterzand');
    assert.deepEqual([owner.person, owner.role, owner.organisation], ['Sanne Bakker', 'teamleider Burgerzaken', 'gemeente Oosterzand']);
    assert.deepEqual(owner.executors, ['Team Digitale Dienstverlening']);
    assert.equal(owner.evidence.line, 5);
  });
  it('reads a sentence wrapped over two lines as one', () => {
    const wrapped = plan({ Team: 'Eight GPs take part, with a coach for 24 hours a week. Dr. Anouk Peeters,\nGP and member of our board, is responsible for the project.' });
    assert.equal(facts(wrapped).owner?.person, 'Anouk Peeters');
  });
  it('reads a list letter as no closing bracket, and a label with an abbreviation whole', () => {
    assert.equal(facts('# P\n\n**Eigenaar:** a) Sanne Bakker, teamleider\n').owner?.value, 'Sanne Bakker, teamleider');
    assert.equal(facts('# P\n\nVerantwoordelijk t.a.v. budget: Sanne Bakker, controller\n').owner?.value, 'Sanne Bakker, controller');
  });
  it('reads the owner before the next label on its line', () => {
    assert.equal(facts('# Plan\n\nOwner: Head of Commercial Services. Start: January 2026; alerts from April.\n').owner?.value, 'Head of Commercial Services');
    assert.equal(facts(plan({ 'Wie hebben we nodig': 'Team Inkomen (eigenaar: Yvonne Claassen, teamleider), functioneel beheer en de cliëntenraad.' })).owner?.value, 'Yvonne Claassen, teamleider');
  });
  it('reads a role without a name', () => {
    assert.equal(facts(plan({ Wie: 'Eigenaar is het hoofd Publiekszaken van gemeente Molenwaard.' })).owner!.value, 'Hoofd Publiekszaken, gemeente Molenwaard');
  });
  it('finds the owner when it is not on the first line, and prefers the accountable one over the trekker', () => {
    const owner = facts(plan({ Wie: 'Trekker is Joris de Wit, productowner.\n\nHet idee komt uit de staatsprint. Eindverantwoordelijk is Ruud Verbeek, directeur Bedrijfsvoering.' })).owner!;
    assert.equal(owner.value, 'Ruud Verbeek, directeur Bedrijfsvoering');
  });
  it('names nobody for "iedereen", "het team" or "nog niet bekend"', () => {
    for (const answer of ['Iedereen.', 'Het team.', 'Eigenaar: nog niet bekend']) assert.equal(facts(plan({ Wie: answer })).owner, null, answer);
  });
  it('reads owners from tables: an HTML key beside a name, a column naming one party; not a row that describes a part (stop 28)', () => {
    const html = '# PvA\n\n<table>\n  <tr>\n    <th>Naam</th>\n    <td>Floris Kappen</td>\n  </tr>\n  <tr>\n    <th>Jaar</th>\n    <td>2022</td>\n  </tr>\n</table>\n\n## Doel\n\nEen model dat muziekgenres herkent.\n';
    assert.equal(facts(html).owner!.value, 'Floris Kappen');
    const column = (rows: string) => plan({ Doel: 'De keuken haalt de HACCP-keuring.', Acties: `| Actie | Verantwoordelijke | Deadline |\n|---|---|---|\n${rows}` });
    assert.equal(facts(column('| Leveranciers controleren | Dennis | januari 2027 |\n| Koelcel meten | Dennis | maart 2027 |\n')).owner!.value, 'Dennis, verantwoordelijke');
    assert.equal(facts(column('| Leveranciers controleren | Dennis | januari 2027 |\n| Koelcel meten | Sanne | maart 2027 |\n')).owner, null);
    const roles = plan({ Doel: 'Een planner voor gamers.', Rollen: '| Rol | Functie | Frequentie | Activiteit |\n|---|---|---|---|\n| **Student** | Ontwikkelaar | Dagelijks | Git commits & Documentatie updates |\n' });
    assert.equal(facts(roles).owner, null);
  });
  it('reads each table of an HTML block apart (stop 29)', () => {
    // Read as one table, the second table's header row ("Owner | Due") was a body row of the first.
    const two = '# Charter\n\n<table>\n<tr><th>Sponsor</th><td>Mila Roos</td></tr>\n</table>\n<table>\n<tr><th>Owner</th><th>Due</th></tr>\n<tr><td>Design</td><td>May 2027</td></tr>\n</table>\n\n## Goal\n\nOne timesheet system.\n';
    assert.equal(facts(two).owner!.value, 'Mila Roos, sponsor');
    const tables = tablesInHtml(lint(two).plan.nodes.html, two);
    assert.deepEqual(tables.map((table) => [table.children.length, table.position!.start.line]), [[1, 3], [2, 6]]);
  });
  it('reads a team from lines that open with names, and no owner from a label that opens a section about something else (stop 28)', () => {
    const team = plan({ Goal: 'A payment plugin for small shops.', Team: '- **Gabriel Díaz:** Tech Lead / Fullstack Developer. Next.js and TypeScript.\n- **Marco Ungaro:** Product Lead & Business Operations.\n' });
    assert.equal(facts(team).owner!.value, 'Gabriel Díaz, Marco Ungaro');
    const interests = plan({ Doel: 'Minder incassokosten.', 'Belangen van de organisaties': '### Belastingdienst\n\n**Huidige Situatie:**\n- Toeslagen: 180.000 open vorderingen\n' });
    assert.equal(facts(interests).owner, null);
    // After review: a role labelling a person is no name; "Ik" down a Wie column names nobody; a header of <th> cells names columns.
    const roles = plan({ Goal: 'A shared agenda for the team.', Who: 'Product Owner: Jan Jansen\nScrum Master: Piet de Vries\n' });
    assert.notEqual(facts(roles).owner?.value, 'Product Owner, Scrum Master');
    assert.equal(facts(plan({ Doel: 'Een app voor mijn budget.', Planning: '| Taak | Wie |\n|---|---|\n| Onderzoek | Ik |\n| Bouwen | Ik |\n' })).owner, null);
    const header = '# Charter\n\n<table>\n<tr><th>Owner</th><th>Due Date</th><th>Status</th></tr>\n<tr><td>Design</td><td>May 2027</td><td>Open</td></tr>\n</table>\n\n## Goal\n\nOne timesheet system.\n';
    assert.doesNotMatch(facts(header).owner?.value ?? '', /Due Date/);
    // After a slash a name goes on ("Trustees/Working Group"); "Working Group" is no person.
    assert.equal(facts(plan({ Aim: 'Ask the village what the hall should offer.' }, '- **Responsible:** Trustees/Working Group\n\n')).owner!.value, 'Trustees/Working Group, responsible');
  });
  it('reads the lead party of a consortium, and who leads or runs the work when no one else is named (stop 29)', () => {
    const goal = { Goal: 'Sensors in street lights report faults.' };
    assert.equal(facts(plan(goal, '**Penvoerder:** Gemeente Utrecht\n\n')).owner!.value, 'Gemeente Utrecht');
    assert.equal(facts(plan(goal, 'Lead organisation: Kadaster\n\n')).owner!.value, 'Kadaster');
    // A named project manager keeps the claim of the person who runs it; the lead organisation alone is the owner.
    assert.equal(facts(plan(goal, 'Programme manager: Anil Mehta\nLead organisation: Borough of Eastfield\n\n')).owner!.value, 'Anil Mehta, programme manager');
    assert.equal(facts(plan({ Aanpak: 'De pilot wordt uitgevoerd met CAK als lead organisatie.' })).owner!.value, 'CAK');
    assert.equal(facts(plan({ Wie: 'De gemeente Tilburg is penvoerder van dit project.' })).owner!.value, 'Gemeente Tilburg');
    assert.equal(facts(plan({ About: 'CIELUM is developed and maintained by Dronfies Labs SAS.' })).owner?.value, 'Dronfies Labs');
    assert.equal(facts(plan({ Approach: 'The project is led by Bristol City Council, with partners from the university.' })).owner!.value, 'Bristol City Council');
    assert.equal(facts(plan({ Aanpak: 'Het project wordt getrokken door de provincie Utrecht.' })).owner!.value, 'Provincie Utrecht');
    const team = plan({ Team: 'The project team will be Pey Lian Lim (@pllim, STScI), Matt Craig (@mwcraig, MSUM), and Jennie Berghuis (@jplolo, Gemini North).' });
    assert.equal(facts(team).owner!.value, 'Pey Lian Lim, Matt Craig, Jennie Berghuis');
    // "Led by" gives way to an owner named anywhere else.
    assert.equal(facts(plan({ Owner: 'Eigenaar: Sanne Bakker', Approach: 'The work is led by Bristol City Council.' })).owner!.value, 'Sanne Bakker, eigenaar');
  });
  it('reads the writer of a memo who takes the ownership', () => {
    const memo = 'Beste Gerrit,\n\nIk wil zelf eindverantwoordelijk zijn voor de proef.\n\nMet vriendelijke groet,\n\nAnnemiek de Boer\nHoofd afdeling Watersysteem\nWaterschap Lage Venen\n';
    assert.equal(facts(memo).owner!.value, 'Annemiek de Boer, Hoofd afdeling Watersysteem, Waterschap Lage Venen');
  });
});

describe('facts: start and end', () => {
  it('ends at the last month of a list, not at the start', () => {
    const dates = facts(plan({ Wanneer: '- Start: 1 maart 2027\n- Test met inwoners: mei 2027\n- Livegang: 1 juli 2027\n- Evaluatie: december 2027' }));
    assert.deepEqual([dates.start?.value, dates.start?.precision, dates.end?.value, dates.end?.precision], ['2027-03-01', 'day', '2027-12-31', 'month']);
    assert.equal(dates.milestones.length, 4);
  });
  it('finds a start where the only dates stand in the approach', () => {
    const dates = facts(plan({ Aanpak: 'We beginnen in januari 2027 met interviews en ronden de proef af in juni 2027.' }));
    assert.deepEqual([dates.start?.value, dates.end?.value], ['2027-01-01', '2027-06-30']);
  });
  it('resolves a duration to an end when the start is known', () => {
    const dates = facts(plan({ Wanneer: 'De looptijd is 18 maanden vanaf januari 2026.' }));
    assert.deepEqual([dates.start?.value, dates.end?.value], ['2026-01-01', '2027-06-30']);
  });
  it('does not take the document\'s own date or a date in the problem description', () => {
    const markdown = `---\ndatum: 2026-02-09\n---\n\n# Plan\n\nDatum: 3 juni 2026\n\n## Aanleiding\n\nSinds 1 januari 2024 stijgen de klachten.\n\n## Wanneer\n\nDe proef loopt in Q2 2027.\n`;
    const dates = facts(markdown);
    assert.deepEqual([dates.start?.value, dates.end?.value, dates.start?.precision], ['2027-04-01', '2027-06-30', 'quarter']);
  });
  it('takes an explicit Einde over a later report date, and frontmatter first', () => {
    const table = '| Onderdeel | Invulling |\n| --- | --- |\n| Start | 1 maart 2027 |\n| Einde | 31 augustus 2027 |\n';
    assert.equal(facts(plan({ Afspraken: table, Planning: 'Eindrapportage in september 2027.' })).end?.value, '2027-08-31');
    assert.deepEqual(Object.values(facts(`---\nstart: 2027-04-01\neinde: 2027-12-31\n---\n\n# Plan\n`)).slice(1, 3).map((fact) => (fact as { value: string }).value), ['2027-04-01', '2027-12-31']);
  });
  it('gives no end for the one date a plan starts from', () => {
    const dates = facts(plan({ Wanneer: 'From January 2026 the nursing service offers a check in every reception class.' }));
    assert.deepEqual([dates.start?.value, dates.end], ['2026-01-01', null]);
    const memo = facts(plan({ Planning: 'The municipality aims to start in two neighbourhoods in April 2026 and go municipality-wide later.' }));
    assert.deepEqual([memo.start?.value, memo.end], ['2026-04-01', null]);
    // Not past "and", and not "Startups".
    assert.equal(facts(plan({ Wanneer: 'We start now and deliver in June 2026.' })).end?.value, '2026-06-30');
    assert.equal(facts(plan({ Wanneer: 'Startups in Eindhoven krijgen in maart 2026 een werkende app.' })).end?.value, '2026-03-31');
  });
  it('gives a deadline as the end and no start', () => {
    const dates = facts(plan({ Tijdpad: 'De catalogus moet op 1 oktober 2027 online staan.' }));
    assert.deepEqual([dates.start, dates.end?.value], [null, '2027-10-01']);
  });
});

describe('facts: stop 19 owner and date rules', () => {
  for (const [text, start, end] of [
    ['Start Date: Sun, Nov 16 2025', '2025-11-16', '2025-11-16'],
    ['Project kickoff | June, 2025', '2025-06-01', '2025-06-30'],
    ['In de tweede helft van 2021 starten de pilots.', '2021-07-01', '2021-12-31'],
    ['H1 2027', '2027-01-01', '2027-06-30'],
  ] as const) {
    it(`reads ${text}`, () => assert.deepEqual(findDates(text).map((mention) => [mention.span.start, mention.span.end]), [[start, end]]));
  }
  it('does not read a deadline with an ordinal and no comma ("June 1st 2025") as a day', () => assert.deepEqual(findDates('Next deadline: June 1st 2025').filter((mention) => !mention.bare), []));

  it('gives no owner for a sentence fragment', () => {
    for (const body of ['Major task breakdown and who is responsible for each task', 'These are the developers, they are responsible for the delivery.', 'This document is the application on behalf of the project.']) {
      assert.equal(facts(plan({ Wie: body })).owner, null, body);
    }
  });
  it('reads a byline under the title, a person listed with a lead role and a role label with a first name', () => {
    assert.equal(facts('# Projectvoorstel\n\nJonah Meijers - 500751227\n23 januari 2023\n\n## Doel\n\nEen app.\n').owner?.value, 'Jonah Meijers');
    assert.equal(facts('# Plan\n\n## Team\n\n* **Max Ghenis (PI) - Project Director**:\n  * Role: direction\n').owner?.value, 'Max Ghenis, PI, Project Director');
    assert.equal(facts('# Charter\n\n## Governance\n\n- Executive Sponsor: [Name]\n- Program Manager: Sunil\n').owner?.value, 'Sunil, program manager');
  });
  it('takes no section number, student number, table header or duty as the owner (stop 23)', () => {
    // A section under the team heading, a table of roles and costs, a duty after "Accountability:".
    assert.equal(facts(plan({ 'Team and Constraints': '#### 2.1 Team Profile\n\n***Josh***\n\nAlgorithms and testing.' })).owner, null);
    assert.equal(facts(plan({ 'Team Composition & Costs': '| Role | FTE | Annual Salary | 18-Month Cost | Notes |\n|---|---|---|---|---|\n| Senior developer | 1.0 | $120,000 | $180,000 | relay work |' })).owner, null);
    assert.equal(facts(plan({ Team: 'Accountability: Verantwoordelijkheid voor AI-output' })).owner, null);
    // One name in a column of cells is still read.
    assert.match(facts(plan({ Planning: '| Taak | Verantwoordelijke |\n|---|---|\n| API bouwen | Senne Visser |\n| Testen | Senne Visser |' })).owner?.value ?? '', /^Senne Visser\b/);
  });
  it('reads a party named after "is" or "I\'m", and a bare name under the tail of a question heading (stop 26)', () => {
    assert.equal(facts(plan({ Opdrachtgever: 'De opdrachtgever van dit project is Ordina. Het team bouwt een dashboard.' })).owner?.value, 'Ordina');
    assert.equal(facts(plan({ Wie: "I'm Rüzgar, I have worked on open tools for nine years." })).owner?.value, 'Rüzgar');
    assert.equal(facts('# Intake\n\n## 14 Wie is de PO (product owner) van dit initiatief? (en dus contactpersoon)\n\nRuben van der Linde\n').owner?.value, 'Ruben van der Linde');
    // Words that say nobody is named yet, a first person, and names on labelled lines or after another question.
    for (const text of ['The owner is TBA.', 'The owner is Unknown.', 'The sponsor is Pending.', 'Owner is Me.', 'I am a developer from Utrecht.']) {
      assert.equal(facts(plan({ Who: text })).owner, null, text);
    }
    assert.equal(facts(plan({ Wie: 'Nog niemand, wie meldt zich?\nVoorbeeld: gemeente Utrecht heeft dit al gedaan met Acme BV.' })).owner, null);
  });
  it('reads a role with its holder in brackets (stop 20)', () => {
    const text = '# Transformatieplan\n\nProjectmedewerker (Wouter De Witte) werkte de use-case uit.\n\n## Doel\n\nDe databank als linked open data.\n';
    assert.equal(facts(text).owner?.value, 'Wouter De Witte, Projectmedewerker');
  });
});
