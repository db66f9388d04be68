import { randomUUID } from 'node:crypto';
import type { CheckIn, LogFile, SelfRating } from '../model/schema';
import { addDays } from '../time/calendar';
import { latestCheckIn } from './selfRatings';

/**
 * Check-ins: now and then the user says, for a few competencies, how good they are at it
 * and how much they enjoy it. Stored in the log's top-level `checkIns`, merged by id like
 * moments, and private like energy.
 */

/** How long a check-in holds before the reminder offers another: about a quarter. */
export const CHECK_IN_INTERVAL_DAYS = 91;
/** A first check-in is offered only once the log shows some weeks of work to weigh it against. */
export const FIRST_CHECK_IN_AFTER_DAYS = 21;
export const FIRST_CHECK_IN_MOMENTS = 3;

export interface CheckInAnswers {
  /** Per competency id, the answers given; a competency whose both answers were skipped is left out. */
  readonly ratings: Readonly<Record<string, SelfRating>>;
  readonly note?: string;
}

/**
 * A new check-in made `now` from the answers, or undefined when there is nothing to keep
 * (every answer skipped and no note). Skipped answers and a blank note are left out of the file.
 */
export function createCheckIn(
  answers: CheckInAnswers,
  now: Date,
  newId: () => string = randomUUID,
): CheckIn | undefined {
  const ratings: Record<string, SelfRating> = {};
  for (const [competency, rating] of Object.entries(answers.ratings)) {
    if (rating.good === undefined && rating.enjoy === undefined) continue;
    ratings[competency] = {
      ...(rating.good === undefined ? {} : { good: rating.good }),
      ...(rating.enjoy === undefined ? {} : { enjoy: rating.enjoy }),
    };
  }
  const note = answers.note?.trim();
  if (Object.keys(ratings).length === 0 && !note) return undefined;
  return { id: newId(), at: now.toISOString(), ratings, ...(note ? { note } : {}) };
}

/** How many competencies a check-in answered at least one question for. */
export function ratedCount(checkIn: CheckIn): number {
  return Object.values(checkIn.ratings).filter((rating) => rating.good !== undefined || rating.enjoy !== undefined)
    .length;
}

/** The log with `checkIn` added, replacing one with its id (so a retry never duplicates). */
export function mergeCheckIn(log: LogFile, checkIn: CheckIn): LogFile {
  const existing = log.checkIns ?? [];
  const checkIns = existing.some((other) => other.id === checkIn.id)
    ? existing.map((other) => (other.id === checkIn.id ? checkIn : other))
    : [...existing, checkIn];
  return { ...log, checkIns };
}

/**
 * The log without the check-in `id`. A list left empty is dropped, so undoing the first
 * check-in leaves the file as it was before it.
 */
export function removeCheckIn(log: LogFile, id: string): LogFile {
  if (!log.checkIns) return log;
  const { checkIns, ...rest } = log;
  const kept = checkIns.filter((checkIn) => checkIn.id !== id);
  return kept.length > 0 ? { ...rest, checkIns: kept } : rest;
}

/** The check-ins, latest first. */
export function checkInsLatestFirst(checkIns: readonly CheckIn[] | undefined): CheckIn[] {
  return [...(checkIns ?? [])].sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
}

/**
 * Whether the weekly reminder should offer a check-in at `now`: the latest check-in is a
 * quarter old (`CHECK_IN_INTERVAL_DAYS`), or there is none yet and the log holds a few
 * weeks of moments — and no check-in was offered in the last quarter (`lastOffered`), so a
 * user who lets the offer pass is asked again next quarter, not next week.
 */
export function checkInOfferDue(
  now: Date,
  log: Pick<LogFile, 'moments' | 'checkIns'>,
  lastOffered: Date | undefined,
): boolean {
  if (lastOffered && now < addDays(lastOffered, CHECK_IN_INTERVAL_DAYS)) return false;
  const latest = latestCheckIn(log.checkIns);
  if (latest) return now >= addDays(new Date(latest.at), CHECK_IN_INTERVAL_DAYS);
  if (log.moments.length < FIRST_CHECK_IN_MOMENTS) return false;
  let earliest = Number.POSITIVE_INFINITY;
  for (const moment of log.moments) earliest = Math.min(earliest, Date.parse(moment.at));
  return now >= addDays(new Date(earliest), FIRST_CHECK_IN_AFTER_DAYS);
}
