import * as assert from 'node:assert/strict';
import { relativeDayLabel, startOfWeek } from '../../src/core/time/calendar';
import { findCompetencyGaps } from '../../src/core/insights/competencyGaps';
import { energyByKind } from '../../src/core/insights/energy';
import { DEFAULT_TARGETS, progressAgainstTargets, resolveTargets } from '../../src/core/insights/targets';
import { COMPETENCIES } from '../../src/core/model/taxonomy';
import { weeklyStreak, weeklyTrend } from '../../src/core/insights/weeklyHistory';
import { momentAt } from '../support/moments';
import { withTimeZone } from '../support/timeZone';
import { Timeline } from '../../src/core/insights/timeline';
import { KindCatalogue } from '../../src/core/model/kindCatalogue';
import { DisplayLanguage } from '../../src/core/time/displayLanguage';

const english = new DisplayLanguage('en');
const builtInKinds = new KindCatalogue();

describe('weekly targets', () => {
  it('weigh delegation and conflict more for managers, mentoring, reviews, writing and initiative for staff ICs', () => {
    const management = DEFAULT_TARGETS.management;
    const staff = DEFAULT_TARGETS['staff-ic'];
    for (const kind of ['delegation', 'conflict']) assert.ok((management[kind] ?? 0) > (staff[kind] ?? 0), kind);
    for (const kind of ['mentoring', 'code-review', 'communication', 'initiative']) {
      assert.ok((staff[kind] ?? 0) > (management[kind] ?? 0), kind);
    }
  });

  it('ask a staff IC for one craft moment a week, and a manager for none', () => {
    assert.equal(resolveTargets('staff-ic').craft, 1);
    assert.equal(resolveTargets('management').craft, undefined);
  });

  it('lets the user override a kind, add one, or drop one with 0', () => {
    const targets = resolveTargets('management', { delegation: 4, learning: 1, conflict: 0 });
    assert.equal(targets.delegation, 4);
    assert.equal(targets.learning, 1);
    assert.equal(targets.conflict, undefined);
    assert.equal(targets.mentoring, DEFAULT_TARGETS.management.mentoring);
  });

  it('lists kinds with a target or a moment, in taxonomy order, custom kinds last', () => {
    const rows = progressAgainstTargets(
      new Map([
        ['hiring', 2],
        ['learning', 1],
      ]),
      { delegation: 2, mentoring: 1 },
    );
    assert.deepEqual(rows, [
      { kind: 'mentoring', count: 0, target: 1 },
      { kind: 'delegation', count: 0, target: 2 },
      { kind: 'learning', count: 1, target: 0 },
      { kind: 'hiring', count: 2, target: 0 },
    ]);
  });
});

describe('trend and streak', () => {
  withTimeZone('Europe/London');

  it('counts each of the last weeks per kind, oldest first, across a clock change', () => {
    const lastWeek = startOfWeek(new Date('2026-11-04T12:00'), 'monday'); // Mon 2 Nov
    const trend = weeklyTrend(
      Timeline.build([
        momentAt('2026-10-25T23:30', { kind: 'mentoring' }), // Sun 25 Oct, the day clocks go back
        momentAt('2026-10-26T00:00', { kind: 'delegation' }), // Mon 26 Oct, midnight
        momentAt('2026-11-02T09:00', { kind: 'mentoring' }),
        momentAt('2026-11-03T09:00', { kind: 'mentoring' }),
        momentAt('2026-11-09T09:00', { kind: 'mentoring' }), // after the window
      ]),
      lastWeek,
      3,
    );
    assert.deepEqual(trend, [
      { weekStart: '2026-10-19', total: 1, byKind: new Map([['mentoring', 1]]) },
      { weekStart: '2026-10-26', total: 1, byKind: new Map([['delegation', 1]]) },
      { weekStart: '2026-11-02', total: 2, byKind: new Map([['mentoring', 2]]) },
    ]);
  });

  it('counts consecutive active weeks; the current week does not break it until it is over', () => {
    const now = new Date('2026-11-18T12:00'); // Wed
    const moments = [momentAt('2026-11-10T09:00'), momentAt('2026-11-03T09:00'), momentAt('2026-10-20T09:00')];
    assert.equal(weeklyStreak(Timeline.build(moments), now, 'monday'), 2, 'two weeks, then a gap');
    assert.equal(
      weeklyStreak(Timeline.build([...moments, momentAt('2026-11-17T09:00')]), now, 'monday'),
      3,
      'this week counts once logged',
    );
    assert.equal(weeklyStreak(Timeline.build([momentAt('2026-10-20T09:00')]), now, 'monday'), 0);
    assert.equal(weeklyStreak(Timeline.build([]), now, 'monday'), 0);
  });

  it('follows the week start across a year end', () => {
    const now = new Date('2027-01-06T12:00');
    assert.equal(
      weeklyStreak(
        Timeline.build([momentAt('2027-01-04T09:00'), momentAt('2026-12-31T09:00'), momentAt('2026-12-22T09:00')]),
        now,
        'monday',
      ),
      3,
    );
    assert.equal(
      weeklyStreak(Timeline.build([momentAt('2027-01-03T09:00'), momentAt('2026-12-27T09:00')]), now, 'sunday'),
      2,
    );
  });
});

describe('competency gaps', () => {
  withTimeZone('UTC');
  const now = () => new Date('2026-11-20T12:00:00Z');

  it('names every competency with no moment in the last four weeks, with a suggestion for the track', () => {
    const gaps = findCompetencyGaps(
      Timeline.build([momentAt('2026-10-27T09:00:00Z', { kind: 'delegation' })]),
      now(),
      'monday',
      'management',
      builtInKinds,
    );
    const ids = gaps.map((gap) => gap.competency);
    assert.ok(!ids.includes('delegation'));
    assert.ok(!ids.includes('team-development'));
    assert.equal(ids.length, COMPETENCIES.length - 2);
    for (const gap of gaps) assert.ok(gap.suggestion.length > 20, gap.competency);
  });

  it('ignores evidence older than four weeks', () => {
    const gaps = findCompetencyGaps(
      Timeline.build([momentAt('2026-10-25T09:00:00Z', { kind: 'delegation' })]),
      now(),
      'monday',
      'management',
      builtInKinds,
    );
    assert.ok(gaps.some((gap) => gap.competency === 'delegation'));
  });

  it('words suggestions for the track', () => {
    const manager = findCompetencyGaps(Timeline.build([]), now(), 'monday', 'management', builtInKinds).find(
      (gap) => gap.competency === 'delegation',
    );
    const staff = findCompetencyGaps(Timeline.build([]), now(), 'monday', 'staff-ic', builtInKinds).find(
      (gap) => gap.competency === 'delegation',
    );
    assert.equal(
      manager?.suggestion,
      "Hand one task you would normally do yourself to a teammate, and agree how you'll support them.",
    );
    assert.notEqual(staff?.suggestion, manager?.suggestion);
  });

  it('suggest something different for every competency on each track, technical depth too', () => {
    for (const track of ['management', 'staff-ic'] as const) {
      const suggestions = findCompetencyGaps(Timeline.build([]), now(), 'monday', track, builtInKinds);
      assert.equal(new Set(suggestions.map((gap) => gap.suggestion)).size, COMPETENCIES.length, track);
    }
    const depth = (track: 'management' | 'staff-ic') =>
      findCompetencyGaps(Timeline.build([]), now(), 'monday', track, builtInKinds).find(
        (gap) => gap.competency === 'technical-depth',
      )?.suggestion;
    assert.match(depth('staff-ic') ?? '', /^Go deep on one hard problem/);
    assert.notEqual(depth('management'), depth('staff-ic'));
  });
});

describe('energy by kind', () => {
  it('ranks kinds from most energising to most draining, within the period', () => {
    const rows = energyByKind(
      Timeline.build([
        momentAt('2026-11-02T09:00:00Z', { kind: 'mentoring', energy: 'energised' }),
        momentAt('2026-11-03T09:00:00Z', { kind: 'mentoring', energy: 'neutral' }),
        momentAt('2026-11-04T09:00:00Z', { kind: 'conflict', energy: 'drained' }),
        momentAt('2026-11-05T09:00:00Z', { kind: 'code-review' }),
        momentAt('2026-01-05T09:00:00Z', { kind: 'strategy', energy: 'drained' }),
      ]),
      new Date('2026-10-01T00:00:00Z'),
      new Date('2026-12-01T00:00:00Z'),
    );
    assert.deepEqual(rows, [
      { kind: 'mentoring', energised: 1, neutral: 1, drained: 0, balance: 0.5 },
      { kind: 'conflict', energised: 0, neutral: 0, drained: 1, balance: -1 },
    ]);
  });
});

describe('relativeDayLabel', () => {
  withTimeZone('UTC');
  const now = new Date('2026-11-20T12:00:00Z');
  it('words recent days and dates', () => {
    assert.equal(relativeDayLabel(new Date('2026-11-20T01:00:00Z'), now, english), 'Today');
    assert.equal(relativeDayLabel(new Date('2026-11-19T23:00:00Z'), now, english), 'Yesterday');
    assert.equal(relativeDayLabel(new Date('2026-11-16T09:00:00Z'), now, english), 'Monday');
    assert.equal(relativeDayLabel(new Date('2026-11-02T09:00:00Z'), now, english), 'Nov 2');
    assert.equal(relativeDayLabel(new Date('2025-11-02T09:00:00Z'), now, english), 'Nov 2, 2025');
  });
});
