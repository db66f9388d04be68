import { addWeeks, formatLocalDate, startOfWeek } from '../time/calendar';
import type { WeekStartDay } from '../../shared/enums';
import type { Timeline } from './timeline';

/**
 * Week-by-week views over the log: the trend of recent weeks and the streak of weeks
 * with at least one moment. Weeks are local calendar weeks (see calendar.ts).
 */

export interface WeekCounts {
  /** `YYYY-MM-DD` of the week's first day. */
  readonly weekStart: string;
  readonly total: number;
  /** A map, not an object: a kind id is any word, `constructor` too. */
  readonly byKind: ReadonlyMap<string, number>;
}

/** The `weeks` weeks ending with the one starting at `lastWeekStart`, oldest first. */
export function weeklyTrend(timeline: Timeline, lastWeekStart: Date, weeks: number): WeekCounts[] {
  const firstWeekStart = addWeeks(lastWeekStart, -(weeks - 1));
  const end = addWeeks(lastWeekStart, 1);
  const buckets = Array.from({ length: weeks }, (_, index) => ({
    start: addWeeks(firstWeekStart, index),
    byKind: new Map<string, number>(),
    total: 0,
  }));
  for (const moment of timeline.between(firstWeekStart, end)) {
    const at = new Date(moment.at);
    // Find the bucket by date comparison, not by dividing milliseconds: weeks that
    // contain a clock change are an hour longer or shorter.
    const bucket = buckets.findLast((candidate) => candidate.start.getTime() <= at.getTime());
    if (!bucket) continue;
    bucket.byKind.set(moment.kind, (bucket.byKind.get(moment.kind) ?? 0) + 1);
    bucket.total++;
  }
  return buckets.map((bucket) => ({
    weekStart: formatLocalDate(bucket.start),
    total: bucket.total,
    byKind: bucket.byKind,
  }));
}

/**
 * How many weeks in a row, up to now, hold at least one moment. The current week counts
 * once it has a moment, but an empty current week does not break the streak: it is not
 * over yet.
 */
export function weeklyStreak(timeline: Timeline, now: Date, weekStartsOn: WeekStartDay): number {
  const currentWeek = startOfWeek(now, weekStartsOn);
  const current = streakEndingWith(timeline, currentWeek);
  return current > 0 ? current : streakEndingWith(timeline, addWeeks(currentWeek, -1));
}

/**
 * How many weeks in a row hold at least one moment, ending with the week that starts at
 * `weekStart`: the streak as it stood when that week was over (0 when it was empty).
 */
export function streakEndingWith(timeline: Timeline, weekStart: Date): number {
  const isActive = (start: Date) => timeline.hasAnyBetween(start, addWeeks(start, 1));
  let week = weekStart;
  let streak = 0;
  while (isActive(week)) {
    streak++;
    week = addWeeks(week, -1);
  }
  return streak;
}
