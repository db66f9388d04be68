import * as l10n from '@vscode/l10n';
import { peopleNotNamedIn } from '../../core/quickLog';
import { ENERGY_WINDOW_WEEKS, TREND_WEEKS } from './sidebarPeriods';
import { webviewStrings } from './webviewStrings';
import { addDays, addWeeks, relativeDayLabel, startOfWeek } from '../../core/calendar';
import type { TrackId, WeekStartDay } from '../../shared/enums';
import { formatCodeLocation } from '../../core/codeLocation';
import { dateFormat } from '../../core/displayLanguage';
import { findCompetencyGaps } from '../../core/competencyGaps';
import { energyByKind } from '../../core/energy';
import type { LogFile, Moment } from '../../core/schema';
import { summariseWeek } from '../../core/summary';
import { progressAgainstTargets, type WeeklyTargets } from '../../core/targets';
import { competencyLabel, describeKind } from '../../core/taxonomy';
import { weeklyStreak, weeklyTrend, type WeekCounts } from '../../core/weeklyHistory';
import type { MomentView, SidebarSnapshot, Trend } from '../../protocol';

export interface SnapshotInput {
  readonly source: SidebarSnapshot['source'];
  /** The log as read; absent when it could not be read. */
  readonly log?: LogFile;
  /** Why the log could not be read. */
  readonly problem?: string;
  readonly now: Date;
  /** Which week to show: 0 is the current week, -1 the one before, and so on. */
  readonly weekOffset: number;
  readonly weekStartsOn: WeekStartDay;
  readonly track: TrackId;
  readonly targets: WeeklyTargets;
}

const TREND_SERIES = 5;

/**
 * The whole of what the sidebar shows, computed in the host. Pure (no VS Code), so it is
 * unit-tested in plain Node; the webview only draws it.
 */
export function buildSidebarSnapshot(input: SnapshotInput): SidebarSnapshot {
  const moments = input.log?.moments ?? [];
  const { now, weekStartsOn } = input;
  const currentWeek = startOfWeek(now, weekStartsOn);
  const weekStart = addWeeks(currentWeek, input.weekOffset);
  const week = summariseWeek(moments, weekStart, now);
  const counts = new Map(week.byKind.map((entry) => [entry.kind, entry.count]));

  return {
    strings: webviewStrings(),
    source: input.source,
    problem: input.problem,
    totalMoments: moments.length,
    track: input.track,
    week: {
      offset: input.weekOffset,
      title: weekTitle(input.weekOffset, weekStart),
      range: dateFormat({ weekday: 'short', day: 'numeric', month: 'short' }).formatRange(weekStart, addDays(weekStart, 6)),
      total: week.total,
      targets: progressAgainstTargets(counts, input.targets).map((row) => ({
        ...row,
        label: describeKind(row.kind).label,
        icon: describeKind(row.kind).icon,
      })),
      moments: week.moments.map((moment) => toMomentView(moment, now)),
    },
    streak: weeklyStreak(moments, now, weekStartsOn),
    // The trend ends at the selected week, so stepping back through weeks shows their past.
    trend: toTrend(weeklyTrend(moments, weekStart, TREND_WEEKS)),
    gaps: findCompetencyGaps(moments, now, weekStartsOn, input.track).map((gap) => ({
      label: competencyLabel(gap.competency),
      suggestion: gap.suggestion,
    })),
    energy: energySummary(moments, now, weekStartsOn),
  };
}

function weekTitle(offset: number, weekStart: Date): string {
  if (offset === 0) return l10n.t('This week');
  if (offset === -1) return l10n.t('Last week');
  return l10n.t('Week of {0}', shortDate(weekStart));
}

function shortDate(date: Date): string {
  return dateFormat({ weekday: 'short', day: 'numeric', month: 'short' }).format(date);
}

function toMomentView(moment: Moment, now: Date): MomentView {
  const kind = describeKind(moment.kind);
  return {
    id: moment.id,
    kind: moment.kind,
    kindLabel: kind.label,
    icon: kind.icon,
    summary: moment.summary,
    at: moment.at,
    day: relativeDayLabel(new Date(moment.at), now),
    people: peopleNotNamedIn(moment.summary, moment.people ?? []),
    tags: moment.tags ?? [],
    starred: moment.starred ?? false,
    impact: moment.impact,
    energy: moment.energy,
    code: moment.code ? formatCodeLocation(moment.code) : undefined,
  };
}

/** The most logged kinds get a colour each; the rest share "Other". */
function toTrend(weeks: WeekCounts[]): Trend {
  const totals = new Map<string, number>();
  for (const week of weeks) {
    for (const [kind, n] of Object.entries(week.byKind)) totals.set(kind, (totals.get(kind) ?? 0) + n);
  }
  const ranked = [...totals].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([kind]) => kind);
  const named = ranked.length > TREND_SERIES + 1 ? ranked.slice(0, TREND_SERIES) : ranked;
  const hasOther = ranked.length > named.length;
  return {
    series: [...named.map((kind) => ({ label: describeKind(kind).label })), ...(hasOther ? [{ label: l10n.t('Other') }] : [])],
    weeks: weeks.map((week) => {
      const namedCounts = named.map((kind) => week.byKind[kind] ?? 0);
      const other = week.total - namedCounts.reduce((sum, n) => sum + n, 0);
      const firstDay = new Date(`${week.weekStart}T00:00:00`);
      return {
        label: dateFormat({ day: 'numeric', month: 'short' }).format(firstDay),
        day: dateFormat({ day: 'numeric' }).format(firstDay),
        total: week.total,
        counts: hasOther ? [...namedCounts, other] : namedCounts,
      };
    }),
  };
}

function energySummary(moments: readonly Moment[], now: Date, weekStartsOn: WeekStartDay): SidebarSnapshot['energy'] {
  const from = addWeeks(startOfWeek(now, weekStartsOn), -(ENERGY_WINDOW_WEEKS - 1));
  const rows = energyByKind(moments, from, addDays(now, 1));
  return {
    energises: rows.filter((row) => row.balance > 0).map((row) => describeKind(row.kind).label),
    drains: rows
      .filter((row) => row.balance < 0)
      .reverse()
      .map((row) => describeKind(row.kind).label),
    rated: rows.reduce((sum, row) => sum + row.energised + row.neutral + row.drained, 0),
  };
}
