import type { Moment } from '../model/schema';

/**
 * A moment's links to expectations (its `expectations` list), changed one at a time by the
 * readiness view. A moment with no link left loses the field, so it is matched by its kind
 * again, as a moment never linked is (evidence.ts).
 */

/** `moment` linked to `expectationId` as well as to what it was linked to; unchanged when it already was. */
export function withLink(moment: Moment, expectationId: string): Moment {
  const links = moment.expectations ?? [];
  if (links.includes(expectationId)) return moment;
  return { ...moment, expectations: [...links, expectationId] };
}

/** `moment` no longer linked to `expectationId`; without the field once no link is left. */
export function withoutLink(moment: Moment, expectationId: string): Moment {
  const links = (moment.expectations ?? []).filter((id) => id !== expectationId);
  const { expectations: _, ...rest } = moment;
  return links.length > 0 ? { ...rest, expectations: links } : (rest as Moment);
}
