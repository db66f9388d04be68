import * as l10n from '@vscode/l10n';
import { resolvePeriod } from '../core/insights/period';
import type { Timeline } from '../core/insights/timeline';
import { readinessOf } from '../core/ladders/evidence';
import type { Ladder, LadderLevel } from '../core/ladders/ladder';
import type { KindCatalogue } from '../core/model/kindCatalogue';
import { type PeopleResolver, peopleResolver } from '../core/model/people';
import type { DisplayLanguage } from '../core/time/displayLanguage';
import type { WeekStartDay } from '../shared/enums';
import type { SidebarLine } from '../protocol';

export interface ReadinessLineInput {
  readonly ladder: Ladder;
  /** The level the user works towards: the line counts its expectations. */
  readonly target: LadderLevel;
  readonly timeline: Timeline;
  readonly now: Date;
  readonly weekStartsOn: WeekStartDay;
  readonly kinds: KindCatalogue;
  readonly people?: PeopleResolver;
  readonly language: DisplayLanguage;
}

/**
 * The sidebar's one line about readiness: of the target level's expectations, how many
 * the last six months hold evidence for and how many strongly ("Staff: 6 of 8
 * expectations with evidence, 3 strong"). The same period as the readiness view's top line
 * and `growth-log readiness` without a period, so the three agree.
 */
export function readinessLine(input: ReadinessLineInput): SidebarLine {
  const period = resolvePeriod('last-6-months', input.now, input.weekStartsOn, input.language);
  const readiness = readinessOf(input.ladder, input.target, input.timeline.between(period.from, period.to), {
    kinds: input.kinds,
    people: input.people ?? peopleResolver(),
  });
  const text = l10n.t(
    '{0}: {1} of {2} expectations with evidence, {3} strong',
    input.target.name,
    readiness.withEvidence,
    readiness.expectations.length,
    readiness.strong,
  );
  return { text, label: l10n.t('Show Readiness — {0}, in the last 6 months', text) };
}
