import * as vscode from 'vscode';
import * as z from 'zod/mini';
import { WEEK_START_DAYS } from '../core/calendar';
import { REMINDER_DAYS, REMINDER_TIME_PATTERN, type ReminderSchedule } from '../core/reminder';
import { KIND_ID_PATTERN } from '../core/schema';
import { MAX_WEEKLY_TARGET, resolveTargets, type WeeklyTargets } from '../core/targets';
import { TRACK_IDS, type TrackId } from '../core/taxonomy';
import { SETTINGS_SECTION } from './ids';

/**
 * The user's settings, validated. A value that does not fit (a hand-edited settings.json
 * can hold anything; the Settings UI already flags it through package.json's schema)
 * falls back to its default rather than breaking the extension.
 */

const DEFAULT_LOG_FILE = '.vscode/growth-log.json';

const targetSchema = z.int().check(z.minimum(0), z.maximum(MAX_WEEKLY_TARGET));

const settingsSchema = z.object({
  logFile: z.catch(z.string().check(z.regex(/\S/)), DEFAULT_LOG_FILE),
  weekStartsOn: z.catch(z.enum(WEEK_START_DAYS), 'monday'),
  track: z.catch(z.enum(TRACK_IDS), 'management'),
  weeklyTargets: z.catch(z.record(z.string(), z.unknown()), {}),
  statusBarEnabled: z.catch(z.boolean(), true),
  includePrivateSections: z.catch(z.boolean(), false),
  keepOutOfGit: z.catch(z.boolean(), true),
  reminder: z.object({
    enabled: z.catch(z.boolean(), false),
    day: z.catch(z.enum(REMINDER_DAYS), 'friday'),
    time: z.catch(z.string().check(z.regex(REMINDER_TIME_PATTERN)), '16:00'),
  }),
});

export interface GrowthLogSettings {
  readonly logFile: string;
  readonly weekStartsOn: (typeof WEEK_START_DAYS)[number];
  readonly track: TrackId;
  /** The track's default targets with the user's valid overrides applied. */
  readonly weeklyTargets: WeeklyTargets;
  readonly statusBarEnabled: boolean;
  readonly includePrivateSections: boolean;
  readonly keepOutOfGit: boolean;
  readonly reminder: ReminderSchedule & { readonly enabled: boolean };
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
    reminder: { enabled: config.get('reminder.enabled'), day: config.get('reminder.day'), time: config.get('reminder.time') },
  });
  return { ...raw, weeklyTargets: resolveTargets(raw.track, validTargets(raw.weeklyTargets)) };
}

/** Keeps each well-formed `kind: number` entry; a bad one falls back to the default alone. */
function validTargets(entries: Record<string, unknown>): WeeklyTargets {
  const valid: Record<string, number> = {};
  for (const [kind, value] of Object.entries(entries)) {
    const target = targetSchema.safeParse(value);
    if (KIND_ID_PATTERN.test(kind) && target.success) valid[kind] = target.data;
  }
  return valid;
}

export function affectsSettings(event: vscode.ConfigurationChangeEvent): boolean {
  return event.affectsConfiguration(SETTINGS_SECTION);
}
