import { addWeeks, formatLocalDate, isWithin } from '../time/calendar';
import type { Moment } from '../model/schema';
import { type KindCatalogue, momentCompetencies } from '../model/kindCatalogue';
import type { Timeline } from './timeline';
import { BUILT_IN_KINDS, COMPETENCIES, type CompetencyId } from '../model/taxonomy';

export interface KindCount {
  readonly kind: string;
  readonly label: string;
  readonly count: number;
}

export interface CompetencyCount {
  readonly competency: CompetencyId;
  readonly label: string;
  readonly count: number;
}

export interface WeekSummary {
  /** Local date the week starts on, `YYYY-MM-DD`. */
  readonly weekStart: string;
  /** Local date of the week's last day, `YYYY-MM-DD`. */
  readonly weekEnd: string;
  readonly isCurrentWeek: boolean;
  readonly total: number;
  /** Every built-in kind (zero or not), then any other kind that occurs, in that order. */
  readonly byKind: KindCount[];
  /** Every competency, in taxonomy order. */
  readonly byCompetency: CompetencyCount[];
  /** The week's moments, newest first. */
  readonly moments: Moment[];
}

/**
 * What happened in the week that starts at `weekStart` (a local midnight, as given by
 * `startOfWeek`) of the log `timeline` indexes. `now` decides whether this is the current
 * week; `kinds` names each kind and the competencies it is evidence for.
 */
export function summariseWeek(timeline: Timeline, weekStart: Date, now: Date, kinds: KindCatalogue): WeekSummary {
  const weekEndExclusive = addWeeks(weekStart, 1);
  const inWeek = timeline.between(weekStart, weekEndExclusive).reverse();

  const kindCounts = new Map<string, number>(BUILT_IN_KINDS.map((kind) => [kind.id, 0]));
  const competencyCounts = new Map<CompetencyId, number>(COMPETENCIES.map((competency) => [competency.id, 0]));
  for (const moment of inWeek) {
    kindCounts.set(moment.kind, (kindCounts.get(moment.kind) ?? 0) + 1);
    for (const competency of momentCompetencies(moment, kinds)) {
      competencyCounts.set(competency, (competencyCounts.get(competency) ?? 0) + 1);
    }
  }

  return {
    weekStart: formatLocalDate(weekStart),
    weekEnd: formatLocalDate(new Date(weekEndExclusive.getTime() - 1)),
    isCurrentWeek: isWithin(now, weekStart, weekEndExclusive),
    total: inWeek.length,
    byKind: [...kindCounts].map(([kind, count]) => ({ kind, label: kinds.describe(kind).label, count })),
    byCompetency: COMPETENCIES.map((competency) => ({
      competency: competency.id,
      label: competency.label,
      count: competencyCounts.get(competency.id) ?? 0,
    })),
    moments: inWeek,
  };
}
