import type { KindCatalogue } from '../model/kindCatalogue';
import type { PeopleResolver } from '../model/people';
import type { Moment } from '../model/schema';
import { COMPETENCY_IDS, type CompetencyId } from '../model/taxonomy';
import type { TrackId } from '../../shared/enums';
import { cachedPersonKey, type EvidenceTally, tallyOf } from './evidence';
import type { Ladder, LadderLevel } from './ladder';
import { type Disconnect, disconnectOf, type LatestRating } from './selfRatings';

/**
 * "What am I good at, and what do I enjoy?" from the log and the check-ins: per
 * competency, the period's evidence, how its moments felt and what the user last said of
 * it; and per track, the competencies that set its ladder apart from the other track's,
 * with the same evidence, feeling and ratings for those.
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

/** A track's ladder, as compared with the other track's. */
export interface TrackLadder {
  readonly track: TrackId;
  readonly ladder: Ladder;
}

/** A self-rating averaged over some competencies: the mean, and which of them were rated. */
export interface MeanRating {
  /** None when none of the competencies is rated. */
  readonly mean?: number;
  readonly rated: readonly CompetencyId[];
}

export interface TrackFit {
  readonly track: TrackId;
  readonly ladder: Ladder;
  readonly level: LadderLevel;
  /**
   * What sets this track apart at this level: the competencies its level asks for in more
   * expectations than the other track's level does, the widest gap first. None when the
   * other track asks for each competency at least as often.
   */
  readonly distinct: readonly CompetencyId[];
  /** The period's moments that are evidence for those competencies, each counted once. */
  readonly evidence: EvidenceTally & { readonly moments: number };
  /** How those moments felt. */
  readonly energy: EnergyCounts;
  /** What the user last said of those competencies. */
  readonly good: MeanRating;
  readonly enjoy: MeanRating;
}

/**
 * Each track's level at `position` (the user's target's place on their own ladder; a
 * ladder's top when it has fewer levels) read against the others', by what sets it apart.
 *
 * The built-in ladders name every competency at every level, so "the competencies of a
 * level" are the same for both tracks and a mean over them cannot tell the tracks apart.
 * What differs is how often a level asks for a competency: the number of its
 * expectations that name it. That count is kept whole rather than made a share of the
 * level's expectations: levels of 8 and 9 expectations would otherwise make every
 * competency of the shorter one weigh a sliver more, noise rather than design. Counting
 * only an expectation's first competency was set aside too: at Team Lead and Staff both
 * levels lead with the same nine competencies, so it tells nothing.
 */
export function trackFits(
  tracks: readonly TrackLadder[],
  position: number,
  moments: readonly Moment[],
  context: FitContext,
): TrackFit[] {
  const levels = tracks.map(({ ladder }) => levelAt(ladder, position));
  const weights = levels.map(competencyWeights);
  const personKey = cachedPersonKey(context.people);
  return tracks.map(({ track, ladder }, index) => {
    const own = weights[index] as ReadonlyMap<CompetencyId, number>;
    const others = weights.filter((_, other) => other !== index);
    const distinct = distinctCompetencies(own, others);
    const evidence = moments.filter((moment) =>
      [...competenciesOf(moment, context.kinds)].some((competency) => distinct.includes(competency)),
    );
    return {
      track,
      ladder,
      level: levels[index] as LadderLevel,
      distinct,
      evidence: { moments: evidence.length, ...tallyOf(evidence, personKey) },
      energy: energyOf(evidence),
      good: meanRating(distinct, context.ratings, 'good'),
      enjoy: meanRating(distinct, context.ratings, 'enjoy'),
    };
  });
}

function levelAt(ladder: Ladder, position: number): LadderLevel {
  return ladder.levels[Math.max(0, Math.min(position, ladder.levels.length - 1))] as LadderLevel;
}

/** Per competency, how many of the level's expectations name it. */
function competencyWeights(level: LadderLevel): Map<CompetencyId, number> {
  const weights = new Map<CompetencyId, number>();
  for (const expectation of level.expectations)
    for (const competency of new Set(expectation.competencies))
      weights.set(competency, (weights.get(competency) ?? 0) + 1);
  return weights;
}

/** The competencies `own` names more often than each of `others`, the widest gap first, then in taxonomy order. */
function distinctCompetencies(
  own: ReadonlyMap<CompetencyId, number>,
  others: readonly ReadonlyMap<CompetencyId, number>[],
): CompetencyId[] {
  const gapOf = (competency: CompetencyId) =>
    Math.min(...others.map((other) => (own.get(competency) ?? 0) - (other.get(competency) ?? 0)));
  return COMPETENCY_IDS.filter((competency) => others.length > 0 && gapOf(competency) > 0).sort(
    (first, second) => gapOf(second) - gapOf(first),
  );
}

function meanRating(
  competencies: readonly CompetencyId[],
  ratings: ReadonlyMap<string, LatestRating>,
  answer: 'good' | 'enjoy',
): MeanRating {
  const rated = competencies.filter((competency) => ratings.get(competency)?.[answer] !== undefined);
  if (rated.length === 0) return { rated };
  const sum = rated.reduce((total, competency) => total + (ratings.get(competency)?.[answer] ?? 0), 0);
  return { mean: sum / rated.length, rated };
}

function energyOf(moments: readonly Moment[]): EnergyCounts {
  const counts = { energised: 0, neutral: 0, drained: 0 };
  for (const moment of moments) if (moment.energy !== undefined) counts[moment.energy]++;
  return counts;
}
