import * as vscode from 'vscode';
import * as z from 'zod/mini';
import type { ReminderSchedule } from '../core/time/reminder';
import { resolveTargets, type WeeklyTargets } from '../core/insights/targets';
import { parseReviewCycle, type ReviewCycle } from '../core/insights/reviewCycle';
import { type FollowUpRule, parseFollowUpRule } from '../core/insights/followUps';
import { REMINDER_DAYS, TRACK_IDS, type TrackId, WEEK_START_DAYS, type WeekStartDay } from '../shared/enums';
import { KIND_ID_PATTERN, NON_BLANK_PATTERN, REMINDER_TIME_PATTERN } from '../shared/patterns';
import { MAX_WEEKLY_TARGET, SETTING_DEFAULTS } from '../shared/settingDefaults';
import { SETTINGS_SECTION } from './ids';
import type { Output } from './ui/output';

/**
 * The user's settings, validated. A value that does not fit (a hand-edited settings.json
 * can hold anything; the Settings UI already flags it through package.json's schema)
 * falls back to its default rather than breaking the extension.
 */

const targetSchema = z.int().check(z.minimum(0), z.maximum(MAX_WEEKLY_TARGET));

const settingsSchema = z.object({
  logFile: z.catch(z.string().check(z.regex(NON_BLANK_PATTERN)), SETTING_DEFAULTS.logFile),
  weekStartsOn: z.catch(z.enum(WEEK_START_DAYS), SETTING_DEFAULTS.weekStartsOn),
  track: z.catch(z.enum(TRACK_IDS), SETTING_DEFAULTS.track),
  weeklyTargets: z.catch(z.record(z.string(), z.unknown()), SETTING_DEFAULTS.weeklyTargets),
  statusBarEnabled: z.catch(z.boolean(), SETTING_DEFAULTS['statusBar.enabled']),
  includePrivateSections: z.catch(z.boolean(), SETTING_DEFAULTS['export.includePrivateSections']),
  keepOutOfGit: z.catch(z.boolean(), SETTING_DEFAULTS.keepOutOfGit),
  reminder: z.object({
    enabled: z.catch(z.boolean(), SETTING_DEFAULTS['reminder.enabled']),
    day: z.catch(z.enum(REMINDER_DAYS), SETTING_DEFAULTS['reminder.day']),
    time: z.catch(z.string().check(z.regex(REMINDER_TIME_PATTERN)), SETTING_DEFAULTS['reminder.time']),
  }),
});

export interface GrowthLogSettings {
  readonly logFile: string;
  readonly weekStartsOn: WeekStartDay;
  readonly track: TrackId;
  /** The track's default targets with the user's valid overrides applied. */
  readonly weeklyTargets: WeeklyTargets;
  readonly statusBarEnabled: boolean;
  readonly includePrivateSections: boolean;
  readonly keepOutOfGit: boolean;
  readonly reminder: ReminderSchedule & { readonly enabled: boolean };
  /** Which moments logged by hand are asked about later, and when. */
  readonly followUp: FollowUpRule;
}

export function readSettings(scope?: vscode.ConfigurationScope): GrowthLogSettings {
  const config = vscode.workspace.getConfiguration(SETTINGS_SECTION, scope);
  const raw = settingsSchema.parse({
    logFile: config.get('logFile'),
    weekStartsOn: config.get('weekStartsOn'),
    track: config.get('track'),
    weeklyTargets: config.get('weeklyTargets'),
    statusBarEnabled: config.get('statusBar.enabled'),
    includePrivateSections: config.get('export.includePrivateSections'),
    keepOutOfGit: config.get('keepOutOfGit'),
    reminder: {
      enabled: config.get('reminder.enabled'),
      day: config.get('reminder.day'),
      time: config.get('reminder.time'),
    },
  });
  return {
    ...raw,
    weeklyTargets: resolveTargets(raw.track, validTargets(raw.weeklyTargets)),
    followUp: parseFollowUpRule(config.get('followUp.kinds'), config.get('followUp.days')),
  };
}

/** Keeps each well-formed `kind: number` entry; a bad one falls back to the default alone. */
function validTargets(entries: Record<string, unknown>): WeeklyTargets {
  const valid: [string, number][] = [];
  for (const [kind, value] of Object.entries(entries)) {
    const target = targetSchema.safeParse(value);
    if (KIND_ID_PATTERN.test(kind) && target.success) valid.push([kind, target.data]);
  }
  // Entries defined as they are: assigning a key such as `__proto__` would not make an entry.
  return Object.fromEntries(valid);
}

/**
 * The company's review cycle (`growthLog.reviewCycle`), or none. A value that does not fit
 * is left out and named, in one line in the output channel: the periods of the calendar
 * still work without it.
 */
export function readReviewCycle(scope: vscode.ConfigurationScope | undefined, output: Output): ReviewCycle | undefined {
  const { cycle, problem } = parseReviewCycle(
    vscode.workspace.getConfiguration(SETTINGS_SECTION, scope).get('reviewCycle'),
    `${SETTINGS_SECTION}.reviewCycle`,
  );
  if (problem)
    output.warn(vscode.l10n.t('{0}. The review cycle is left out of the periods until it is corrected.', problem));
  return cycle;
}

export function affectsSettings(event: vscode.ConfigurationChangeEvent): boolean {
  return event.affectsConfiguration(SETTINGS_SECTION);
}
