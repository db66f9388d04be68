import type { Timeline } from './timeline';
import { ENERGY_LEVELS, type EnergyLevel } from '../../shared/enums';

/**
 * How each kind of leadership work has felt, from the optional `energy` the user gives a
 * moment. Over a quarter this answers, from their own data, the question new leads keep
 * asking: do I want to lead, or stay technical?
 */

export interface KindEnergy {
  readonly kind: string;
  readonly energised: number;
  readonly neutral: number;
  readonly drained: number;
  /** From -1 (always drained) to 1 (always energised). */
  readonly balance: number;
}

export function energyByKind(timeline: Timeline, from: Date, to: Date): KindEnergy[] {
  const tallies = new Map<string, Record<EnergyLevel, number>>();
  for (const moment of timeline.between(from, to)) {
    if (!moment.energy) continue;
    const tally = tallies.get(moment.kind) ?? { energised: 0, neutral: 0, drained: 0 };
    tally[moment.energy]++;
    tallies.set(moment.kind, tally);
  }
  return [...tallies]
    .map(([kind, tally]) => {
      const total = ENERGY_LEVELS.reduce((sum, level) => sum + tally[level], 0);
      return { kind, ...tally, balance: (tally.energised - tally.drained) / total };
    })
    .sort((a, b) => b.balance - a.balance || a.kind.localeCompare(b.kind));
}

/**
 * How many rated moments a kind needs before the view says how it feels: one good
 * afternoon is a snap judgement, a few are a pattern worth naming.
 */
export const MIN_RATED_FOR_A_VERDICT = 3;

/** How many moments of the kind carry an energy. */
export function ratedMoments(row: KindEnergy): number {
  return row.energised + row.neutral + row.drained;
}

/** The kinds rated often enough to say whether they energise or drain, in `rows`' order. */
export function kindsWithAVerdict(rows: readonly KindEnergy[]): KindEnergy[] {
  return rows.filter((row) => ratedMoments(row) >= MIN_RATED_FOR_A_VERDICT);
}
