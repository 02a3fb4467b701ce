/**
 * Roles that name who owns or carries a plan's work when a person's name stands beside them
 * ("projectleider Eva de Vries", "Jan Bakker (penvoerder)", "Principal investigator: Dr. Amara Okafor").
 * Listed in stop 22 from common Dutch and English templates by a session that never read the corpora;
 * roles that name a kind of party rather than one who carries the work (client, supplier, student,
 * partner) are left out.
 */
const ROLES = {
  nl: ['projectleider', 'projectmanager', 'projectcoördinator', 'coördinator', 'programmamanager', 'programmaleider', 'penvoerder', 'aanvrager',
    'hoofdaanvrager', 'medeaanvrager', 'indiener', 'initiatiefnemer', 'opdrachtgever', 'opdrachtnemer', 'projecteigenaar', 'producteigenaar',
    'proceseigenaar', 'probleemeigenaar', 'eindverantwoordelijke', 'contactpersoon', 'trekker', 'kartrekker', 'aanjager', 'kwartiermaker',
    'teamleider', 'projectmedewerker', 'projectsecretaris', 'uitvoerder', 'onderzoeker', 'hoofdonderzoeker', 'afstudeerder', 'stagiair',
    'begeleider', 'adviseur', 'innovatieadviseur', 'informatiemanager', 'ontwikkelaar', 'ontwerper', 'analist', 'budgethouder', 'portefeuillehouder',
    'afdelingshoofd', 'scrummaster'],
  en: ['project lead', 'project leader', 'project manager', 'programme manager', 'program manager', 'project coordinator', 'coordinator',
    'project owner', 'product owner', 'process owner', 'problem owner', 'principal investigator', 'co-investigator', 'lead applicant',
    'main applicant', 'co-applicant', 'grantee', 'point of contact', 'contact person', 'maintainer', 'lead maintainer', 'lead developer',
    'developer', 'engineer', 'tech lead', 'technical lead', 'team lead', 'researcher', 'lead researcher', 'project sponsor', 'executive sponsor',
    'consultant', 'analyst', 'designer', 'intern', 'trainee', 'founder', 'co-founder', 'scrum master', 'consortium lead', 'assignee'],
};

/**
 * One alternation of every role, longest first so that "project lead" wins over "lead", each word with a
 * small or capital first letter ("Projectleider", "Principal Investigator"): the names beside them must
 * keep their capitals, so the pattern cannot ignore case.
 */
export const ROLE_WORDS = [...ROLES.nl, ...ROLES.en]
  .sort((a, b) => b.length - a.length)
  .map((role) => role.split(/[-\s]/).map((word) => `[${word[0]}${word[0].toUpperCase()}]${word.slice(1)}`).join('[-\\s]?'))
  .join('|');
