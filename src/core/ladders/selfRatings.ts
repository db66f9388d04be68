import type { Strength } from './evidence';
import type { CheckIn } from '../model/schema';

/**
 * What the user last said of a competency in their check-ins: how good they are at it and
 * how much they enjoy it. A check-in may rate a few competencies, or only one of the two
 * questions, so each answer is taken from the latest check-in that gave it.
 */
export interface LatestRating {
  readonly good?: number;
  readonly enjoy?: number;
  /** When the latest of the answers above was given (the check-in's ISO time). */
  readonly at: string;
}

/** Per competency id, the latest answers of `checkIns` (in any order). */
export function latestRatings(checkIns: readonly CheckIn[] | undefined): ReadonlyMap<string, LatestRating> {
  const byTime = [...(checkIns ?? [])].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const latest = new Map<string, LatestRating>();
  for (const checkIn of byTime) {
    for (const [competency, rating] of Object.entries(checkIn.ratings)) {
      if (rating.good === undefined && rating.enjoy === undefined) continue;
      const before = latest.get(competency);
      latest.set(competency, {
        ...((rating.good ?? before?.good) === undefined ? {} : { good: rating.good ?? before?.good }),
        ...((rating.enjoy ?? before?.enjoy) === undefined ? {} : { enjoy: rating.enjoy ?? before?.enjoy }),
        at: checkIn.at,
      });
    }
  }
  return latest;
}

/** The latest check-in, if any: the quarterly offer asks again when it is old. */
export function latestCheckIn(checkIns: readonly CheckIn[] | undefined): CheckIn | undefined {
  let latest: CheckIn | undefined;
  for (const checkIn of checkIns ?? []) if (!latest || Date.parse(checkIn.at) > Date.parse(latest.at)) latest = checkIn;
  return latest;
}

/**
 * Where a self-rating and the log disagree sharply: rated good (4–5) with no or thin
 * evidence, or rated weak (1–2) with strong evidence. Not a verdict on skill: either the
 * log is missing the work, or the rating is worth rethinking.
 */
export type Disconnect = 'rated-high-little-evidence' | 'rated-low-strong-evidence';

export function disconnectOf(good: number | undefined, strength: Strength): Disconnect | undefined {
  if (good === undefined) return undefined;
  if (good >= 4 && (strength === 'none' || strength === 'thin')) return 'rated-high-little-evidence';
  if (good <= 2 && strength === 'strong') return 'rated-low-strong-evidence';
  return undefined;
}
