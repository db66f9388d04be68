import * as assert from 'node:assert/strict';
import {
  dismissFollowUp,
  dueFollowUps,
  followUpDate,
  parseFollowUpRule,
  recordOutcome,
  withFollowUp,
  type FollowUpRule,
} from '../../src/core/insights/followUps';
import { momentSchema } from '../../src/core/model/schema';
import { FOLLOW_UPS_AT_A_TIME, hostToWebviewSchema, webviewToHostSchema } from '../../src/protocol';
import { SETTING_DEFAULTS } from '../../src/shared/settingDefaults';
import { buildSidebarSnapshot } from '../../src/viewModel/sidebarSnapshot';
import { momentAt } from '../support/moments';
import { snapshotInputOf } from '../support/snapshotInput';
import { withTimeZone } from '../support/timeZone';

describe('outcomes, followed up', () => {
  withTimeZone('UTC');
  const now = new Date('2026-11-20T12:00:00Z');
  const rule: FollowUpRule = { kinds: ['delegation', 'decision'], days: 14 };

  describe('which moments logged by hand get a follow-up date', () => {
    it('asks about a delegation or a decision the rule’s days after it happened', () => {
      const delegation = momentAt('2026-11-20T09:00:00Z', { kind: 'delegation' });
      assert.equal(followUpDate(delegation, rule, now), '2026-12-04T09:00:00.000Z');
      const decision = momentAt('2026-11-18T09:00:00Z', { kind: 'decision' });
      assert.equal(withFollowUp(decision, rule, now).followUpAt, '2026-12-02T09:00:00.000Z');
    });

    it('leaves other kinds alone, and every kind when follow-ups are off', () => {
      const mentoring = momentAt('2026-11-20T09:00:00Z', { kind: 'mentoring' });
      assert.equal(withFollowUp(mentoring, rule, now), mentoring);
      const delegation = momentAt('2026-11-20T09:00:00Z', { kind: 'delegation' });
      assert.equal(followUpDate(delegation, { ...rule, days: 0 }, now), undefined, '0 days turns it off');
      assert.equal(followUpDate(delegation, { kinds: [], days: 14 }, now), undefined, 'no kind is followed up');
      assert.equal(followUpDate(mentoring, { kinds: ['mentoring'], days: 7 }, now), '2026-11-27T09:00:00.000Z');
    });

    it('gives none to a moment backdated by more than the days, so a backlog never arrives as a flood', () => {
      const fourteenDaysAgo = momentAt('2026-11-06T12:00:00Z', { kind: 'delegation' });
      assert.equal(
        followUpDate(fourteenDaysAgo, rule, now),
        '2026-11-20T12:00:00.000Z',
        'exactly the days: still asked',
      );
      const older = momentAt('2026-11-06T11:59:59Z', { kind: 'delegation' });
      assert.equal(followUpDate(older, rule, now), undefined);
      assert.equal(withFollowUp(older, rule, now).followUpAt, undefined);
    });
  });

  describe('which follow-ups are due', () => {
    const due = (at: string, followUpAt: string, overrides = {}) =>
      momentAt(at, { kind: 'delegation', followUpAt, ...overrides });

    it('lists those whose date has come, the longest waiting first', () => {
      const recent = due('2026-11-05T09:00:00Z', '2026-11-19T09:00:00Z', { summary: 'recent' });
      const oldest = due('2026-10-01T09:00:00Z', '2026-10-15T09:00:00Z', { summary: 'oldest' });
      const atNoon = due('2026-11-06T12:00:00Z', '2026-11-20T12:00:00Z', { summary: 'due at noon' });
      const tomorrow = due('2026-11-07T09:00:00Z', '2026-11-21T09:00:00Z', { summary: 'tomorrow' });
      const dates = [recent, tomorrow, atNoon, oldest];
      assert.deepEqual(
        dueFollowUps(dates, now).map((moment) => moment.summary),
        ['oldest', 'recent', 'due at noon'],
      );
    });

    it('skips a moment already answered, and one without a date', () => {
      const answered = due('2026-10-01T09:00:00Z', '2026-10-15T09:00:00Z', {
        outcome: { text: 'held', at: '2026-10-16T09:00:00Z' },
      });
      const never = momentAt('2026-10-01T09:00:00Z', { kind: 'delegation' });
      const unreadable = due('2026-10-01T09:00:00Z', 'not a date');
      assert.deepEqual(dueFollowUps([answered, never, unreadable], now), []);
    });

    it('orders ties by when the moment happened, then by id, whatever the file’s order', () => {
      const first = due('2026-10-01T09:00:00Z', '2026-11-01T09:00:00Z', { id: 'b', summary: 'first' });
      const second = due('2026-10-02T09:00:00Z', '2026-11-01T09:00:00Z', { id: 'a', summary: 'second' });
      const third = due('2026-10-02T09:00:00Z', '2026-11-01T09:00:00Z', { id: 'c', summary: 'third' });
      for (const order of [
        [third, second, first],
        [first, third, second],
      ]) {
        assert.deepEqual(
          dueFollowUps(order, now).map((moment) => moment.summary),
          ['first', 'second', 'third'],
        );
      }
    });

    it('shows at most three at a time in the sidebar, and says how many wait behind them', () => {
      const moments = [1, 2, 3, 4, 5].map((day) =>
        due(`2026-10-0${day}T09:00:00Z`, `2026-10-1${day}T09:00:00Z`, { summary: `delegation ${day}` }),
      );
      const snapshot = buildSidebarSnapshot(snapshotInputOf(moments.reverse()));
      assert.equal(FOLLOW_UPS_AT_A_TIME, 3);
      assert.deepEqual(
        snapshot.followUps.due.map((followUp) => [followUp.summary, followUp.kindLabel, followUp.day]),
        [
          ['delegation 1', 'Delegation', 'Oct 1'],
          ['delegation 2', 'Delegation', 'Oct 2'],
          ['delegation 3', 'Delegation', 'Oct 3'],
        ],
      );
      assert.equal(snapshot.followUps.more, 2);
      assert.ok(hostToWebviewSchema.safeParse({ type: 'snapshot', snapshot }).success);
      const quiet = buildSidebarSnapshot(snapshotInputOf([momentAt('2026-11-19T09:00:00Z')]));
      assert.deepEqual(quiet.followUps, { due: [], more: 0 });
    });

    it('lets through only the protocol’s messages for answering and dismissing', () => {
      const tooMany = buildSidebarSnapshot(snapshotInputOf([]));
      tooMany.followUps.due = [1, 2, 3, 4].map((n) => ({
        id: `id-${n}`,
        summary: 's',
        kindLabel: 'Delegation',
        icon: 'person-add',
        day: 'Oct 1',
      }));
      assert.equal(hostToWebviewSchema.safeParse({ type: 'snapshot', snapshot: tooMany }).success, false);
      assert.ok(webviewToHostSchema.safeParse({ type: 'answerFollowUp', id: 'abc' }).success);
      assert.ok(webviewToHostSchema.safeParse({ type: 'dismissFollowUp', id: 'abc' }).success);
      assert.equal(webviewToHostSchema.safeParse({ type: 'answerFollowUp', id: ' ' }).success, false);
      assert.equal(webviewToHostSchema.safeParse({ type: 'dismissFollowUp' }).success, false);
    });
  });

  describe('answering and dismissing', () => {
    const asked = momentAt('2026-11-01T09:00:00Z', {
      kind: 'delegation',
      summary: 'Handed the release to Sam',
      followUpAt: '2026-11-15T09:00:00Z',
      notes: 'kept',
    });

    it('records the outcome with its date and stops asking', () => {
      const answered = recordOutcome(asked, '  Sam has run three releases alone ', now);
      assert.deepEqual(answered.outcome, { text: 'Sam has run three releases alone', at: now.toISOString() });
      assert.equal('followUpAt' in answered, false);
      assert.equal(answered.notes, 'kept');
      assert.ok(momentSchema.safeParse(answered).success);
      assert.deepEqual(dueFollowUps([answered], now), []);
    });

    it('removes only the follow-up date when dismissed', () => {
      const dismissed = dismissFollowUp(asked);
      const { followUpAt: _removed, ...rest } = asked;
      assert.deepEqual(dismissed, rest);
      assert.deepEqual(dueFollowUps([dismissed], now), []);
    });
  });

  describe('the settings', () => {
    it('reads the kinds and the days, and falls back to the defaults for what does not fit', () => {
      assert.deepEqual(parseFollowUpRule(undefined, undefined), {
        kinds: [...SETTING_DEFAULTS['followUp.kinds']],
        days: SETTING_DEFAULTS['followUp.days'],
      });
      assert.deepEqual(parseFollowUpRule(['delegation', 'strategy', 'delegation'], 30), {
        kinds: ['delegation', 'strategy'],
        days: 30,
      });
      assert.deepEqual(parseFollowUpRule([], 0), { kinds: [], days: 0 });
      for (const days of [-1, 1.5, '14', 366, null]) {
        assert.equal(parseFollowUpRule([], days).days, 14, `days ${JSON.stringify(days)}`);
      }
      for (const kinds of ['delegation', ['Delegation'], [1], null]) {
        assert.deepEqual(
          parseFollowUpRule(kinds, 7).kinds,
          ['delegation', 'decision'],
          `kinds ${JSON.stringify(kinds)}`,
        );
      }
    });
  });
});
