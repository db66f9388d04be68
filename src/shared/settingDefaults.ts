/**
 * Each setting's default, by its key under `growthLog.`: what the extension falls back to
 * when a value does not fit, and what the command line assumes without a flag. package.json
 * and the README state them too; test/unit/manifest.test.ts keeps both equal to these.
 */
export const SETTING_DEFAULTS = Object.freeze({
  logFile: '.vscode/growth-log.json',
  weekStartsOn: 'monday',
  track: 'management',
  weeklyTargets: Object.freeze({}),
  kinds: Object.freeze([]),
  'statusBar.enabled': true,
  'export.includePrivateSections': false,
  keepOutOfGit: true,
  // Opt-in: a notification nobody asked for is noise.
  'reminder.enabled': false,
  'reminder.day': 'friday',
  'reminder.time': '16:00',
  gitTrailers: Object.freeze({}),
  // No cycle until the user names their company's: the calendar's periods still apply.
  reviewCycle: null,
  // The kinds whose effect shows only weeks later, asked about two weeks on.
  'followUp.kinds': Object.freeze(['delegation', 'decision']),
  'followUp.days': 14,
  // No file: the built-in review forms only.
  reviewForms: '',
  ladder: '',
  level: '',
  targetLevel: '',
} as const);

/** The highest weekly target a kind may have (`growthLog.weeklyTargets`). */
export const MAX_WEEKLY_TARGET = 50;

/** The longest wait before a follow-up (`growthLog.followUp.days`): a year. */
export const MAX_FOLLOW_UP_DAYS = 365;

/** The longest label a kind of the user's own may have (`growthLog.kinds`), so it fits a sidebar row. */
export const MAX_KIND_LABEL_LENGTH = 40;
