/**
 * The closed sets of values that the log, the settings and the sidebar's message
 * protocol share. Labels and descriptions are worded where they are shown; the ids
 * live here alone.
 */

/** How a moment felt, from the log's optional `energy` field. */
export const ENERGY_LEVELS = ['energised', 'neutral', 'drained'] as const;
export type EnergyLevel = (typeof ENERGY_LEVELS)[number];

/** The career tracks (`growthLog.track`); taxonomy.ts describes each. */
export const TRACK_IDS = ['management', 'staff-ic'] as const;
export type TrackId = (typeof TRACK_IDS)[number];

/** The days a week may start on (`growthLog.weekStartsOn`). */
export const WEEK_START_DAYS = ['monday', 'sunday'] as const;
export type WeekStartDay = (typeof WEEK_START_DAYS)[number];

/** How long a company's review cycle lasts (`growthLog.reviewCycle.length`, `--cycle-length`). */
export const REVIEW_CYCLE_LENGTHS = ['quarter', 'half', 'year'] as const;
export type ReviewCycleLength = (typeof REVIEW_CYCLE_LENGTHS)[number];

/** The days the weekly reminder may fall on (`growthLog.reminder.day`), in calendar order from Monday. */
export const REMINDER_DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type ReminderDay = (typeof REMINDER_DAYS)[number];
