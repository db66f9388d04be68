import { REMINDER_DAYS, type ReminderDay, type WeekStartDay } from '../../shared/enums';
import { REMINDER_TIME_PATTERN } from '../../shared/patterns';
import { SETTING_DEFAULTS } from '../../shared/settingDefaults';
import { addDays, formatLocalDate, startOfWeek } from './calendar';

/**
 * When the weekly reminder is due. The user picks a day and a local time; the reminder
 * is due from that moment until the end of that week, so a reminder missed because VS
 * Code was closed is shown at the next start in the same week — and never twice in one
 * week, because the week it was last shown is remembered.
 */

export interface ReminderSchedule {
  readonly day: ReminderDay;
  /** Local time, `HH:MM` (24-hour). */
  readonly time: string;
}

export type ReminderState =
  /** Show it now; `week` is what to remember as shown. */
  | { readonly due: true; readonly week: string }
  /** Nothing to show before `next`. */
  | { readonly due: false; readonly next: Date };

/** `lastShownWeek` is the `week` of the last reminder shown (or snoozed past its week). */
export function reminderState(
  now: Date,
  schedule: ReminderSchedule,
  weekStartsOn: WeekStartDay,
  lastShownWeek: string | undefined,
): ReminderState {
  const weekStart = startOfWeek(now, weekStartsOn);
  const week = formatLocalDate(weekStart);
  const thisWeeks = slotInWeek(weekStart, schedule);
  if (now.getTime() >= thisWeeks.getTime() && lastShownWeek !== week) return { due: true, week };
  return {
    due: false,
    next: now.getTime() < thisWeeks.getTime() ? thisWeeks : slotInWeek(addDays(weekStart, 7), schedule),
  };
}

/** The reminder's moment in the week that starts at `weekStart` (a local midnight). */
function slotInWeek(weekStart: Date, schedule: ReminderSchedule): Date {
  // settings.ts already replaces a time that does not fit; the default keeps this total.
  const time = REMINDER_TIME_PATTERN.test(schedule.time) ? schedule.time : SETTING_DEFAULTS['reminder.time'];
  const [hours, minutes] = [Number(time.slice(0, 2)), Number(time.slice(3, 5))];
  // Monday is 1 … Sunday 0 in Date; count days forward from the week's first day.
  const dayIndex = (REMINDER_DAYS.indexOf(schedule.day) + 1) % 7;
  const day = addDays(weekStart, (dayIndex - weekStart.getDay() + 7) % 7);
  // Through the Date setters, so a day with a clock change still gets its local time.
  return new Date(day.getFullYear(), day.getMonth(), day.getDate(), hours, minutes);
}
