import * as l10n from '@vscode/l10n';
import { matcherFor } from '../core/ladders/evidence';
import type { Expectation } from '../core/ladders/ladder';
import type { KindCatalogue } from '../core/model/kindCatalogue';
import type { Moment } from '../core/model/schema';

/** A moment Link a Moment… offers, with what linking it changes when that is worth saying. */
export interface LinkCandidate {
  readonly moment: Moment;
  readonly note?: string;
}

/**
 * The moments of a period Link a Moment… offers for `expectation`, newest first: the ones
 * already linked to it are left out (they count here already); a moment its kind matches
 * says it counts here now and what linking changes; one linked elsewhere says so; any other
 * is offered plainly. `expectation` is undefined when the ladder no longer has its id: then
 * nothing is matched.
 */
export function linkCandidates(
  moments: readonly Moment[],
  expectationId: string,
  expectation: Expectation | undefined,
  kinds: KindCatalogue,
): LinkCandidate[] {
  const matches = expectation ? matcherFor(expectation, kinds) : () => false;
  return [...moments]
    .reverse()
    .filter((moment) => !(moment.expectations ?? []).includes(expectationId))
    .map((moment) => {
      const note = linkNote(moment, matches);
      return note === undefined ? { moment } : { moment, note };
    });
}

function linkNote(moment: Moment, matches: (moment: Moment) => boolean): string | undefined {
  const links = moment.expectations?.length ?? 0;
  if (links === 1) return l10n.t('Linked to 1 other expectation; linking adds this one.');
  if (links > 1) return l10n.t('Linked to {0} other expectations; linking adds this one.', links);
  return matches(moment)
    ? l10n.t('Counts here already, matched by its kind; once linked it counts only for what it is linked to.')
    : undefined;
}
