import { resolveTargets } from '../../src/core/insights/targets';
import { Timeline } from '../../src/core/insights/timeline';
import { KindCatalogue } from '../../src/core/model/kindCatalogue';
import type { Moment } from '../../src/core/model/schema';
import { DisplayLanguage } from '../../src/core/time/displayLanguage';
import type { SnapshotInput } from '../../src/viewModel/sidebarSnapshot';

/** What the sidebar is built from for `moments`, on Friday 20 November 2026 at noon UTC, with the management track's targets. */
export function snapshotInputOf(moments: readonly Moment[], overrides: Partial<SnapshotInput> = {}): SnapshotInput {
  return {
    source: { scope: 'workspace', folderName: 'repo', filePath: 'repo › .vscode/growth-log.json' },
    timeline: Timeline.build(moments),
    kinds: new KindCatalogue(),
    language: new DisplayLanguage('en'),
    now: new Date('2026-11-20T12:00:00Z'),
    weekOffset: 0,
    weekStartsOn: 'monday',
    track: 'management',
    targets: resolveTargets('management'),
    ...overrides,
  };
}
