import type { TrackId } from '../../shared/enums';
import { BUILT_IN_KINDS } from '../model/taxonomy';

/**
 * Weekly targets: how many moments of each kind a week should hold. The defaults differ
 * per career track, because the two paths grow through different work: a new manager
 * needs practice handing work off and having hard conversations; a staff engineer grows
 * through mentoring, reviews, writing and leading initiatives.
 */

export type WeeklyTargets = Readonly<Record<string, number>>;

// Craft has a target on the staff track only: a staff engineer's depth is the job and
// should show every week; a manager's week is measured by the work done through others,
// so hands-on work is logged when it happens (it still gets a row) but not asked for.
export const DEFAULT_TARGETS: Record<TrackId, WeeklyTargets> = {
  management: { mentoring: 1, 'code-review': 1, delegation: 2, communication: 1, conflict: 1, decision: 1 },
  'staff-ic': { mentoring: 2, 'code-review': 3, communication: 2, initiative: 1, delegation: 1, decision: 1, craft: 1 },
};

/**
 * The targets in force: the track's defaults, overridden kind by kind by the user's own.
 * A target of 0 removes that kind's row.
 */
export function resolveTargets(track: TrackId, overrides: WeeklyTargets = {}): WeeklyTargets {
  const merged: Record<string, number> = { ...DEFAULT_TARGETS[track], ...overrides };
  return Object.fromEntries(Object.entries(merged).filter(([, target]) => target > 0));
}

export interface TargetProgress {
  readonly kind: string;
  readonly count: number;
  readonly target: number;
}

/**
 * One row per kind that has a target or was logged this week, in taxonomy order, with
 * custom kinds after the built-in ones.
 */
export function progressAgainstTargets(counts: ReadonlyMap<string, number>, targets: WeeklyTargets): TargetProgress[] {
  const kinds = new Set<string>([...BUILT_IN_KINDS.map((kind) => kind.id), ...Object.keys(targets), ...counts.keys()]);
  const rows: TargetProgress[] = [];
  for (const kind of kinds) {
    const count = counts.get(kind) ?? 0;
    // Own entries only: a kind named `constructor` has no target of Object's.
    const target = Object.hasOwn(targets, kind) ? (targets[kind] ?? 0) : 0;
    if (target > 0 || count > 0) rows.push({ kind, count, target });
  }
  return rows;
}
