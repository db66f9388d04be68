import * as assert from 'node:assert/strict';
import { addWeeks, formatLocalDate, parseLocalDate, startOfWeek } from '../../src/core/time/calendar';
import { withTimeZone } from '../support/timeZone';

describe('calendar', () => {
  withTimeZone('Europe/London');

  it('starts a Monday week on the Monday before, at local midnight', () => {
    const start = startOfWeek(new Date(2026, 10, 20, 15, 30), 'monday'); // Fri 20 Nov 2026
    assert.equal(formatLocalDate(start), '2026-11-16');
    assert.equal(start.getHours(), 0);
  });

  it('starts a Sunday week on the Sunday before', () => {
    assert.equal(formatLocalDate(startOfWeek(new Date(2026, 10, 20), 'sunday')), '2026-11-15');
  });

  it('treats the first day of the week as its own start', () => {
    assert.equal(formatLocalDate(startOfWeek(new Date(2026, 10, 16, 0, 0), 'monday')), '2026-11-16');
    assert.equal(formatLocalDate(startOfWeek(new Date(2026, 10, 15, 23, 59), 'monday')), '2026-11-09');
  });

  it('keeps weeks at midnight across the spring and autumn clock changes', () => {
    // Clocks go forward on Sun 29 Mar 2026 and back on Sun 25 Oct 2026 in London.
    const beforeSpring = startOfWeek(new Date(2026, 2, 25), 'monday');
    const afterSpring = addWeeks(beforeSpring, 1);
    assert.equal(formatLocalDate(afterSpring), '2026-03-30');
    assert.equal(afterSpring.getHours(), 0);
    const afterAutumn = addWeeks(startOfWeek(new Date(2026, 9, 21), 'monday'), 1);
    assert.equal(formatLocalDate(afterAutumn), '2026-10-26');
    assert.equal(afterAutumn.getHours(), 0);
  });

  it('crosses a year end', () => {
    assert.equal(formatLocalDate(startOfWeek(new Date(2027, 0, 1), 'monday')), '2026-12-28');
    assert.equal(formatLocalDate(addWeeks(new Date(2026, 11, 28), 1)), '2027-01-04');
  });

  it('parses only real calendar dates', () => {
    assert.equal(formatLocalDate(parseLocalDate('2026-02-28')!), '2026-02-28');
    assert.equal(parseLocalDate('2026-02-30'), undefined);
    assert.equal(parseLocalDate('26-2-3'), undefined);
  });
});
