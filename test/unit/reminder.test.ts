import * as assert from 'node:assert/strict';
import { reminderState, type ReminderSchedule } from '../../src/core/time/reminder';
import { withTimeZone } from '../support/timeZone';

describe('weekly reminder schedule', () => {
  withTimeZone('Europe/London');
  const friday4pm: ReminderSchedule = { day: 'friday', time: '16:00' };
  // Week of Monday 2026-11-16.
  const week = '2026-11-16';

  it('is not due before the chosen time, and says when it will be', () => {
    const state = reminderState(new Date(2026, 10, 20, 15, 59), friday4pm, 'monday', undefined);
    assert.deepEqual(state, { due: false, next: new Date(2026, 10, 20, 16, 0) });
  });

  it('is due from the chosen time to the end of the week, once', () => {
    assert.deepEqual(reminderState(new Date(2026, 10, 20, 16, 0), friday4pm, 'monday', undefined), { due: true, week });
    // VS Code was closed on Friday: the next start, on Sunday evening, still reminds.
    assert.deepEqual(reminderState(new Date(2026, 10, 22, 21, 30), friday4pm, 'monday', '2026-11-09'), {
      due: true,
      week,
    });
    // Shown already this week: quiet until next Friday.
    assert.deepEqual(reminderState(new Date(2026, 10, 22, 21, 30), friday4pm, 'monday', week), {
      due: false,
      next: new Date(2026, 10, 27, 16, 0),
    });
  });

  it('does not carry a week missed entirely into the next week before its time', () => {
    // Away all of last week; Monday morning of the new week is before this week's Friday.
    assert.deepEqual(reminderState(new Date(2026, 10, 23, 9, 0), friday4pm, 'monday', '2026-11-09'), {
      due: false,
      next: new Date(2026, 10, 27, 16, 0),
    });
  });

  it('follows the week start: Sunday is the last day of a Monday week and the first of a Sunday week', () => {
    const sunday: ReminderSchedule = { day: 'sunday', time: '18:00' };
    assert.deepEqual(reminderState(new Date(2026, 10, 17, 12, 0), sunday, 'monday', undefined), {
      due: false,
      next: new Date(2026, 10, 22, 18, 0),
    });
    assert.deepEqual(reminderState(new Date(2026, 10, 22, 18, 0), sunday, 'sunday', undefined), {
      due: true,
      week: '2026-11-22',
    });
  });

  it('keeps its local time across a clock change', () => {
    // Clocks go back on Sunday 2026-10-25 in London; Monday's reminder stays at 09:00 local.
    const monday9am: ReminderSchedule = { day: 'monday', time: '09:00' };
    const state = reminderState(new Date(2026, 9, 24, 12, 0), monday9am, 'monday', '2026-10-19');
    assert.deepEqual(state, { due: false, next: new Date(2026, 9, 26, 9, 0) });
    assert.equal(new Date(2026, 9, 26, 9, 0).getHours(), 9);
  });
});
