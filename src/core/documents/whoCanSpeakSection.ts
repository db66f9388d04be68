import * as l10n from '@vscode/l10n';
import { type ColleagueOptions, type Colleague, colleaguesOf } from '../insights/colleagues';
import type { Period } from '../insights/period';
import { Timeline } from '../insights/timeline';
import type { KindCatalogue } from '../model/kindCatalogue';
import type { Moment } from '../model/schema';
import { competencyLabel } from '../model/taxonomy';
import { citeMostRecent } from './citation';
import { markdownText } from './markdownText';

export interface WhoCanSpeakOptions extends ColleagueOptions {
  /** At most this many colleagues are listed (default 10); how many more there are is said in one line. */
  readonly limit?: number;
}

/** Enough names to choose peer reviewers from, short enough to read. */
const DEFAULT_LIMIT = 10;

/** The section's heading line, as the documents write it. */
export function whoCanSpeakHeading(): string {
  return `## ${l10n.t('Who can speak to your work')}`;
}

/** The line under the heading that says the section is private. */
export function whoCanSpeakNote(): string {
  return `_${l10n.t('Private: the colleagues who shared the most of your moments in this period, the people to nominate as peer reviewers.')}_`;
}

/**
 * "Who can speak to your work": a private section of the brag document and the
 * self-review draft, for the user rather than the reviewer — the colleagues who shared
 * the most of the period's moments, ranked as `colleaguesOf` ranks them, each with the
 * competencies those moments show and the moments cited (`citeMoment`), not repeated.
 * The section's lines, heading first; none when no moment of the period names anyone.
 */
export function whoCanSpeakSection(
  source: Timeline | readonly Moment[],
  period: Pick<Period, 'from' | 'to'>,
  options: WhoCanSpeakOptions,
): string[] {
  // Not `instanceof Timeline`: the extension builds its timelines in its own bundle, whose
  // Timeline is another class than the documents bundle's.
  const timeline = Array.isArray(source) ? Timeline.build(source as readonly Moment[]) : (source as Timeline);
  const colleagues = colleaguesOf(timeline.between(period.from, period.to), options);
  if (colleagues.length === 0) return [];
  const limit = Math.max(1, options.limit ?? DEFAULT_LIMIT);
  const listed = colleagues.slice(0, limit);
  const more = colleagues.length - listed.length;
  return [
    whoCanSpeakHeading(),
    '',
    whoCanSpeakNote(),
    '',
    ...listed.flatMap((colleague) => colleagueLines(colleague, options.kinds)),
    ...(more > 0 ? ['', `_${moreColleagues(more)}_`] : []),
  ];
}

/**
 * The colleague, how many moments they shared and the competencies those show with their
 * counts; under it, the most recent of them cited once each, oldest first, and how many more.
 */
function colleagueLines(colleague: Colleague, kinds: KindCatalogue): string[] {
  const shown = colleague.competencies
    .map((shared) => l10n.t('{0} ({1})', competencyLabel(shared.competency), shared.moments.length))
    .join(', ');
  const count = sharedCount(colleague.moments.length);
  const name = `**${markdownText(colleague.name)}**`;
  return [
    `- ${shown ? l10n.t('{0}, {1}: {2}', name, count, shown) : l10n.t('{0}, {1}', name, count)}`,
    `  - ${citeMostRecent(colleague.moments, kinds)}`,
  ];
}

// Whole sentences for the translator, one for one and one for more (see bragDocument.ts).
function sharedCount(count: number): string {
  return count === 1 ? l10n.t('{0} moment shared', count) : l10n.t('{0} moments shared', count);
}

function moreColleagues(count: number): string {
  return count === 1 ? l10n.t('And {0} more colleague.', count) : l10n.t('And {0} more colleagues.', count);
}
