/** The webview's UI words, translated here with vscode.l10n (l10n/bundle.l10n.nl.json) and sent with every update. */
import * as vscode from 'vscode';
import type { PortfolioStrings } from '../../shared/portfolio/protocol.js';

export function portfolioStrings(): PortfolioStrings {
  return {
    heading: vscode.l10n.t('Plan portfolio'),
    count: vscode.l10n.t('{0} of {1} plans'),
    scanning: vscode.l10n.t('Reading plans: {0} of {1} files'),
    filter: vscode.l10n.t('Filter plans'),
    kind: vscode.l10n.t('Kind'),
    allKinds: vscode.l10n.t('All kinds'),
    plans: vscode.l10n.t('Plans'),
    plan: vscode.l10n.t('Plan'),
    owner: vscode.l10n.t('Owner'),
    start: vscode.l10n.t('Start'),
    end: vscode.l10n.t('End'),
    cost: vscode.l10n.t('Cost'),
    noPlans: vscode.l10n.t('No plans match.'),
    answered: vscode.l10n.t('answered'),
    weak: vscode.l10n.t('weak'),
    missing: vscode.l10n.t('missing'),
    sortBy: vscode.l10n.t('Sort by {0}'),
    openPlan: vscode.l10n.t('Open {0}'),
    timeline: vscode.l10n.t('Timeline'),
    noDates: vscode.l10n.t('No plan gives a start or end date yet.'),
    costPerOwner: vscode.l10n.t('Cost per owner'),
    noOwner: vscode.l10n.t('(no owner named)'),
    withoutCost: vscode.l10n.t('{0} without an amount'),
    total: vscode.l10n.t('Total'),
    overlaps: vscode.l10n.t('Overlapping initiatives'),
    overlapsIntro: vscode.l10n.t('Pairs of plans that describe the same problem, idea or target group (score from {0}). If they build the same thing, they can join forces; if they only share a target group, organisation or data, they can agree who does what.'),
    noOverlaps: vscode.l10n.t('No plans that describe the same initiative.'),
    score: vscode.l10n.t('score {0}'),
    sharedTerms: vscode.l10n.t('Shared terms'),
    line: vscode.l10n.t('line {0}'),
    openBoth: vscode.l10n.t('Open side by side'),
    markDistinct: vscode.l10n.t('Two initiatives, not one'),
    distinctPairs: vscode.l10n.t('Judged two initiatives by your team ({0})'),
    unmarkDistinct: vscode.l10n.t('Report again'),
  };
}
