import { initiativeKey } from '../model/quickLog';
import type { Moment } from '../model/schema';

/** An initiative of the log: the piece of work a moment belongs to (`+payments`). */
export interface RecentInitiative {
  /** As its most recent moment spells it. */
  readonly name: string;
  /** How many moments belong to it. */
  readonly moments: number;
  /** When its most recent moment happened (ISO time). */
  readonly lastAt: string;
}

/**
 * The log's initiatives, the most recently worked on first, each with how many moments
 * belong to it: what a moment is most likely part of is at the top of a pick. Names that
 * differ only in case or surrounding spaces are one initiative, spelt as its most recent
 * moment spells it.
 */
export function recentInitiatives(moments: readonly Pick<Moment, 'at' | 'initiative'>[]): RecentInitiative[] {
  const byKey = new Map<string, { name: string; moments: number; lastAt: string; lastTime: number }>();
  for (const moment of moments) {
    const name = moment.initiative?.trim();
    if (!name) continue;
    const time = Date.parse(moment.at);
    const key = initiativeKey(name);
    const seen = byKey.get(key);
    if (!seen) {
      byKey.set(key, { name, moments: 1, lastAt: moment.at, lastTime: time });
      continue;
    }
    seen.moments++;
    if (time > seen.lastTime) Object.assign(seen, { name, lastAt: moment.at, lastTime: time });
  }
  return [...byKey.values()]
    .sort((a, b) => b.lastTime - a.lastTime || a.name.localeCompare(b.name))
    .map(({ name, moments: count, lastAt }) => ({ name, moments: count, lastAt }));
}
