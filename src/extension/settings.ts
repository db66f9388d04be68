import * as vscode from 'vscode';
import * as z from 'zod';
import { WEEK_START_DAYS } from '../core/calendar';
import { TRACK_IDS } from '../core/taxonomy';
import { SETTINGS_SECTION } from './ids';

/**
 * The user's settings, validated. A value that does not fit (a hand-edited settings.json
 * can hold anything) falls back to its default rather than breaking the extension.
 */

const DEFAULT_LOG_FILE = '.vscode/growth-log.json';

const settingsSchema = z.object({
  logFile: z
    .string()
    .refine((value) => value.trim() !== '', 'must not be empty')
    .catch(DEFAULT_LOG_FILE),
  weekStartsOn: z.enum(WEEK_START_DAYS).catch('monday'),
  track: z.enum(TRACK_IDS).catch('management'),
});

export type GrowthLogSettings = z.infer<typeof settingsSchema>;

export function readSettings(scope?: vscode.ConfigurationScope): GrowthLogSettings {
  const config = vscode.workspace.getConfiguration(SETTINGS_SECTION, scope);
  return settingsSchema.parse({
    logFile: config.get('logFile'),
    weekStartsOn: config.get('weekStartsOn'),
    track: config.get('track'),
  });
}

export function affectsSettings(event: vscode.ConfigurationChangeEvent): boolean {
  return event.affectsConfiguration(SETTINGS_SECTION);
}
