import { type PeopleResolver, peopleResolver } from '../model/people';
import type { Moment } from '../model/schema';

/**
 * Who a period's moments involved, and in which moments: the per-person view of the
 * sidebar. Names mean people as the log's people list says (`PeopleResolver`: case, a
 * leading `@` and aliases do not split one person); a listed person is shown by their
 * name, anyone else by the spelling used most, and on a tie the one with more capitals
 * ("Sam" over a hastily typed "sam"), then the first.
 */

export interface PersonInPeriod {
  readonly name: string;
  /** The ids of the person's moments, in the order given. */
  readonly momentIds: string[];
}

/** The people of `moments`, the most involved first, then by name. */
export function peopleInPeriod(
  moments: readonly Moment[],
  people: PeopleResolver = peopleResolver(),
): PersonInPeriod[] {
  const byKey = new Map<string, { spellings: Map<string, number>; momentIds: string[] }>();
  for (const moment of moments) {
    const seen = new Set<string>();
    for (const name of moment.people ?? []) {
      const trimmed = people.nameOf(name);
      if (trimmed === '') continue;
      const key = people.keyOf(name);
      const person = byKey.get(key) ?? { spellings: new Map<string, number>(), momentIds: [] };
      person.spellings.set(trimmed, (person.spellings.get(trimmed) ?? 0) + 1);
      if (!seen.has(key)) person.momentIds.push(moment.id);
      seen.add(key);
      byKey.set(key, person);
    }
  }
  return [...byKey.values()]
    .map((person) => ({ name: mostUsed(person.spellings), momentIds: person.momentIds }))
    .sort((a, b) => b.momentIds.length - a.momentIds.length || a.name.localeCompare(b.name));
}

function mostUsed(spellings: ReadonlyMap<string, number>): string {
  const capitals = (spelling: string) => spelling.replace(/[^\p{Lu}]/gu, '').length;
  let best = '';
  let bestCount = 0;
  for (const [spelling, count] of spellings) {
    if (count > bestCount || (count === bestCount && capitals(spelling) > capitals(best)))
      [best, bestCount] = [spelling, count];
  }
  return best;
}
