import * as l10n from '@vscode/l10n';
import type { TrackId, WeekStartDay } from '../../shared/enums';
import { lastDayOf, type Period } from '../insights/period';
import type { Timeline } from '../insights/timeline';
import type { KindCatalogue } from '../model/kindCatalogue';
import { type PeopleResolver, peopleResolver } from '../model/people';
import type { CheckIn } from '../model/schema';
import { DisplayLanguage } from '../time/displayLanguage';
import { atAGlance } from './bragGlance';
import { type MomentWriting, momentWriting, renderMoment } from './bragMoment';
import { PRIVATE_SECTIONS } from './bragPrivateSections';
import { groupMoments, type MomentGroup } from './bragSections';
import { type LadderTarget, ladderSection } from './ladderSection';
import { readinessOf } from '../ladders/evidence';
import { markdownText } from './markdownText';

export interface BragOptions {
  readonly weekStartsOn: WeekStartDay;
  readonly track: TrackId;
  /** Adds "Gaps and next focus" and "What energises me": for the user, not the reviewer. */
  readonly includePrivateSections: boolean;
  /** Names each kind, and tells which competencies a moment is evidence for. */
  readonly kinds: KindCatalogue;
  /** Who the names in moments mean (the log's people list): each person counted and named once. */
  readonly people?: PeopleResolver;
  /** The log's check-ins, for the private "Check-in" section. */
  readonly checkIns?: readonly CheckIn[];
  /** The language of dates and lists; English when not given (the command line's). */
  readonly language?: DisplayLanguage;
  /**
   * The level to measure the period against: adds "Against the <level> expectations" and
   * the level's gaps to "Gaps and next focus". Only when the user chose a ladder or a level.
   */
  readonly ladder?: LadderTarget;
}

/**
 * A Markdown brag document for `period` of the log `timeline` indexes, written for its
 * reader (a manager, a committee): a factual paragraph at a glance, then each moment of
 * the period exactly once, outcome first, grouped the way work is discussed — by
 * initiative, else by the competency it shows (bragSections.ts) — highlights first in
 * their group. Every text from the log goes through markdownText.ts, so it renders as
 * written, in VS Code's preview and on GitHub, and adds no structure, link or HTML of its own.
 */
export function renderBragDocument(timeline: Timeline, period: Period, options: BragOptions): string {
  const { kinds } = options;
  const people = options.people ?? peopleResolver();
  const language = options.language ?? new DisplayLanguage('en');
  const inPeriod = timeline.between(period.from, period.to);
  const lastDay = lastDayOf(period);
  const span = language
    .dateFormat({ day: 'numeric', month: 'short', year: 'numeric' })
    .formatRange(period.from, lastDay);

  const readiness =
    options.ladder && readinessOf(options.ladder.ladder, options.ladder.target, inPeriod, { kinds, people });
  const writing = momentWriting(kinds, people, language, period.from.getFullYear() !== lastDay.getFullYear());
  const sections: string[][] = [[`# ${l10n.t('Brag document: {0}', markdownText(period.label))}`]];
  if (inPeriod.length === 0) {
    sections.push([l10n.t('No moments were logged in this period ({0}).', span)]);
  } else {
    const groups = groupMoments(inPeriod, kinds);
    sections.push(
      atAGlance({
        moments: inPeriod,
        span,
        weekStartsOn: options.weekStartsOn,
        writing,
        initiatives: groups.initiatives,
        readiness,
      }),
    );
    if (groups.initiatives.length > 0) {
      sections.push([`## ${l10n.t('Initiatives')}`]);
      for (const group of groups.initiatives) sections.push(groupSection('###', group, writing));
    }
    for (const group of groups.others) sections.push(groupSection('##', group, writing));
    // After the body: each expectation cites moments the reader has just read, and the
    // glance at the top already says how many expectations have evidence.
    if (options.ladder && readiness) sections.push(ladderSection(options.ladder.ladder, readiness, writing));
  }
  if (options.includePrivateSections) {
    const input = {
      timeline,
      period,
      track: options.track,
      kinds,
      people,
      checkIns: options.checkIns,
      readiness,
      writing,
    };
    for (const section of PRIVATE_SECTIONS) sections.push(section(input));
  }
  return `${sections
    .filter((section) => section.length > 0)
    .map((section) => section.join('\n'))
    .join('\n\n')}\n`;
}

function groupSection(level: '##' | '###', group: MomentGroup, writing: MomentWriting): string[] {
  return [
    `${level} ${markdownText(group.title)}`,
    '',
    ...group.moments.map((moment) => renderMoment(moment, group.competency, writing)),
  ];
}
