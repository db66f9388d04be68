import type { KindCatalogue } from '../model/kindCatalogue';
import type { PeopleResolver } from '../model/people';
import type { Moment } from '../model/schema';
import { COMPETENCY_IDS, type CompetencyId } from '../model/taxonomy';
import type { TrackId } from '../../shared/enums';
import { cachedPersonKey, type EvidenceTally, readinessOf, tallyOf } from './evidence';
import type { Ladder, LadderLevel } from './ladder';
import { type Disconnect, disconnectOf, type LatestRating } from './selfRatings';

/**
 * "What am I good at, and what do I enjoy?" from the log and the check-ins: per
 * competency, the period's evidence, how its moments felt and what the user last said of
 * it; and per track, how the log reads against that track's ladder beside how its work felt
 * and how much the user says they enjoy its competencies.
 */

/** How the moments of a competency or a track felt, as logged. */
export interface EnergyCounts {
  readonly energised: number;
  readonly neutral: number;
  readonly drained: number;
}

export interface CompetencyStanding extends EvidenceTally {
  readonly competency: CompetencyId;
  readonly moments: number;
  readonly energy: EnergyCounts;
  /** The latest self-rating, when a check-in gave one. */
  readonly rating?: LatestRating;
  /** Where the rating and the log disagree sharply. */
  readonly disconnect?: Disconnect;
}

export interface FitContext {
  readonly kinds: KindCatalogue;
  readonly people: PeopleResolver;
  /** Per competency id, the latest check-in answers (selfRatings.ts). */
  readonly ratings: ReadonlyMap<string, LatestRating>;
}

/** The competencies a moment is evidence for: its kind's, and the one chosen when logging it. */
export function competenciesOf(moment: Moment, kinds: KindCatalogue): Set<CompetencyId> {
  const competencies = new Set<CompetencyId>(kinds.describe(moment.kind).competencies);
  const chosen = moment.competency as CompetencyId | undefined;
  if (chosen !== undefined && COMPETENCY_IDS.includes(chosen)) competencies.add(chosen);
  return competencies;
}

/** Every competency in taxonomy order, with the evidence of `moments` (a period's) and the latest rating. */
export function competencyStandings(moments: readonly Moment[], context: FitContext): CompetencyStanding[] {
  const byCompetency = new Map<CompetencyId, Moment[]>(COMPETENCY_IDS.map((id) => [id, []]));
  for (const moment of moments)
    for (const competency of competenciesOf(moment, context.kinds)) byCompetency.get(competency)?.push(moment);
  const personKey = cachedPersonKey(context.people);
  return COMPETENCY_IDS.map((competency) => {
    const evidence = byCompetency.get(competency) ?? [];
    const tally = tallyOf(evidence, personKey);
    const rating = context.ratings.get(competency);
    const disconnect = disconnectOf(rating?.good, tally.strength);
    return {
      competency,
      moments: evidence.length,
      ...tally,
      energy: energyOf(evidence),
      ...(rating === undefined ? {} : { rating }),
      ...(disconnect === undefined ? {} : { disconnect }),
    };
  });
}

export interface TrackFit {
  readonly track: TrackId;
  readonly ladder: Ladder;
  readonly level: LadderLevel;
  readonly expectations: number;
  readonly withEvidence: number;
  readonly strong: number;
  /** How the moments that are evidence for the level felt, each moment counted once. */
  readonly energy: EnergyCounts;
  /** The mean enjoy rating of the level's competencies the user rated; none when none is rated. */
  readonly enjoy?: number;
  /** How many of the level's competencies have an enjoy rating. */
  readonly enjoyRated: number;
}

/**
 * One track's ladder read against the log: its level at `position` (the user's target's
 * place on their own ladder; the ladder's top when it has fewer levels), and beside it
 * how that work felt and how much the user enjoys its competencies.
 */
export function trackFit(
  track: TrackId,
  ladder: Ladder,
  position: number,
  moments: readonly Moment[],
  context: FitContext,
): TrackFit {
  const level = ladder.levels[Math.max(0, Math.min(position, ladder.levels.length - 1))] as LadderLevel;
  const readiness = readinessOf(ladder, level, moments, context);
  const evidence = new Set<Moment>();
  for (const entry of readiness.expectations) for (const { moment } of entry.evidence) evidence.add(moment);
  const competencies = new Set(level.expectations.flatMap((expectation) => expectation.competencies));
  const enjoyed = [...competencies]
    .map((competency) => context.ratings.get(competency)?.enjoy)
    .filter((enjoy): enjoy is number => enjoy !== undefined);
  return {
    track,
    ladder,
    level,
    expectations: readiness.expectations.length,
    withEvidence: readiness.withEvidence,
    strong: readiness.strong,
    energy: energyOf([...evidence]),
    ...(enjoyed.length > 0 ? { enjoy: enjoyed.reduce((sum, enjoy) => sum + enjoy, 0) / enjoyed.length } : {}),
    enjoyRated: enjoyed.length,
  };
}

function energyOf(moments: readonly Moment[]): EnergyCounts {
  const counts = { energised: 0, neutral: 0, drained: 0 };
  for (const moment of moments) if (moment.energy !== undefined) counts[moment.energy]++;
  return counts;
}
