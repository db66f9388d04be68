import * as assert from 'node:assert/strict';
import { sinceLastExport } from '../../src/core/insights/period';
import {
  type CyclePeriodId,
  parseReviewCycle,
  resolveCyclePeriod,
  type ReviewCycle,
} from '../../src/core/insights/reviewCycle';
import { formatLocalDate } from '../../src/core/time/calendar';
import { DisplayLanguage } from '../../src/core/time/displayLanguage';
import { REVIEW_CYCLE_LENGTHS } from '../../src/shared/enums';
import { withTimeZone } from '../support/timeZone';

const english = new DisplayLanguage('en');
/** ICU writes a range's dash with thin spaces around it; the tests read it as " – ". */
const plain = (label: string) => label.replace(/\s/gu, ' ');
const MONTHS = { quarter: 3, half: 6, year: 12 } as const;

function span(id: CyclePeriodId, now: Date, cycle: ReviewCycle, language = english) {
  const period = resolveCyclePeriod(id, now, cycle, language);
  return [formatLocalDate(period.from), formatLocalDate(period.to), plain(period.label), period.slug];
}

describe('review cycles', () => {
  // A zone with clock changes: every boundary must still be a local midnight on the 1st.
  withTimeZone('America/New_York');

  it('names a half of a fiscal year starting in April by the year it ends in, with its dates', () => {
    const cycle: ReviewCycle = { startMonth: 4, length: 'half' };
    const now = new Date(2026, 10, 23, 12);
    assert.deepEqual(span('this-cycle', now, cycle), [
      '2026-10-01',
      '2027-04-01',
      'H2 FY27: Oct 2026 – Mar 2027',
      'FY2027-H2',
    ]);
    assert.deepEqual(span('last-cycle', now, cycle), [
      '2026-04-01',
      '2026-10-01',
      'H1 FY27: Apr – Sep 2026',
      'FY2027-H1',
    ]);
  });

  it('reaches back across the fiscal year boundary for the last cycle', () => {
    const now = new Date(2026, 3, 2); // 2 Apr 2026: the first days of FY27
    assert.deepEqual(span('this-cycle', now, { startMonth: 4, length: 'quarter' }), [
      '2026-04-01',
      '2026-07-01',
      'Q1 FY27: Apr – Jun 2026',
      'FY2027-Q1',
    ]);
    assert.deepEqual(span('last-cycle', now, { startMonth: 4, length: 'quarter' }), [
      '2026-01-01',
      '2026-04-01',
      'Q4 FY26: Jan – Mar 2026',
      'FY2026-Q4',
    ]);
    assert.deepEqual(span('last-cycle', now, { startMonth: 4, length: 'half' }), [
      '2025-10-01',
      '2026-04-01',
      'H2 FY26: Oct 2025 – Mar 2026',
      'FY2026-H2',
    ]);
    assert.deepEqual(span('last-cycle', now, { startMonth: 4, length: 'year' }), [
      '2025-04-01',
      '2026-04-01',
      'FY26: Apr 2025 – Mar 2026',
      'FY2026',
    ]);
  });

  it('names a year that starts in January as the calendar year', () => {
    const now = new Date(2027, 0, 10);
    assert.deepEqual(span('this-cycle', now, { startMonth: 1, length: 'quarter' }), [
      '2027-01-01',
      '2027-04-01',
      'Q1 2027: Jan – Mar 2027',
      '2027-Q1',
    ]);
    assert.deepEqual(span('last-cycle', now, { startMonth: 1, length: 'half' }), [
      '2026-07-01',
      '2027-01-01',
      'H2 2026: Jul – Dec 2026',
      '2026-H2',
    ]);
    assert.deepEqual(span('last-cycle', now, { startMonth: 1, length: 'year' }), [
      '2026-01-01',
      '2027-01-01',
      '2026: Jan – Dec 2026',
      '2026',
    ]);
  });

  it('names a fiscal year starting in February by the next calendar year, though it is nearly all this one', () => {
    assert.deepEqual(span('this-cycle', new Date(2026, 1, 1), { startMonth: 2, length: 'year' }), [
      '2026-02-01',
      '2027-02-01',
      'FY27: Feb 2026 – Jan 2027',
      'FY2027',
    ]);
    assert.deepEqual(
      span('this-cycle', new Date(2026, 0, 31, 23, 59), { startMonth: 2, length: 'year' })[2],
      'FY26: Feb 2025 – Jan 2026',
    );
  });

  it('holds for every start month and length, at every month of two years', () => {
    for (let startMonth = 1; startMonth <= 12; startMonth++) {
      for (const length of REVIEW_CYCLE_LENGTHS) {
        const cycle = { startMonth, length };
        for (let month = 0; month < 24; month++) {
          for (const day of [1, 15, 28]) {
            const now = new Date(2026, month, day, day === 1 ? 0 : 23, 59);
            const where = `${JSON.stringify(cycle)} at ${now.toString()}`;
            const current = resolveCyclePeriod('this-cycle', now, cycle, english);
            const last = resolveCyclePeriod('last-cycle', now, cycle, english);
            assert.ok(current.from <= now && now < current.to, `${where}: this cycle holds now`);
            assert.equal(
              last.to.getTime(),
              current.from.getTime(),
              `${where}: the last cycle ends where this one starts`,
            );
            for (const period of [current, last]) {
              assert.equal(formatLocalDate(period.from).slice(8), '01', `${where}: starts on the 1st`);
              assert.equal(period.from.getHours(), 0, `${where}: at midnight`);
              const months =
                (period.to.getFullYear() - period.from.getFullYear()) * 12 +
                period.to.getMonth() -
                period.from.getMonth();
              assert.equal(months, MONTHS[length], `${where}: lasts a ${length}`);
              assert.equal(
                (period.from.getMonth() - (startMonth - 1) + 12) % MONTHS[length],
                0,
                `${where}: starts on a cycle boundary of the fiscal year`,
              );
              // The fiscal year is named by the calendar year of its last month.
              const yearStart = new Date(
                period.from.getFullYear(),
                period.from.getMonth() - ((period.from.getMonth() - (startMonth - 1) + 12) % 12),
                1,
              );
              const endsIn = new Date(yearStart.getFullYear(), yearStart.getMonth() + 11, 1).getFullYear();
              const yearName = startMonth === 1 ? String(endsIn) : `FY${String(endsIn).slice(2)}`;
              const number = ((period.from.getMonth() - yearStart.getMonth() + 12) % 12) / MONTHS[length] + 1;
              const part = { quarter: `Q${number} `, half: `H${number} `, year: '' }[length];
              assert.ok(plain(period.label).startsWith(`${part}${yearName}: `), `${where}: ${period.label}`);
              const slugYear = startMonth === 1 ? String(endsIn) : `FY${endsIn}`;
              assert.equal(period.slug, length === 'year' ? slugYear : `${slugYear}-${part.trim()}`, where);
              assert.match(period.slug, /^[A-Za-z0-9-]+$/, `${where}: a slug fit for a file name`);
            }
          }
        }
      }
    }
  });

  it("names the cycle in the user's own words, the dates after them", () => {
    const now = new Date(2026, 10, 23);
    const cycle = (name: string): ReviewCycle => ({ startMonth: 4, length: 'half', name });
    assert.equal(span('this-cycle', now, cycle('{cycle} review {year}'))[2], 'H2 review 2027: Oct 2026 – Mar 2027');
    assert.equal(
      span('this-cycle', now, cycle('Calibration {fy} {cycle}'))[2],
      'Calibration FY27 H2: Oct 2026 – Mar 2027',
    );
    assert.equal(span('this-cycle', now, cycle('  Perf season  '))[2], 'Perf season: Oct 2026 – Mar 2027');
    assert.equal(
      span('this-cycle', now, { startMonth: 4, length: 'year', name: 'Annual review {cycle}' })[2],
      'Annual review FY27: Apr 2026 – Mar 2027',
    );
    // The file name stays the one of the cycle, whatever it is called.
    assert.equal(span('this-cycle', now, cycle('Perf season'))[3], 'FY2027-H2');
  });

  it('writes the dates in the display language', () => {
    const german = new DisplayLanguage('de');
    const [, , label] = span('this-cycle', new Date(2026, 10, 23), { startMonth: 4, length: 'half' }, german);
    assert.match(label ?? '', /^H2 FY27: Okt\. 2026 – März 2027$/);
  });
});

describe('growthLog.reviewCycle', () => {
  it('reads a cycle, with or without a name, and nothing when unset', () => {
    assert.deepEqual(parseReviewCycle({ startMonth: 4, length: 'half' }), { cycle: { startMonth: 4, length: 'half' } });
    assert.deepEqual(parseReviewCycle({ startMonth: 10, length: 'year', name: '{fy} review' }).cycle, {
      startMonth: 10,
      length: 'year',
      name: '{fy} review',
    });
    assert.deepEqual(parseReviewCycle(undefined), {});
    assert.deepEqual(parseReviewCycle(null), {});
  });

  for (const [what, raw, problem] of [
    [
      'a month past December',
      { startMonth: 13, length: 'half' },
      'growthLog.reviewCycle.startMonth: must be 12 or less',
    ],
    [
      'a month in words',
      { startMonth: 'April', length: 'half' },
      'growthLog.reviewCycle.startMonth: expected a number, found text',
    ],
    [
      'a part of a month',
      { startMonth: 4.5, length: 'half' },
      'growthLog.reviewCycle.startMonth: expected a whole number, found 4.5',
    ],
    ['no length', { startMonth: 4 }, 'growthLog.reviewCycle.length: must be one of "quarter", "half", "year"'],
    [
      'an unknown length',
      { startMonth: 4, length: 'trimester' },
      'growthLog.reviewCycle.length: must be one of "quarter", "half", "year"',
    ],
    [
      'a misspelt field',
      { startMonth: 4, length: 'half', lenght: 'year' },
      'growthLog.reviewCycle: unknown fields: lenght',
    ],
    ['a blank name', { startMonth: 4, length: 'half', name: '  ' }, 'growthLog.reviewCycle.name: must not be blank'],
    [
      'an unknown placeholder',
      { startMonth: 4, length: 'half', name: '{half} review {year}' },
      'growthLog.reviewCycle.name: has an unknown placeholder {half}; use {cycle}, {fy}, {year}',
    ],
    ['a list', [4, 'half'], 'growthLog.reviewCycle: expected an object, found a list'],
  ] as const) {
    it(`names what is wrong with ${what}, in one line`, () => {
      const read = parseReviewCycle(raw);
      assert.equal(read.cycle, undefined);
      assert.equal(read.problem, problem);
    });
  }
});

describe('since my last export', () => {
  withTimeZone('Europe/Berlin');

  it('runs from the day after the last export to today, both included', () => {
    const period = sinceLastExport(new Date(2026, 10, 17, 16, 30), new Date(2026, 10, 24, 9));
    assert.deepEqual(period && [formatLocalDate(period.from), formatLocalDate(period.to), period.label, period.slug], [
      '2026-11-18',
      '2026-11-25',
      '2026-11-18 to 2026-11-24',
      '2026-11-18-to-2026-11-24',
    ]);
    const yesterday = sinceLastExport(new Date(2026, 10, 23, 23, 59), new Date(2026, 10, 24, 0, 1));
    assert.equal(yesterday?.label, '2026-11-24 to 2026-11-24');
  });

  it('is no period when the last export was today, or later', () => {
    assert.equal(sinceLastExport(new Date(2026, 10, 24, 0, 1), new Date(2026, 10, 24, 23, 59)), undefined);
    assert.equal(sinceLastExport(new Date(2026, 10, 30), new Date(2026, 10, 24)), undefined);
  });
});
