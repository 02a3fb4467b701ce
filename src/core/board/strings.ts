/** UI words in the editor's display language (plan text keeps its own language). */
import type { Status, ViewId } from './types';

const NL = {
  views: { cards: 'Vragen', hkw: 'HKW-bord', vehicle: 'Build Your Vehicle', crystal: 'Crystal Ball', pitch: 'Pitch-storyboard' } as Record<ViewId, string>,
  status: { answered: 'beantwoord', weak: 'zwak', missing: 'ontbreekt' } as Record<Status, string>,
  weakness: {
    empty: 'Er staat nog niets.', placeholder: 'Er staat een invulplek in plaats van een antwoord.', vague: 'Het antwoord is te vaag.',
    'too-short': 'Het antwoord is te kort.', 'no-name': 'Noem een naam of rol.', 'no-date': 'Noem een datum of doorlooptijd.',
    'no-amount': 'Noem een bedrag, of schrijf dat het geen geld kost.', 'no-question': 'Schrijf het als vraag.',
  } as Record<string, string>,
  board: 'Plancanvas', views_label: 'Weergave', show: 'Toon in tekst', edit: 'Bewerken', add: 'Antwoord toevoegen',
  save: 'Opslaan', cancel: 'Annuleren', answerFor: (q: string) => `Antwoord op ${q}`, noAnswer: 'Nog geen antwoord.',
  readOnly: 'Alleen lezen: dit document komt niet uit een bewerkbare bron.',
  stale: 'De tekst is intussen veranderd; er is niets overschreven. Je concept staat er nog.',
  changedMeanwhile: 'Dit antwoord is in de tekst veranderd sinds je begon.', failed: 'Dat lukte niet.',
  vote: (t: string) => `Stem op: ${t}`, unvote: (t: string) => `Stem weghalen bij: ${t}`, votes: (n: number) => `${n} ${n === 1 ? 'stem' : 'stemmen'}`,
  totalVotes: (n: number) => `${n} stemmen uitgebracht`, noNotes: 'Nog geen Hoe kunnen we-vragen of stemmen in dit plan. Zet elke vraag op een lijstregel.',
  noCluster: 'Zonder cluster', now: 'Nu', fiveYears: 'Over 5 jaar', noDates: 'Nog geen gedateerde mijlpalen. Zet ze in een tabel of lijst onder Tijdlijn of Planning.',
  before: 'vóór nu', after: 'na 5 jaar', frame: (n: number) => `Scène ${n}`, part: 'Onderdeel', zoomIn: 'Inzoomen', zoomOut: 'Uitzoomen', zoomReset: 'Zoom 100%',
  exportSvg: 'Exporteer SVG', exportPng: 'Exporteer PNG', exported: 'Geëxporteerd.', car: 'Auto met de zes onderdelen van het vraagstuk',
};
type Strings = typeof NL;

const EN: Strings = {
  views: { cards: 'Questions', hkw: 'HMW board', vehicle: 'Build Your Vehicle', crystal: 'Crystal Ball', pitch: 'Pitch storyboard' },
  status: { answered: 'answered', weak: 'weak', missing: 'missing' },
  weakness: {
    empty: 'Nothing written yet.', placeholder: 'A placeholder stands where the answer should be.', vague: 'The answer is too vague.',
    'too-short': 'The answer is too short.', 'no-name': 'Name a person or role.', 'no-date': 'Give a date or a duration.',
    'no-amount': 'Give an amount, or say that it costs no money.', 'no-question': 'Phrase it as a question.',
  },
  board: 'Plan canvas', views_label: 'View', show: 'Show in text', edit: 'Edit', add: 'Add answer',
  save: 'Save', cancel: 'Cancel', answerFor: (q) => `Answer to ${q}`, noAnswer: 'No answer yet.',
  readOnly: 'Read-only: this document does not come from an editable source.',
  stale: 'The text changed meanwhile; nothing was overwritten. Your draft is kept.',
  changedMeanwhile: 'This answer changed in the text since you started.', failed: 'That did not work.',
  vote: (t) => `Vote for: ${t}`, unvote: (t) => `Remove a vote from: ${t}`, votes: (n) => `${n} ${n === 1 ? 'vote' : 'votes'}`,
  totalVotes: (n) => `${n} votes cast`, noNotes: 'No How might we questions or votes in this plan yet. Put each question on a list line.',
  noCluster: 'Unclustered', now: 'Now', fiveYears: 'In 5 years', noDates: 'No dated milestones yet. Put them in a table or list under Timeline or Planning.',
  before: 'before now', after: 'after 5 years', frame: (n) => `Scene ${n}`, part: 'Part', zoomIn: 'Zoom in', zoomOut: 'Zoom out', zoomReset: 'Zoom 100%',
  exportSvg: 'Export SVG', exportPng: 'Export PNG', exported: 'Exported.', car: 'A car with the six parts of the problem',
};

export type { Strings };
export function stringsFor(language: 'nl' | 'en'): Strings {
  return language === 'nl' ? NL : EN;
}
