import * as l10n from '@vscode/l10n';
import type { WeekStartDay } from '../../shared/enums';
import type { DisplayLanguage } from './displayLanguage';

/**
 * Calendar arithmetic in the user's local time. Weeks start at local midnight on the
 * configured day; stepping by whole days through the Date setters (not by adding 7×24
 * hours) keeps week boundaries at midnight across daylight-saving changes.
 */

const DAY_INDEX: Record<WeekStartDay, number> = { sunday: 0, monday: 1 };

export function startOfDay(date: Date): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate());
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + days);
}

export function startOfWeek(date: Date, weekStartsOn: WeekStartDay): Date {
  const day = startOfDay(date);
  const back = (day.getDay() - DAY_INDEX[weekStartsOn] + 7) % 7;
  return addDays(day, -back);
}

export function addWeeks(weekStart: Date, weeks: number): Date {
  return addDays(weekStart, weeks * 7);
}

/** `YYYY-MM-DD` of the local calendar day. */
export function formatLocalDate(date: Date): string {
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${day}`;
}

/** The local midnight a `YYYY-MM-DD` names, or undefined if it names no real day. */
export function parseLocalDate(text: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(year, month - 1, day);
  return date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day ? date : undefined;
}

/** Whether `instant` falls in the half-open range [from, to). */
export function isWithin(instant: Date, from: Date, to: Date): boolean {
  const time = instant.getTime();
  return time >= from.getTime() && time < to.getTime();
}

/** "Today", "Yesterday", a weekday within the last week, else a short date in `language`. */
export function relativeDayLabel(instant: Date, now: Date, language: DisplayLanguage): string {
  const days = daysBefore(instant, now);
  if (days === 0) return l10n.t('Today');
  if (days === 1) return l10n.t('Yesterday');
  if (days > 1 && days < 7) return language.dateFormat({ weekday: 'long' }).format(instant);
  const sameYear = instant.getFullYear() === now.getFullYear();
  return language
    .dateFormat(sameYear ? { day: 'numeric', month: 'short' } : { day: 'numeric', month: 'short', year: 'numeric' })
    .format(instant);
}

/** The same day said inside a sentence, after "the latest": "today", "yesterday", "on Tuesday", "on Nov 9". */
export function relativeDayInSentence(instant: Date, now: Date, language: DisplayLanguage): string {
  const days = daysBefore(instant, now);
  if (days === 0) return l10n.t('today');
  if (days === 1) return l10n.t('yesterday');
  return l10n.t('on {0}', relativeDayLabel(instant, now, language));
}

/** Whole local days from `instant`'s day to `now`'s. */
function daysBefore(instant: Date, now: Date): number {
  return Math.round((startOfDay(now).getTime() - startOfDay(instant).getTime()) / 86_400_000);
}
