import * as assert from 'node:assert/strict';
import { startOfWeek } from '../../src/core/time/calendar';
import { summariseWeek } from '../../src/core/insights/summary';
import { BUILT_IN_KINDS, COMPETENCIES } from '../../src/core/model/taxonomy';
import { momentAt } from '../support/moments';
import { withTimeZone } from '../support/timeZone';
import { Timeline } from '../../src/core/insights/timeline';
import { KindCatalogue } from '../../src/core/model/kindCatalogue';

const builtInKinds = new KindCatalogue();

describe('summariseWeek', () => {
  withTimeZone('America/New_York');
  // Local times mean something only once the zone is set, so these wait for the hook.
  let now: Date;
  let week: Date;
  before(() => {
    now = new Date('2026-11-20T15:00'); // Fri 20 Nov
    week = startOfWeek(now, 'monday');
  });

  it("counts the week's moments per kind and per competency", () => {
    const summary = summariseWeek(
      Timeline.build([
        momentAt('2026-11-16T09:00', { kind: 'mentoring' }),
        momentAt('2026-11-17T09:00', { kind: 'mentoring' }),
        momentAt('2026-11-18T09:00', { kind: 'delegation' }),
        momentAt('2026-11-10T09:00', { kind: 'delegation' }), // the week before
      ]),
      week,
      now,
      builtInKinds,
    );
    assert.equal(summary.total, 3);
    assert.equal(summary.byKind.find((k) => k.kind === 'mentoring')?.count, 2);
    assert.equal(summary.byKind.find((k) => k.kind === 'delegation')?.count, 1);
    const competency = (id: string) => summary.byCompetency.find((c) => c.competency === id)?.count;
    assert.equal(competency('team-development'), 3); // both kinds feed it
    assert.equal(competency('communication'), 2);
    assert.equal(competency('delegation'), 1);
    assert.equal(competency('strategic-vision'), 0);
  });

  it('lists every built-in kind and competency, even at zero', () => {
    const summary = summariseWeek(Timeline.build([]), week, now, builtInKinds);
    assert.equal(summary.total, 0);
    assert.deepEqual(
      summary.byKind.map((k) => k.kind),
      BUILT_IN_KINDS.map((k) => k.id),
    );
    assert.equal(summary.byCompetency.length, COMPETENCIES.length);
    assert.deepEqual(summary.moments, []);
  });

  it('orders the week newest first and names its first and last day', () => {
    const early = momentAt('2026-11-16T00:00');
    const late = momentAt('2026-11-22T23:59');
    const summary = summariseWeek(Timeline.build([early, late]), week, now, builtInKinds);
    assert.deepEqual(
      summary.moments.map((m) => m.id),
      [late.id, early.id],
    );
    assert.equal(summary.weekStart, '2026-11-16');
    assert.equal(summary.weekEnd, '2026-11-22');
    assert.equal(summary.isCurrentWeek, true);
  });

  it('puts a moment at local midnight into the week that starts then', () => {
    const atMidnight = momentAt('2026-11-23T00:00');
    assert.equal(summariseWeek(Timeline.build([atMidnight]), week, now, builtInKinds).total, 0);
    assert.equal(
      summariseWeek(
        Timeline.build([atMidnight]),
        startOfWeek(new Date('2026-11-23T12:00'), 'monday'),
        now,
        builtInKinds,
      ).total,
      1,
    );
  });

  it('follows a Sunday week start', () => {
    const sundayWeek = startOfWeek(now, 'sunday');
    const summary = summariseWeek(
      Timeline.build([momentAt('2026-11-15T10:00'), momentAt('2026-11-22T10:00')]),
      sundayWeek,
      now,
      builtInKinds,
    );
    assert.equal(summary.weekStart, '2026-11-15');
    assert.equal(summary.total, 1);
  });

  it('keeps the whole week across the autumn clock change', () => {
    // US clocks go back on Sun 1 Nov 2026: that week has 169 hours.
    const dstWeek = startOfWeek(new Date('2026-10-28T12:00'), 'monday');
    const lastEvening = momentAt('2026-11-01T23:30');
    const summary = summariseWeek(Timeline.build([lastEvening]), dstWeek, now, builtInKinds);
    assert.equal(summary.total, 1);
    assert.equal(summary.isCurrentWeek, false);
  });

  it('counts a kind it does not know under its own id', () => {
    const summary = summariseWeek(
      Timeline.build([momentAt('2026-11-18T10:00', { kind: 'hiring' })]),
      week,
      now,
      builtInKinds,
    );
    assert.equal(summary.byKind.at(-1)?.kind, 'hiring');
    assert.equal(summary.byKind.at(-1)?.count, 1);
  });
});
