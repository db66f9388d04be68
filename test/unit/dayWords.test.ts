import * as assert from 'node:assert/strict';
import { formatLocalDate } from '../../src/core/time/calendar';
import { parseDayWord } from '../../src/core/time/dayWords';
import { createMoment } from '../../src/core/model/newMoment';
import { applyQuickLogEntry } from '../../src/core/model/newMoment';
import { formatQuickLog, parseQuickLog } from '../../src/core/model/quickLog';
import { withTimeZone } from '../support/timeZone';

/** Friday 27 November 2026, 00:30 in Auckland (still Thursday in UTC). */
const FRIDAY_JUST_AFTER_MIDNIGHT = new Date('2026-11-26T11:30:00Z');

describe('a moment on any day: ~yesterday, ~tue, ~2026-11-24 and --date', () => {
  // Thirteen hours ahead of UTC, with summer time: a day that is not UTC's day.
  withTimeZone('Pacific/Auckland');

  it('reads today, yesterday, weekdays (the most recent, today included) and dates in local time', () => {
    const day = (word: string) => {
      const result = parseDayWord(word, FRIDAY_JUST_AFTER_MIDNIGHT);
      assert.ok(result.ok, word);
      return result.day;
    };
    assert.equal(day('today'), '2026-11-27');
    assert.equal(day('Yesterday'), '2026-11-26');
    assert.equal(day('friday'), '2026-11-27');
    assert.equal(day('tue'), '2026-11-24');
    assert.equal(day('saturday'), '2026-11-21');
    assert.equal(day('2026-11-02'), '2026-11-02');
  });

  it('refuses a day after today, a date that does not exist and a word that is no day, saying what it takes', () => {
    for (const word of ['2026-11-28', '2027-01-01', '2026-02-30', 'tomorrow', 'yesterdya', 'tues']) {
      const result = parseDayWord(word, FRIDAY_JUST_AFTER_MIDNIGHT);
      assert.equal(result.ok, false, word);
      assert.ok(!result.ok && result.error.includes(word), `${word}: the message names it`);
    }
  });

  it('gives a backdated moment an instant on that local day, and a moment of today the present instant', () => {
    const parsed = parseQuickLog('Walked @Ana through the runbook ~tue', FRIDAY_JUST_AFTER_MIDNIGHT);
    assert.ok(parsed.ok);
    assert.equal(parsed.entry.summary, 'Walked Ana through the runbook', 'the day word leaves the summary');
    const moment = createMoment({ kind: 'mentoring', entry: parsed.entry, now: FRIDAY_JUST_AFTER_MIDNIGHT });
    assert.equal(formatLocalDate(new Date(moment.at)), '2026-11-24');
    const today = parseQuickLog('Reviewed the plan', FRIDAY_JUST_AFTER_MIDNIGHT);
    assert.ok(today.ok);
    assert.equal(
      createMoment({ kind: 'decision', entry: today.entry, now: FRIDAY_JUST_AFTER_MIDNIGHT }).at,
      FRIDAY_JUST_AFTER_MIDNIGHT.toISOString(),
    );
  });

  it('keeps ~ with other words as words, and refuses a day word it cannot read', () => {
    const approximate = parseQuickLog('Cut the build ~3 minutes', FRIDAY_JUST_AFTER_MIDNIGHT);
    assert.ok(approximate.ok);
    assert.equal(approximate.entry.summary, 'Cut the build ~3 minutes');
    assert.equal(approximate.entry.day, undefined);
    const typo = parseQuickLog('Paired ~yesterdya', FRIDAY_JUST_AFTER_MIDNIGHT);
    assert.equal(typo.ok, false);
  });

  it('writes an earlier day back into the line when editing, and an edit that keeps it keeps the instant', () => {
    const at = '2026-11-23T20:15:00.000Z'; // Tuesday 24 November, 09:15 in Auckland
    const moment = { id: 'a', kind: 'mentoring', at, summary: 'Paired with Sam', people: ['Sam'] };
    const { line } = formatQuickLog(moment, FRIDAY_JUST_AFTER_MIDNIGHT);
    assert.equal(line, 'Paired with @Sam ~2026-11-24');
    const again = parseQuickLog(line, FRIDAY_JUST_AFTER_MIDNIGHT);
    assert.ok(again.ok);
    assert.equal(
      applyQuickLogEntry(moment, { entry: again.entry }, FRIDAY_JUST_AFTER_MIDNIGHT).at,
      at,
      'same day: same instant',
    );
    const moved = parseQuickLog('Paired with @Sam ~mon', FRIDAY_JUST_AFTER_MIDNIGHT);
    assert.ok(moved.ok);
    assert.equal(
      formatLocalDate(new Date(applyQuickLogEntry(moment, { entry: moved.entry }, FRIDAY_JUST_AFTER_MIDNIGHT).at)),
      '2026-11-23',
    );
    assert.equal(
      formatQuickLog({ ...moment, at: FRIDAY_JUST_AFTER_MIDNIGHT.toISOString() }, FRIDAY_JUST_AFTER_MIDNIGHT).line,
      'Paired with @Sam',
      'today: no day token',
    );
  });
});
