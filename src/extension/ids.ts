/**
 * Every command and view id in one place. package.json must agree with this table; a
 * unit test checks that it does, both ways.
 */
export const COMMANDS = {
  logMentoring: 'growthLog.logMentoring',
  logCodeReview: 'growthLog.logCodeReview',
  logDelegation: 'growthLog.logDelegation',
  logMoment: 'growthLog.logMoment',
  logCodeReviewHere: 'growthLog.logCodeReviewHere',
  suggestFromGit: 'growthLog.suggestFromGit',
  suggestFromReviewHistory: 'growthLog.suggestFromReviewHistory',
  editMoment: 'growthLog.editMoment',
  deleteMoment: 'growthLog.deleteMoment',
  undo: 'growthLog.undo',
  exportBragDocument: 'growthLog.exportBragDocument',
  exportHtml: 'growthLog.exportHtml',
  openLogFile: 'growthLog.openLogFile',
  showWeeklySummary: 'growthLog.showWeeklySummary',
  showPreviousWeek: 'growthLog.showPreviousWeek',
  showNextWeek: 'growthLog.showNextWeek',
  showThisWeek: 'growthLog.showThisWeek',
  openMomentCode: 'growthLog.openMomentCode',
  chooseTrack: 'growthLog.chooseTrack',
  mergePeople: 'growthLog.mergePeople',
  importLog: 'growthLog.importLog',
  openWalkthrough: 'growthLog.openWalkthrough',
  chooseLogLocation: 'growthLog.chooseLogLocation',
  restoreBackup: 'growthLog.restoreBackup',
  answerFollowUp: 'growthLog.answerFollowUp',
  dismissFollowUp: 'growthLog.dismissFollowUp',
  checkIn: 'growthLog.checkIn',
  draftSelfReview: 'growthLog.draftSelfReview',
  copyAnswer: 'growthLog.copyAnswer',
  openCitedMoment: 'growthLog.openCitedMoment',
  showReadiness: 'growthLog.showReadiness',
  draftWithLanguageModel: 'growthLog.draftWithLanguageModel',
} as const;

export type CommandId = (typeof COMMANDS)[keyof typeof COMMANDS];

export const VIEWS = {
  container: 'growthLog',
  thisWeek: 'growthLog.thisWeek',
} as const;

export const SETTINGS_SECTION = 'growthLog';

/** Context keys the walkthrough's steps complete on (`onContext:` events). */
export const CONTEXT_KEYS = {
  hasMoments: 'growthLog.hasMoments',
  hasExported: 'growthLog.hasExported',
  /** The active editor holds a self-review draft: its title bar offers Draft with a Language Model…. */
  selfReviewDraftActive: 'growthLog.selfReviewDraftActive',
} as const;

/** The walkthrough, as `workbench.action.openWalkthrough` names it: `publisher.name#id`. */
export const WALKTHROUGH_ID = 'growth-log.growth-log#gettingStarted';
