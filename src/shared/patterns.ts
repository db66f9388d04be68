/**
 * The patterns more than one layer checks against: the log's schema, the settings, the
 * sidebar's message protocol, the command line and the webview. package.json repeats some
 * of them for the Settings UI, which cannot import; test/unit/manifest.test.ts keeps those
 * copies equal to these.
 *
 * This folder imports nothing, so that every bundle (the webview's included) can use it
 * without pulling in zod or l10n.
 */

/** A kind of moment: lower-case letters, digits and dashes, starting with a letter. */
export const KIND_ID_PATTERN = /^[a-z][a-z0-9-]*$/;

/** A codicon name as written without the `$(…)` wrapper, such as `organization`. */
export const CODICON_NAME_PATTERN = /^[a-z0-9-]+$/;

/** The icon of a kind that names none, and what the sidebar draws instead of a name that is not a codicon's. */
export const FALLBACK_CODICON = 'circle-outline';

/** Text with at least one visible character. */
export const NON_BLANK_PATTERN = /\S/;

/** The weekly reminder's local time, `HH:MM` on a 24-hour clock; the groups are the hours and the minutes. */
export const REMINDER_TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;
