import { type KindCatalogue, momentCompetencies, momentCompetencyKey } from '../model/kindCatalogue';
import type { PeopleResolver } from '../model/people';
import type { Moment } from '../model/schema';
import { COMPETENCY_IDS, type CompetencyId } from '../model/taxonomy';
import { formatLocalDate } from '../time/calendar';
import { allExpectations, type Expectation, type Ladder, type LadderLevel } from './ladder';

/**
 * Readiness: how much evidence a period of the log holds for each expectation of a level.
 *
 * A moment is evidence for an expectation when the user linked it (its `expectations`
 * list holds the expectation's id), or, for a moment linked to nothing, when it is
 * evidence for at least one of the expectation's competencies (its kind's, or the one
 * chosen when logging: `momentCompetencies`) and, where the expectation
 * lists kinds or tags, the moment is of one of those kinds or carries one of those tags.
 * A link is the user's word and wins: a linked moment is evidence for what it is linked
 * to, and is never matched elsewhere.
 */

export const STRENGTHS = ['none', 'thin', 'some', 'strong'] as const;
export type Strength = (typeof STRENGTHS)[number];

/** A moment that counts for an expectation, and whether the user linked it or its kind matched. */
export interface Evidence {
  readonly moment: Moment;
  readonly linked: boolean;
}

export interface ExpectationReadiness {
  readonly expectation: Expectation;
  /** Oldest first. */
  readonly evidence: readonly Evidence[];
  /** Distinct people named on the evidence, one person however many names they were logged under. */
  readonly people: number;
  readonly starred: number;
  /** The local day of the most recent evidence, `YYYY-MM-DD`; null without any. */
  readonly latest: string | null;
  /** The calendar months (local) the evidence falls in. */
  readonly months: number;
  readonly strength: Strength;
}

/** Moments linked to an id the ladder does not hold (reworded or removed): reported, never dropped. */
export interface StaleLink {
  readonly expectationId: string;
  /** Oldest first. */
  readonly moments: readonly Moment[];
}

export interface Readiness {
  readonly level: LadderLevel;
  /** In ladder order. */
  readonly expectations: readonly ExpectationReadiness[];
  readonly withEvidence: number;
  readonly strong: number;
  readonly staleLinks: readonly StaleLink[];
}

export interface ReadinessContext {
  readonly kinds: KindCatalogue;
  readonly people: PeopleResolver;
}

/** Evidence that counts as strong: this many moments or more… */
export const STRONG_MOMENTS = 4;
/** …shared with this many people or more, or spread over this many calendar months or more. */
export const STRONG_SPREAD = 2;

/**
 * `none` without evidence, `thin` with one moment, `some` with two or three, `strong`
 * with four or more shared with at least two people or spread over at least two calendar
 * months (four moments with one person in one week show less than it seems: `some`).
 */
export function strengthOf(moments: number, people: number, months: number): Strength {
  if (moments === 0) return 'none';
  if (moments === 1) return 'thin';
  if (moments < STRONG_MOMENTS) return 'some';
  return people >= STRONG_SPREAD || months >= STRONG_SPREAD ? 'strong' : 'some';
}

/** The readiness of `level` (one of `ladder`'s) from `moments`: a period's, oldest first. */
export function readinessOf(
  ladder: Ladder,
  level: LadderLevel,
  moments: readonly Moment[],
  context: ReadinessContext,
): Readiness {
  const matchers = level.expectations.map((expectation) => ({
    expectation,
    matches: matcherFor(expectation, context.kinds),
    evidence: [] as Evidence[],
  }));
  const byId = new Map(matchers.map((matcher) => [matcher.expectation.id, matcher]));
  for (const moment of moments) {
    const links = moment.expectations;
    if (links !== undefined && links.length > 0) {
      for (const id of new Set(links)) byId.get(id)?.evidence.push({ moment, linked: true });
      continue;
    }
    for (const matcher of matchers) if (matcher.matches(moment)) matcher.evidence.push({ moment, linked: false });
  }
  const personKey = cachedPersonKey(context.people);
  const expectations = matchers.map(({ expectation, evidence }) =>
    readinessOfExpectation(expectation, evidence, personKey),
  );
  return {
    level,
    expectations,
    withEvidence: expectations.filter((entry) => entry.evidence.length > 0).length,
    strong: expectations.filter((entry) => entry.strength === 'strong').length,
    staleLinks: staleLinks(ladder, moments),
  };
}

/** The links among `moments` to ids `ladder` does not hold, by id in the order first met. */
export function staleLinks(ladder: Ladder, moments: readonly Moment[]): StaleLink[] {
  const known = new Set(allExpectations(ladder).map((expectation) => expectation.id));
  const stale = new Map<string, Moment[]>();
  for (const moment of moments) {
    for (const id of new Set(moment.expectations ?? [])) {
      if (known.has(id)) continue;
      const linked = stale.get(id);
      if (linked) linked.push(moment);
      else stale.set(id, [moment]);
    }
  }
  return [...stale].map(([expectationId, linked]) => ({ expectationId, moments: linked }));
}

function readinessOfExpectation(
  expectation: Expectation,
  evidence: readonly Evidence[],
  personKey: (name: string) => string,
): ExpectationReadiness {
  return {
    expectation,
    evidence,
    ...tallyOf(
      evidence.map(({ moment }) => moment),
      personKey,
    ),
  };
}

/** What a set of moments amounts to as evidence: its people, starred moments, latest day, months and strength. */
export interface EvidenceTally {
  readonly people: number;
  readonly starred: number;
  readonly latest: string | null;
  readonly months: number;
  readonly strength: Strength;
}

/** The tally of `moments`, each person counted once by `personKey`. */
export function tallyOf(moments: readonly Moment[], personKey: (name: string) => string): EvidenceTally {
  const people = new Set<string>();
  const months = new Set<number>();
  let starred = 0;
  let latest: Date | undefined;
  for (const moment of moments) {
    for (const name of moment.people ?? []) people.add(personKey(name));
    const at = new Date(moment.at);
    months.add(at.getFullYear() * 12 + at.getMonth());
    if (moment.starred) starred++;
    if (!latest || at > latest) latest = at;
  }
  return {
    people: people.size,
    starred,
    latest: latest ? formatLocalDate(latest) : null,
    months: months.size,
    strength: strengthOf(moments.length, people.size, months.size),
  };
}

/**
 * Whether a moment linked to nothing matches `expectation`: a bit per competency, so the
 * test per moment is one AND (a year of a large log is thousands of moments per expectation).
 */
export function matcherFor(expectation: Expectation, kinds: KindCatalogue): (moment: Moment) => boolean {
  const wanted = competencyMask(expectation.competencies);
  const masks = new Map<string, number>();
  const maskOf = (moment: Moment) => {
    const key = momentCompetencyKey(moment);
    let mask = masks.get(key);
    if (mask === undefined) {
      mask = competencyMask(momentCompetencies(moment, kinds));
      masks.set(key, mask);
    }
    return mask;
  };
  const onlyKinds = expectation.kinds && new Set(expectation.kinds);
  const onlyTags = expectation.tags && new Set(expectation.tags.map(tagKey));
  const narrowed = onlyKinds !== undefined || onlyTags !== undefined;
  return (moment) =>
    (maskOf(moment) & wanted) !== 0 &&
    (!narrowed ||
      onlyKinds?.has(moment.kind) === true ||
      (onlyTags !== undefined && (moment.tags ?? []).some((tag) => onlyTags.has(tagKey(tag)))));
}

/** Tags as the quick log writes them and a ladder may: `#Testing` and `testing` are one. */
function tagKey(tag: string): string {
  return tag.trim().replace(/^#/u, '').toLowerCase();
}

function competencyMask(competencies: readonly CompetencyId[]): number {
  let mask = 0;
  for (const competency of competencies) {
    const bit = COMPETENCY_IDS.indexOf(competency);
    if (bit >= 0) mask |= 1 << bit;
  }
  return mask;
}

/** The resolver's key of a name, remembered for the call: a few names recur on thousands of moments. */
export function cachedPersonKey(people: PeopleResolver): (name: string) => string {
  const keys = new Map<string, string>();
  return (name) => {
    let key = keys.get(name);
    if (key === undefined) {
      key = people.keyOf(name);
      keys.set(name, key);
    }
    return key;
  };
}
