import * as l10n from '@vscode/l10n';
import { peopleNotNamedIn } from '../core/model/quickLog';
import { ENERGY_WINDOW_WEEKS, TREND_WEEKS } from './sidebarPeriods';
import { webviewStrings } from './webviewStrings';
import { addDays, addWeeks, relativeDayLabel, startOfWeek } from '../core/time/calendar';
import type { TrackId, WeekStartDay } from '../shared/enums';
import { formatCodeLocation } from '../core/git/codeLocation';
import type { DisplayLanguage } from '../core/time/displayLanguage';
import { findCompetencyGaps } from '../core/insights/competencyGaps';
import { energyByKind, kindsWithAVerdict, ratedMoments, type KindEnergy } from '../core/insights/energy';
import { peopleInPeriod } from '../core/insights/peopleInPeriod';
import type { KindCatalogue } from '../core/model/kindCatalogue';
import type { Moment } from '../core/model/schema';
import { summariseWeek } from '../core/insights/summary';
import { progressAgainstTargets, type WeeklyTargets } from '../core/insights/targets';
import { competencyLabel } from '../core/model/taxonomy';
import { type PeopleResolver, peopleResolver, resolvedNames } from '../core/model/people';
import type { Timeline } from '../core/insights/timeline';
import { streakEndingWith, weeklyStreak, weeklyTrend, type WeekCounts } from '../core/insights/weeklyHistory';
import { dueFollowUps } from '../core/insights/followUps';
import { FOLLOW_UPS_AT_A_TIME, type MomentView, type SidebarSnapshot, type Trend } from '../protocol';

export interface SnapshotInput {
  readonly source: SidebarSnapshot['source'];
  /** The moments of the log as read, by time; empty when it could not be read. */
  readonly timeline: Timeline;
  /** Why the log could not be read. */
  readonly problem?: string;
  readonly now: Date;
  /** Which week to show: 0 is the current week, -1 the one before, and so on. */
  readonly weekOffset: number;
  readonly weekStartsOn: WeekStartDay;
  readonly track: TrackId;
  readonly targets: WeeklyTargets;
  readonly kinds: KindCatalogue;
  /** Who the names in moments mean (the log's people list); names as written when absent. */
  readonly people?: PeopleResolver;
  /** For dates. */
  readonly language: DisplayLanguage;
}

const TREND_SERIES = 5;

/**
 * The whole of what the sidebar shows, computed in the host. Pure (no VS Code), so it is
 * unit-tested in plain Node; the webview only draws it.
 */
export function buildSidebarSnapshot(input: SnapshotInput): SidebarSnapshot {
  const { timeline, now, weekStartsOn, kinds, language } = input;
  const currentWeek = startOfWeek(now, weekStartsOn);
  const weekStart = addWeeks(currentWeek, input.weekOffset);
  const week = summariseWeek(timeline, weekStart, now, kinds);
  const counts = new Map(week.byKind.map((entry) => [entry.kind, entry.count]));

  return {
    strings: webviewStrings(),
    source: input.source,
    problem: input.problem,
    totalMoments: timeline.size,
    track: input.track,
    week: {
      offset: input.weekOffset,
      title: weekTitle(input.weekOffset, weekStart, language),
      range: language
        .dateFormat({ weekday: 'short', day: 'numeric', month: 'short' })
        .formatRange(weekStart, addDays(weekStart, 6)),
      total: week.total,
      targets: progressAgainstTargets(counts, input.targets).map((row) => ({
        ...row,
        label: kinds.describe(row.kind).label,
        icon: kinds.describe(row.kind).icon,
      })),
      moments: week.moments.map((moment) => toMomentView(moment, now, input)),
    },
    // A past week shows the streak and the gaps as they stood when it ended; the current
    // week, as they stand now. The trend, likewise, ends at the selected week.
    streak: input.weekOffset === 0 ? weeklyStreak(timeline, now, weekStartsOn) : streakEndingWith(timeline, weekStart),
    trend: toTrend(weeklyTrend(timeline, weekStart, TREND_WEEKS), input),
    gaps: findCompetencyGaps(timeline, endOfShownWeek(weekStart, now), weekStartsOn, input.track, kinds).map((gap) => ({
      label: competencyLabel(gap.competency),
      suggestion: gap.suggestion,
    })),
    people: peopleInPeriod(week.moments, input.people),
    energy: energySummary(input),
    followUps: followUpsDue(input),
  };
}

/** A few due follow-ups at a time, the longest waiting first; answering one brings the next. */
function followUpsDue({ timeline, now, kinds, language }: SnapshotInput): SidebarSnapshot['followUps'] {
  const due = dueFollowUps(timeline, now);
  return {
    due: due.slice(0, FOLLOW_UPS_AT_A_TIME).map((moment) => {
      const kind = kinds.describe(moment.kind);
      return {
        id: moment.id,
        summary: moment.summary,
        kindLabel: kind.label,
        icon: kind.icon,
        day: relativeDayLabel(new Date(moment.at), now, language),
      };
    }),
    more: Math.max(0, due.length - FOLLOW_UPS_AT_A_TIME),
  };
}

/** The last instant of the week shown that has passed: now for the current week, its final millisecond for a past one. */
function endOfShownWeek(weekStart: Date, now: Date): Date {
  const lastInstant = new Date(addWeeks(weekStart, 1).getTime() - 1);
  return lastInstant < now ? lastInstant : now;
}

function weekTitle(offset: number, weekStart: Date, language: DisplayLanguage): string {
  if (offset === 0) return l10n.t('This week');
  if (offset === -1) return l10n.t('Last week');
  return l10n.t('Week of {0}', shortDate(weekStart, language));
}

function shortDate(date: Date, language: DisplayLanguage): string {
  return language.dateFormat({ weekday: 'short', day: 'numeric', month: 'short' }).format(date);
}

function toMomentView(moment: Moment, now: Date, { kinds, language, people }: SnapshotInput): MomentView {
  const kind = kinds.describe(moment.kind);
  return {
    id: moment.id,
    kind: moment.kind,
    kindLabel: kind.label,
    icon: kind.icon,
    summary: moment.summary,
    at: moment.at,
    day: relativeDayLabel(new Date(moment.at), now, language),
    people: resolvedNames(peopleNotNamedIn(moment.summary, moment.people ?? []), people ?? peopleResolver()),
    tags: moment.tags ?? [],
    starred: moment.starred ?? false,
    ...(moment.initiative === undefined ? {} : { initiative: moment.initiative }),
    impact: moment.impact,
    energy: moment.energy,
    code: moment.code ? formatCodeLocation(moment.code) : undefined,
    links: moment.links ?? [],
  };
}

/** The most logged kinds get a colour each; the rest share "Other". */
function toTrend(weeks: WeekCounts[], { kinds, language }: SnapshotInput): Trend {
  const totals = new Map<string, number>();
  for (const week of weeks) {
    for (const [kind, n] of week.byKind) totals.set(kind, (totals.get(kind) ?? 0) + n);
  }
  const ranked = [...totals].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([kind]) => kind);
  const named = ranked.length > TREND_SERIES + 1 ? ranked.slice(0, TREND_SERIES) : ranked;
  const hasOther = ranked.length > named.length;
  return {
    series: [
      ...named.map((kind) => ({ label: kinds.describe(kind).label })),
      ...(hasOther ? [{ label: l10n.t('Other') }] : []),
    ],
    weeks: weeks.map((week, index) => {
      const namedCounts = named.map((kind) => week.byKind.get(kind) ?? 0);
      const other = week.total - namedCounts.reduce((sum, n) => sum + n, 0);
      const firstDay = new Date(`${week.weekStart}T00:00:00`);
      const label = language.dateFormat({ day: 'numeric', month: 'short' }).format(firstDay);
      const previous = weeks[index - 1];
      // The month is named where the axis starts and where it changes: "Nov 2, 9, 16, 23, Dec 7".
      const newMonth = !previous || previous.weekStart.slice(0, 7) !== week.weekStart.slice(0, 7);
      return {
        label,
        tick: newMonth ? label : language.dateFormat({ day: 'numeric' }).format(firstDay),
        total: week.total,
        counts: hasOther ? [...namedCounts, other] : namedCounts,
      };
    }),
  };
}

function energySummary({ timeline, now, weekStartsOn, kinds }: SnapshotInput): SidebarSnapshot['energy'] {
  const from = addWeeks(startOfWeek(now, weekStartsOn), -(ENERGY_WINDOW_WEEKS - 1));
  const rows = energyByKind(timeline, from, addDays(now, 1));
  const verdicts = kindsWithAVerdict(rows);
  const verdict = (row: KindEnergy) => ({ label: kinds.describe(row.kind).label, rated: ratedMoments(row) });
  return {
    energises: verdicts.filter((row) => row.balance > 0).map(verdict),
    drains: verdicts
      .filter((row) => row.balance < 0)
      .reverse()
      .map(verdict),
    rated: rows.reduce((sum, row) => sum + ratedMoments(row), 0),
  };
}
