import * as assert from 'node:assert/strict';
import { GAP_WINDOW_WEEKS } from '../../src/core/insights/competencyGaps';
import { DisplayLanguage } from '../../src/core/time/displayLanguage';
import { KindCatalogue } from '../../src/core/model/kindCatalogue';
import type { LogFile } from '../../src/core/model/schema';
import { peopleResolver } from '../../src/core/model/people';
import { resolveTargets } from '../../src/core/insights/targets';
import { Timeline } from '../../src/core/insights/timeline';
import { ENERGY_WINDOW_WEEKS, TREND_WEEKS } from '../../src/viewModel/sidebarPeriods';
import { buildSidebarSnapshot, type SnapshotInput } from '../../src/viewModel/sidebarSnapshot';
import { hostToWebviewSchema, webviewToHostSchema } from '../../src/protocol';
import { momentAt } from '../support/moments';
import { withTimeZone } from '../support/timeZone';

describe('sidebar snapshot and protocol', () => {
  withTimeZone('UTC');
  const base = ({ log, ...overrides }: Partial<SnapshotInput> & { log?: LogFile }): SnapshotInput => ({
    source: { scope: 'workspace', folderName: 'repo', filePath: 'repo › .vscode/growth-log.json' },
    timeline: Timeline.build(log?.moments ?? []),
    kinds: new KindCatalogue(),
    language: new DisplayLanguage('en'),
    now: new Date('2026-11-20T12:00:00Z'), // Fri
    weekOffset: 0,
    weekStartsOn: 'monday',
    track: 'management',
    targets: resolveTargets('management'),
    ...overrides,
  });
  const log = {
    version: 1 as const,
    moments: [
      momentAt('2026-11-16T09:00:00Z', {
        summary: 'older',
        people: ['Sam'],
        tags: ['ci'],
        starred: true,
        energy: 'energised',
      }),
      momentAt('2026-11-19T09:00:00Z', { kind: 'code-review', summary: 'newer' }),
      momentAt('2026-11-10T09:00:00Z', { kind: 'conflict', summary: 'last week', energy: 'drained' }),
    ],
  };

  it('holds the selected week, newest first, with worded days, and the size of the whole log', () => {
    const snapshot = buildSidebarSnapshot(base({ log }));
    assert.equal(snapshot.totalMoments, 3);
    assert.equal(snapshot.week.title, 'This week');
    assert.equal(snapshot.week.total, 2);
    assert.deepEqual(
      snapshot.week.moments.map((m) => [m.summary, m.day]),
      [
        ['newer', 'Yesterday'],
        ['older', 'Monday'],
      ],
    );
    assert.deepEqual(snapshot.week.moments[1], {
      id: log.moments[0]!.id,
      kind: 'mentoring',
      kindLabel: 'Mentoring',
      icon: 'mortar-board',
      summary: 'older',
      at: log.moments[0]!.at,
      day: 'Monday',
      people: ['Sam'],
      tags: ['ci'],
      starred: true,
      impact: undefined,
      energy: 'energised',
      code: undefined,
      links: [],
    });
    assert.ok(hostToWebviewSchema.safeParse({ type: 'snapshot', snapshot }).success, 'the snapshot is a valid message');
  });

  it("shows progress against the track's targets", () => {
    const snapshot = buildSidebarSnapshot(base({ log }));
    const row = (kind: string) => snapshot.week.targets.find((target) => target.kind === kind);
    assert.deepEqual(row('delegation'), {
      kind: 'delegation',
      label: 'Delegation',
      icon: 'person-add',
      count: 0,
      target: 2,
    });
    assert.equal(row('mentoring')?.count, 1);
    assert.equal(row('mentoring')?.target, 1);
    assert.equal(row('learning'), undefined, 'a kind with no target and no moment has no row');
  });

  it('steps back a week, with the trend ending at that week', () => {
    const snapshot = buildSidebarSnapshot(base({ log, weekOffset: -1 }));
    assert.equal(snapshot.week.title, 'Last week');
    assert.deepEqual(
      snapshot.week.moments.map((m) => m.summary),
      ['last week'],
    );
    assert.equal(snapshot.trend.weeks.length, 8);
    assert.equal(snapshot.trend.weeks.at(-1)?.total, 1);
    assert.deepEqual([snapshot.trend.weeks.at(-1)?.label, snapshot.trend.weeks.at(-1)?.tick], ['Nov 9', '9']);
    // Intl writes ranges with thin spaces around the dash.
    assert.equal(snapshot.week.range.replace(/\s/g, ' '), 'Mon, Nov 9 – Sun, Nov 15');
    assert.equal(buildSidebarSnapshot(base({ log, weekOffset: -3 })).week.title, 'Week of Mon, Oct 26');
  });

  it("carries the streak, the gaps and the quarter's energy", () => {
    const snapshot = buildSidebarSnapshot(base({ log }));
    assert.equal(snapshot.streak, 2);
    assert.ok(snapshot.gaps.some((gap) => gap.label === 'Delegation'));
    assert.ok(!snapshot.gaps.some((gap) => gap.label === 'Team development'));
    // Two ratings name no kind: a verdict waits for three of a kind.
    assert.deepEqual(snapshot.energy, { energises: [], drains: [], rated: 2 });
  });

  it('shows a past week with the streak and the gaps as they stood when it ended', () => {
    const history = {
      version: 1 as const,
      moments: [
        // Three weeks in a row up to the week of Nov 2, then a quiet week, then this week.
        momentAt('2026-10-20T09:00:00Z', { kind: 'delegation' }),
        momentAt('2026-10-27T09:00:00Z', { kind: 'delegation' }),
        momentAt('2026-11-03T09:00:00Z', { kind: 'delegation' }),
        momentAt('2026-11-18T09:00:00Z', { kind: 'communication' }),
      ],
    };
    const now = buildSidebarSnapshot(base({ log: history }));
    assert.equal(now.streak, 1);
    assert.ok(!now.gaps.some((gap) => gap.label === 'Communication & influence'));

    const past = buildSidebarSnapshot(base({ log: history, weekOffset: -2 }));
    assert.equal(past.week.title, 'Week of Mon, Nov 2');
    assert.equal(past.streak, 3, 'the three weeks in a row that ended with that week');
    assert.ok(!past.gaps.some((gap) => gap.label === 'Delegation'), 'delegated in the four weeks up to then');
    assert.ok(
      past.gaps.some((gap) => gap.label === 'Communication & influence'),
      'the communication came later, so it was a gap then',
    );
    assert.equal(buildSidebarSnapshot(base({ log: history, weekOffset: -1 })).streak, 0, 'a quiet week ends a streak');
  });

  it("names the trend's month at its first bar and where it changes", () => {
    const snapshot = buildSidebarSnapshot(base({ log, now: new Date('2026-12-09T12:00:00Z') }));
    assert.deepEqual(
      snapshot.trend.weeks.map((week) => week.tick),
      ['Oct 19', '26', 'Nov 2', '9', '16', '23', '30', 'Dec 7'],
    );
    assert.equal(snapshot.trend.weeks[1]?.label, 'Oct 26', 'the table still has every full date');
  });

  it("carries a moment's links as the log holds them", () => {
    const links = ['https://github.com/acme/app/pull/42', 'command:workbench.action.quit'];
    const snapshot = buildSidebarSnapshot(
      base({ log: { version: 1, moments: [momentAt('2026-11-19T09:00:00Z', { links })] } }),
    );
    assert.deepEqual(snapshot.week.moments[0]?.links, links);
  });

  it('names how a kind of work feels only from three rated moments of it, with how many', () => {
    const rated = (kind: string, energy: 'energised' | 'drained', times: number) =>
      Array.from({ length: times }, (_, day) => momentAt(`2026-11-${10 + day}T09:00:00Z`, { kind, energy }));
    const moments = [
      ...rated('mentoring', 'energised', 4),
      ...rated('conflict', 'drained', 3),
      ...rated('decision', 'energised', 1),
    ];
    const { energy } = buildSidebarSnapshot(base({ log: { version: 1, moments } }));
    assert.deepEqual(energy, {
      energises: [{ label: 'Mentoring', rated: 4 }],
      drains: [{ label: 'Conflict', rated: 3 }],
      rated: 8,
    });
  });

  it('lists the people of the week with their moments, one person whatever the case', () => {
    const moments = [
      momentAt('2026-11-16T09:00:00Z', { people: ['Sam', 'Priya'] }),
      momentAt('2026-11-17T09:00:00Z', { people: ['Sam'] }),
      momentAt('2026-11-18T09:00:00Z', { people: ['sam', 'kim'] }),
      momentAt('2026-11-10T09:00:00Z', { people: ['Alex'] }),
    ];
    const { people } = buildSidebarSnapshot(base({ log: { version: 1, moments } }));
    assert.deepEqual(people, [
      { name: 'Sam', momentIds: [moments[2]!.id, moments[1]!.id, moments[0]!.id] },
      { name: 'kim', momentIds: [moments[2]!.id] },
      { name: 'Priya', momentIds: [moments[0]!.id] },
    ]);
    const tie = [
      momentAt('2026-11-16T09:00:00Z', { people: ['Sam'] }),
      momentAt('2026-11-17T09:00:00Z', { people: ['sam'] }),
    ];
    assert.equal(
      buildSidebarSnapshot(base({ log: { version: 1, moments: tie } })).people[0]?.name,
      'Sam',
      'a tie goes to the capital',
    );
  });

  it('lists a person the log merged as one, by the name the log keeps', () => {
    const moments = [
      momentAt('2026-11-16T09:00:00Z', { people: ['Sam Lee'] }),
      momentAt('2026-11-17T09:00:00Z', { people: ['@sam'] }),
      momentAt('2026-11-18T09:00:00Z', { people: ['Priya'] }),
    ];
    const listed = [{ id: 'p1', name: 'Sam Lee', aliases: ['Sam'] }];
    const { people } = buildSidebarSnapshot(
      base({ log: { version: 1, moments, people: listed }, people: peopleResolver(listed) }),
    );
    assert.deepEqual(people, [
      { name: 'Sam Lee', momentIds: [moments[1]!.id, moments[0]!.id] },
      { name: 'Priya', momentIds: [moments[2]!.id] },
    ]);
  });

  it('states how far back each section looks, from the window that section uses', () => {
    const { strings, trend } = buildSidebarSnapshot(base({ log }));
    assert.equal(strings.gapsTitle, `Gaps in the last ${GAP_WINDOW_WEEKS} weeks`);
    assert.equal(strings.noGaps, `Every competency has evidence from the last ${GAP_WINDOW_WEEKS} weeks.`);
    assert.equal(strings.energyTitle, `Energy in the last ${ENERGY_WINDOW_WEEKS} weeks`);
    // The view fills in the trend's length itself, from the weeks it is given.
    assert.equal(trend.weeks.length, TREND_WEEKS);
    assert.equal(strings.trendTitle, 'Last {0} weeks');
  });

  it('names the kinds of the trend, lumping the rarest together as Other', () => {
    const many = ['mentoring', 'code-review', 'delegation', 'communication', 'decision', 'strategy', 'conflict'].map(
      (kind, index) => momentAt(`2026-11-1${index % 7}T09:00:00Z`, { kind }),
    );
    const trend = buildSidebarSnapshot(base({ log: { version: 1, moments: many } })).trend;
    assert.equal(trend.series.length, 6);
    assert.equal(trend.series.at(-1)?.label, 'Other');
    for (const week of trend.weeks)
      assert.equal(
        week.counts.reduce((a, b) => a + b, 0),
        week.total,
      );
  });

  it('carries the problem instead of moments when the log cannot be read', () => {
    const snapshot = buildSidebarSnapshot(base({ problem: 'x.json:1:2: invalid JSON' }));
    assert.equal(snapshot.problem, 'x.json:1:2: invalid JSON');
    assert.equal(snapshot.totalMoments, 0);
  });

  it('accepts only well-formed messages from the webview', () => {
    for (const good of [
      { type: 'ready' },
      { type: 'ready', weekOffset: -3 },
      { type: 'log', kind: 'mentoring' },
      { type: 'log' },
      { type: 'showWeek', offset: -1 },
      { type: 'editMoment', id: 'abc' },
      { type: 'deleteMoment', id: 'abc' },
      // Any id the log accepts, however long, can be edited and deleted from the view.
      { type: 'deleteMoment', id: 'x'.repeat(5000) },
      { type: 'openCode', id: '[a](command:x) <img src=x>' },
      { type: 'openLink', url: 'https://github.com/acme/app/pull/42' },
      { type: 'openLink', url: 'http://intranet.example/wiki?q=1#a' },
      { type: 'mergePeople' },
      { type: 'mergePeople', name: 'Sam <img src=x>' },
    ]) {
      assert.ok(webviewToHostSchema.safeParse(good).success, JSON.stringify(good));
    }
    for (const bad of [
      null,
      'ready',
      {},
      { type: 'delete-everything' },
      { type: 'log', kind: '<script>' },
      { type: 'log', kind: 42 },
      { type: 'showWeek', offset: 1 },
      { type: 'showWeek', offset: 0.5 },
      { type: 'editMoment' },
      { type: 'deleteMoment', id: '' },
      { type: 'deleteMoment', id: '   ' },
      { type: 'openLink', url: 'command:workbench.action.quit' },
      { type: 'openLink', url: 'javascript:alert(1)' },
      { type: 'openLink', url: 'file:///etc/passwd' },
      { type: 'openLink', url: 'https://' },
      { type: 'openLink' },
      { type: 'mergePeople', name: '' },
      { type: 'mergePeople', name: 42 },
    ]) {
      assert.equal(webviewToHostSchema.safeParse(bad).success, false, JSON.stringify(bad));
    }
  });
});
