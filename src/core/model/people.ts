import { randomUUID } from 'node:crypto';
import type { LogFile, Moment, Person } from './schema';

/**
 * One person, whatever they were called: "Sam Lee" from a git trailer, "@Sam" typed,
 * "sam" in a hurry. Moments keep the names as they were written; who a name means is
 * decided when the log is read, here, from the log's `people` list.
 *
 * The rules, in order:
 * - Names match without regard to case, a leading `@`, underscores for spaces or runs of
 *   white space: "@sam_lee", "Sam Lee" and "sam  lee" are one name.
 * - A name that is a listed person's name means that person, even when it is also listed
 *   as someone else's alias: a person is always found by their own name.
 * - Otherwise a name that is a listed person's alias means that person; when two people
 *   list the same alias, the one listed first.
 * - A name no one lists is a person of its own, shown as it was first written.
 */

/** The form two names are compared in: "@Sam_Lee" and "sam lee" are the same name. */
export function normalisedName(name: string): string {
  return name.trim().replace(/^@/u, '').replace(/_/gu, ' ').replace(/\s+/gu, ' ').trim().toLowerCase();
}

/** Who the names in a log mean: built once from the log's `people` list, then asked per name. */
export interface PeopleResolver {
  /** The listed person a name means, if any. */
  personOf(name: string): Person | undefined;
  /** What all of one person's names share: their id when listed, their normalised name otherwise. */
  keyOf(name: string): string;
  /** The name to show: a listed person's own name, or the name as written. */
  nameOf(name: string): string;
}

export function peopleResolver(people: readonly Person[] = []): PeopleResolver {
  return new PeopleDirectory(people);
}

/**
 * A people list indexed by id and by every name, which people and names can be added to
 * one at a time: an import of thousands of people indexes the list once, not once per
 * person. Resolves names by the rules above, as if built from the list as it stands.
 */
/** A place in the list: its person is replaced when names are added to them. */
interface Slot {
  person: Person;
  readonly position: number;
  /** The aliases of `person` once this directory has copied them to add to. */
  ownAliases?: string[];
}

export class PeopleDirectory implements PeopleResolver {
  /** One slot per person, in list order. */
  private readonly slots: Slot[] = [];
  private readonly byId = new Map<string, Slot>();
  /** `own`: the name is the person's own name (which wins over anyone's alias), not an alias. */
  private readonly byName = new Map<string, { readonly slot: Slot; readonly own: boolean }>();

  constructor(people: readonly Person[] = []) {
    for (const person of people) this.add(person);
  }

  /** The list as it stands now. */
  get people(): Person[] {
    return this.slots.map((slot) => slot.person);
  }

  /** The first listed person with `id`. */
  withId(id: string): Person | undefined {
    return this.byId.get(id)?.person;
  }

  /** Whether anyone listed goes by `name`, as their own name or an alias. */
  isKnown(name: string): boolean {
    return this.byName.has(normalisedName(name));
  }

  personOf(name: string): Person | undefined {
    return this.byName.get(normalisedName(name))?.slot.person;
  }

  keyOf(name: string): string {
    const person = this.personOf(name);
    return person ? `id:${person.id}` : `name:${normalisedName(name)}`;
  }

  nameOf(name: string): string {
    return this.personOf(name)?.name ?? name.trim();
  }

  /** Lists `person` last. */
  add(person: Person): void {
    const slot = { person, position: this.slots.length };
    this.slots.push(slot);
    if (!this.byId.has(person.id)) this.byId.set(person.id, slot);
    this.index(person.name, slot, true);
    for (const alias of person.aliases ?? []) this.index(alias, slot, false);
  }

  /** Adds `aliases` to the first listed person with `id`; returns that person as they are now. */
  addAliases(id: string, aliases: readonly string[]): Person | undefined {
    const slot = this.byId.get(id);
    if (!slot) return undefined;
    // A copy of the person and their aliases the first time, then added to in place: one person
    // gaining thousands of names one at a time is not copied thousands of times.
    if (!slot.ownAliases) {
      slot.ownAliases = [...(slot.person.aliases ?? [])];
      slot.person = { ...slot.person, aliases: slot.ownAliases };
    }
    for (const alias of aliases) {
      slot.ownAliases.push(alias);
      this.index(alias, slot, false);
    }
    return slot.person;
  }

  /** A name means the first person listed with it as their own name, else the first listed with it as an alias. */
  private index(name: string, slot: Slot, own: boolean): void {
    const key = normalisedName(name);
    const existing = this.byName.get(key);
    const wins =
      !existing || (own && !existing.own) || (own === existing.own && slot.position < existing.slot.position);
    if (wins) this.byName.set(key, { slot, own });
  }
}

/** The resolver of a log's own people list. */
export function peopleOf(log: Pick<LogFile, 'people'>): PeopleResolver {
  return peopleResolver(log.people);
}

export interface PersonCount {
  readonly key: string;
  /** The listed name, or the first spelling met. */
  readonly name: string;
  readonly count: number;
  /** Every name the moments counted used for this person, as written. */
  readonly namesUsed: readonly string[];
}

/** How many of `moments` each person is in (a moment naming one person twice counts once), most first, then by name. */
export function countPeople(moments: readonly Moment[], resolver: PeopleResolver): PersonCount[] {
  const counts = new Map<string, { name: string; count: number; namesUsed: Set<string> }>();
  for (const moment of moments) {
    const inMoment = new Set<string>();
    for (const name of moment.people ?? []) {
      const key = resolver.keyOf(name);
      let entry = counts.get(key);
      if (!entry) {
        entry = { name: resolver.nameOf(name), count: 0, namesUsed: new Set() };
        counts.set(key, entry);
      }
      entry.namesUsed.add(name);
      if (inMoment.has(key)) continue;
      inMoment.add(key);
      entry.count++;
    }
  }
  return [...counts]
    .map(([key, { name, count, namesUsed }]) => ({ key, name, count, namesUsed: [...namesUsed] }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

/** Every person the log's moments or its people list name, with how many moments each is in (listed people no moment names last, at 0). */
export function everyoneIn(log: LogFile): PersonCount[] {
  const resolver = peopleOf(log);
  const counted = countPeople(log.moments, resolver);
  const keys = new Set(counted.map((person) => person.key));
  const unnamed = (log.people ?? [])
    .filter((person) => !keys.has(resolver.keyOf(person.name)))
    .map((person) => ({ key: resolver.keyOf(person.name), name: person.name, count: 0, namesUsed: [] }));
  return [...counted, ...unnamed];
}

/** The distinct people of `names`, each by the name to show, in the order first met. */
export function resolvedNames(names: readonly string[], resolver: PeopleResolver): string[] {
  const seen = new Map<string, string>();
  for (const name of names) {
    const key = resolver.keyOf(name);
    if (!seen.has(key)) seen.set(key, resolver.nameOf(name));
  }
  return [...seen.values()];
}

/**
 * The log with the people who go by `names` recorded as one person called `keep`: the
 * first of them already listed keeps its id (a new id otherwise), every other name any of
 * them had becomes an alias, and the others leave the list. Moments are not touched:
 * they keep the names as written, and resolve to the merged person when read.
 */
export function mergePeople(
  log: LogFile,
  names: readonly string[],
  keep: string,
  newId: () => string = randomUUID,
): LogFile {
  const listed = listedPeopleNamed(log, names);
  const merged = new Set(listed.map((person) => person.id));
  const target = listed[0];
  const allNames = [...names, ...listed.flatMap((person) => [person.name, ...(person.aliases ?? [])])];
  const aliases = distinctNames(allNames).filter((name) => normalisedName(name) !== normalisedName(keep));
  const person: Person = { ...target, id: target?.id ?? newId(), name: keep, aliases };
  const people = log.people ?? [];
  // In the place of the first merged person, so a hand-ordered list keeps its order.
  const next = target
    ? people.flatMap((entry) => (entry.id === target.id ? [person] : merged.has(entry.id) ? [] : [entry]))
    : [...people, person];
  return { ...log, people: next };
}

/** The listed people `names` mean, each once, in the order first named; the list is indexed once, however many names. */
export function listedPeopleNamed(log: Pick<LogFile, 'people'>, names: readonly string[]): Person[] {
  const resolver = peopleOf(log);
  const named = new Map<string, Person>();
  for (const name of names) {
    const person = resolver.personOf(name);
    if (person && !named.has(person.id)) named.set(person.id, person);
  }
  return [...named.values()];
}

/** `names` without repeats (as normalisedName compares them), each as first written. */
export function distinctNames(names: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const name of names) {
    const key = normalisedName(name);
    if (key && !seen.has(key)) seen.set(key, name.trim());
  }
  return [...seen.values()];
}
