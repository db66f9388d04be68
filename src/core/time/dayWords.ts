import * as l10n from '@vscode/l10n';
import { addDays, formatLocalDate, parseLocalDate, startOfDay } from './calendar';

/**
 * The day a moment happened, as a person says it on a reflective Friday: `today`,
 * `yesterday`, a weekday (`tuesday` or `tue`: the most recent one, today included), or a
 * date (`2026-11-24`). Never a day after today. Weekday names are English, as the rest
 * of the quick-log syntax is.
 */

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

export type DayWordResult =
  | { readonly ok: true; readonly day: string }
  | { readonly ok: false; readonly error: string };

/** The local day (`YYYY-MM-DD`) `word` names, seen from `now`. */
export function parseDayWord(word: string, now: Date): DayWordResult {
  const today = startOfDay(now);
  const lower = word.toLowerCase();
  if (lower === 'today') return { ok: true, day: formatLocalDate(today) };
  if (lower === 'yesterday') return { ok: true, day: formatLocalDate(addDays(today, -1)) };
  const weekday = WEEKDAYS.findIndex((name) => name === lower || (lower.length === 3 && name.startsWith(lower)));
  if (weekday >= 0) return { ok: true, day: formatLocalDate(addDays(today, -((today.getDay() - weekday + 7) % 7))) };
  const date = parseLocalDate(word);
  if (!date) {
    return {
      ok: false,
      error: l10n.t(
        '"{0}" is not a day: write today, yesterday, a weekday such as tuesday, or a date such as {1}',
        word,
        formatLocalDate(addDays(today, -3)),
      ),
    };
  }
  if (date.getTime() > today.getTime()) {
    return { ok: false, error: l10n.t('{0} is after today: a moment is logged on the day it happened', word) };
  }
  return { ok: true, day: formatLocalDate(date) };
}

/**
 * The instant a moment logged for `day` is given: now, when the day is today; otherwise
 * local noon, which is inside that local day whatever daylight saving does.
 */
export function instantOnDay(day: string, now: Date): Date {
  if (day === formatLocalDate(now)) return now;
  const date = parseLocalDate(day) ?? startOfDay(now);
  return new Date(date.getFullYear(), date.getMonth(), date.getDate(), 12);
}
