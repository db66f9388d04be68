import { startOfWeek, type WeekStartDay } from '../../core/calendar';
import type { LogFile, Moment } from '../../core/schema';
import { summariseWeek } from '../../core/summary';
import { describeKind } from '../../core/taxonomy';
import type { MomentView, SidebarSnapshot } from '../../protocol';

export interface SnapshotInput {
  readonly source: SidebarSnapshot['source'];
  /** The log as read; absent when it could not be read. */
  readonly log?: LogFile;
  /** Why the log could not be read. */
  readonly problem?: string;
  readonly now: Date;
  readonly weekStartsOn: WeekStartDay;
}

/**
 * The whole of what the sidebar shows, computed in the host. Pure (no VS Code), so it is
 * unit-tested in plain Node; the webview only draws it.
 */
export function buildSidebarSnapshot(input: SnapshotInput): SidebarSnapshot {
  const moments = input.log?.moments ?? [];
  const week = summariseWeek(moments, startOfWeek(input.now, input.weekStartsOn), input.now);
  return {
    source: input.source,
    problem: input.problem,
    totalMoments: moments.length,
    week: {
      weekStart: week.weekStart,
      weekEnd: week.weekEnd,
      isCurrentWeek: week.isCurrentWeek,
      total: week.total,
      byKind: week.byKind.map((count) => ({ ...count, icon: describeKind(count.kind).icon })),
      moments: week.moments.map(toMomentView),
    },
  };
}

function toMomentView(moment: Moment): MomentView {
  const kind = describeKind(moment.kind);
  return {
    id: moment.id,
    kind: moment.kind,
    kindLabel: kind.label,
    icon: kind.icon,
    summary: moment.summary,
    at: moment.at,
    people: moment.people ?? [],
    tags: moment.tags ?? [],
    starred: moment.starred ?? false,
    impact: moment.impact,
  };
}
