import { type KindCatalogue, momentCompetencies } from '../model/kindCatalogue';
import { type PeopleResolver, peopleResolver } from '../model/people';
import type { Moment } from '../model/schema';
import { COMPETENCIES, type CompetencyId } from '../model/taxonomy';
import { peopleInPeriod } from './peopleInPeriod';

/**
 * Who can speak to your work: the colleagues who shared the most of a period's moments,
 * the list a review asks for when it wants peer reviewers nominated. A colleague is
 * anyone a moment names in its people — typed with `@`, or put there by a git suggestion
 * as a co-author or reviewer — resolved through the log's people list, so merged names
 * and aliases are one person (as the sidebar's people are: `peopleInPeriod`). A name that
 * only appears in a summary's words is not a colleague: nothing says it is a person.
 */

export interface CompetencyShared {
  readonly competency: CompetencyId;
  /** The shared moments that are evidence for it, oldest first. */
  readonly moments: readonly Moment[];
}

export interface Colleague {
  /** The listed name, else the spelling used most. */
  readonly name: string;
  /** The moments shared, oldest first. */
  readonly moments: readonly Moment[];
  /** The competencies those moments show, the most shown first, then in the taxonomy's order. */
  readonly competencies: readonly CompetencyShared[];
  /** The time of the most recent moment shared, as the log records it. */
  readonly latest: string;
}

export interface ColleagueOptions {
  /** Which competencies a moment's kind is evidence for. */
  readonly kinds: KindCatalogue;
  /** Who the names on moments mean (the log's people list). */
  readonly people?: PeopleResolver;
}

/**
 * The colleagues of `moments` (oldest first), ranked: the most moments shared first, then
 * the more competencies those moments show, then the more recent, then by name.
 */
export function colleaguesOf(moments: readonly Moment[], options: ColleagueOptions): Colleague[] {
  const byId = new Map(moments.map((moment) => [moment.id, moment]));
  const colleagues = peopleInPeriod(moments, options.people ?? peopleResolver()).map((person) => {
    const shared = person.momentIds.map((id) => byId.get(id) as Moment);
    return {
      name: person.name,
      moments: shared,
      competencies: competenciesShown(shared, options.kinds),
      latest: latestOf(shared),
    };
  });
  return colleagues.sort(
    (a, b) =>
      b.moments.length - a.moments.length ||
      b.competencies.length - a.competencies.length ||
      Date.parse(b.latest) - Date.parse(a.latest) ||
      a.name.localeCompare(b.name),
  );
}

function competenciesShown(moments: readonly Moment[], kinds: KindCatalogue): CompetencyShared[] {
  return COMPETENCIES.map((competency) => ({
    competency: competency.id,
    moments: moments.filter((moment) => momentCompetencies(moment, kinds).includes(competency.id)),
  }))
    .filter((shown) => shown.moments.length > 0)
    .sort((a, b) => b.moments.length - a.moments.length);
}

/** The `at` of the most recent of `moments`, compared as times (a log may mix time-zone offsets). */
function latestOf(moments: readonly Moment[]): string {
  let latest = moments[0]?.at ?? '';
  for (const moment of moments) if (Date.parse(moment.at) > Date.parse(latest)) latest = moment.at;
  return latest;
}
