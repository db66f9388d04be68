import * as l10n from '@vscode/l10n';
import { GAP_WINDOW_WEEKS } from '../core/insights/competencyGaps';
import { MIN_RATED_FOR_A_VERDICT } from '../core/insights/energy';
import type { WebviewStrings } from '../protocol';
import { ENERGY_WINDOW_WEEKS } from './sidebarPeriods';

/**
 * Every text the sidebar shows that is not the user's own, worded and translated here and
 * sent with each snapshot; the view only fills in `{0}`, `{1}`. A title that states how far
 * back its section looks is filled in here, from the constant that sets it. Written against
 * @vscode/l10n because the snapshot is also built in plain Node (the benchmark, the unit
 * tests), where it speaks English; in the extension's bundle that import is VS Code's own
 * `vscode.l10n` (see esbuild.config.mjs).
 */
export function webviewStrings(): WebviewStrings {
  return {
    personalLog: l10n.t('Personal log (no folder open)'),
    chooseWeek: l10n.t('Choose the week'),
    previousWeek: l10n.t('Previous week'),
    nextWeek: l10n.t('Next week'),
    thisWeek: l10n.t('This week'),
    streak: l10n.t('{0}-week streak'),
    problemIntro: l10n.t('Growth Log will not write to this log until the problem below is resolved.'),
    openLogFile: l10n.t('Open Log File'),
    emptyTitle: l10n.t('Start your growth log'),
    emptyText: l10n.t(
      'Leadership work leaves no trace in git: log the hour you spent unblocking someone, the review that set a standard, the task you handed off. A sentence is enough, and before your review you can export it all as a brag document.',
    ),
    logFirstMoment: l10n.t('Log your first moment'),
    targetsOne: l10n.t('1 moment · targets'),
    targetsMany: l10n.t('{0} moments · targets'),
    targetProgress: l10n.t('{0}: {1} of {2} this week'),
    moments: l10n.t('Moments'),
    nothingThisWeek: l10n.t('Nothing logged this week yet.'),
    nothingThatWeek: l10n.t('Nothing was logged that week.'),
    starred: l10n.t('Starred'),
    editMoment: l10n.t('Edit: {0}'),
    deleteMoment: l10n.t('Delete: {0}'),
    withPeople: l10n.t('with {0}'),
    initiative: l10n.t('Initiative: {0}'),
    impact: l10n.t('Impact: {0}'),
    openCode: l10n.t('Open {0}'),
    gaps: l10n.t('Gaps'),
    noGaps: l10n.t('Every competency has evidence from the last {0} weeks.', GAP_WINDOW_WEEKS),
    gapsTitle: l10n.t('Gaps in the last {0} weeks', GAP_WINDOW_WEEKS),
    moreGapsOne: l10n.t('1 more competency without evidence'),
    moreGapsMany: l10n.t('{0} more competencies without evidence'),
    energy: l10n.t('Energy'),
    energyUnrated: l10n.t(
      'Say how a moment felt when you log it, and this shows which kinds of work give you energy and which drain it.',
    ),
    energyTitle: l10n.t('Energy in the last {0} weeks', ENERGY_WINDOW_WEEKS),
    energises: l10n.t('Energises you: {0}'),
    drains: l10n.t('Drains you: {0}'),
    energyFromOne: l10n.t('From 1 moment you rated. Private: never in the brag document.'),
    energyFromMany: l10n.t('From {0} moments you rated. Private: never in the brag document.'),
    energyBasedOnMany: l10n.t('{0} (based on {1} moments)'),
    energyTooFew: l10n.t(
      'Not enough to tell yet: a kind of work needs {0} rated moments before this says whether it energises or drains you.',
      MIN_RATED_FOR_A_VERDICT,
    ),
    momentDetails: l10n.t('{0}: show details'),
    openLink: l10n.t('Open {0} in the browser'),
    people: l10n.t('People'),
    nobodyThisWeek: l10n.t('No one named in a moment this week.'),
    nobodyThatWeek: l10n.t('No one was named in a moment that week.'),
    personMomentsOne: l10n.t('1 moment'),
    personMomentsMany: l10n.t('{0} moments'),
    mergePeople: l10n.t('Merge People…'),
    mergePerson: l10n.t('Merge {0} with another name…'),
    logAndExport: l10n.t('Log and export'),
    logMentoring: l10n.t('Log mentoring'),
    logCodeReview: l10n.t('Log code review'),
    logDelegation: l10n.t('Log delegation'),
    logOther: l10n.t('Log another kind…'),
    exportBragDocument: l10n.t('Export brag document'),
    trendTitle: l10n.t('Last {0} weeks'),
    trendCaption: l10n.t('Moments per week for the last {0} weeks, by kind'),
    weekOf: l10n.t('Week of'),
    total: l10n.t('Total'),
    followUpsTitle: l10n.t('Did it hold up?'),
    followUpsIntro: l10n.t(
      'Weeks on, what came of these? Your answer becomes the outcome your brag document leads with.',
    ),
    followUpsMore: l10n.t('{0} more after these'),
    answerFollowUp: l10n.t('Answer'),
    answerFollowUpLabel: l10n.t('Answer: did “{0}” hold up?'),
    dismissFollowUp: l10n.t('Dismiss'),
    dismissFollowUpLabel: l10n.t('Dismiss: stop asking about “{0}”'),
  };
}
