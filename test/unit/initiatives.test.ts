import * as assert from 'node:assert/strict';
import { recentInitiatives } from '../../src/core/insights/initiatives';
import { applyQuickLogEntry } from '../../src/core/model/newMoment';
import { hostToWebviewSchema } from '../../src/protocol';
import { buildSidebarSnapshot } from '../../src/viewModel/sidebarSnapshot';
import { momentAt } from '../support/moments';
import { snapshotInputOf } from '../support/snapshotInput';

describe('recentInitiatives', () => {
  const at = (day: number) => new Date(Date.UTC(2026, 10, day, 12)).toISOString();

  it('lists the initiatives most recently worked on first, with how many moments each has', () => {
    const moments = [
      { at: at(2), initiative: 'payments' },
      { at: at(20), initiative: 'search' },
      { at: at(10) },
      { at: at(12), initiative: 'payments' },
      { at: at(5), initiative: 'onboarding' },
    ];
    assert.deepEqual(recentInitiatives(moments), [
      { name: 'search', moments: 1, lastAt: at(20) },
      { name: 'payments', moments: 2, lastAt: at(12) },
      { name: 'onboarding', moments: 1, lastAt: at(5) },
    ]);
  });

  it('counts spellings that differ in case or spaces as one, spelt as its most recent moment', () => {
    const moments = [
      { at: at(3), initiative: 'payments' },
      { at: at(9), initiative: ' Payments ' },
      { at: at(6), initiative: 'PAYMENTS' },
    ];
    assert.deepEqual(recentInitiatives(moments), [{ name: 'Payments', moments: 3, lastAt: at(9) }]);
  });

  it('skips blank names, which a hand edit could leave', () => {
    assert.deepEqual(recentInitiatives([{ at: at(1), initiative: '   ' }, { at: at(2) }]), []);
  });
});

describe('an edit of a moment’s initiative', () => {
  const moment = {
    id: 'm1',
    kind: 'mentoring',
    at: '2026-11-20T10:00:00.000Z',
    summary: 'Paired',
    initiative: 'payments',
  };
  const entry = { summary: 'Paired', people: [], tags: [], starred: false, links: [] };

  it('sets it trimmed, and clears it when the edit names none', () => {
    assert.equal(applyQuickLogEntry(moment, { entry: { ...entry, initiative: ' search ' } }).initiative, 'search');
    assert.ok(!('initiative' in applyQuickLogEntry(moment, { entry })));
    assert.ok(!('initiative' in applyQuickLogEntry(moment, { entry: { ...entry, initiative: '  ' } })), 'never blank');
  });
});

describe('the sidebar snapshot names a moment’s initiative', () => {
  it('carries the initiative of a moment that has one, and none for one that has not', () => {
    const moments = [
      momentAt('2026-11-18T09:00:00Z', { summary: 'Unblocked Sam', initiative: 'payments' }),
      momentAt('2026-11-19T09:00:00Z', { summary: 'Ran the retro' }),
    ];
    const snapshot = buildSidebarSnapshot(snapshotInputOf(moments));
    assert.deepEqual(
      snapshot.week.moments.map((moment) => [moment.summary, moment.initiative]),
      [
        ['Ran the retro', undefined],
        ['Unblocked Sam', 'payments'],
      ],
    );
    assert.match(snapshot.strings.initiative, /\{0\}/);
    assert.ok(hostToWebviewSchema.safeParse({ type: 'snapshot', snapshot }).success);
  });
});
