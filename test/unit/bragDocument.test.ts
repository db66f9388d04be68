import * as assert from 'node:assert/strict';
import { escapeMarkdown, renderBragDocument } from '../../src/core/bragDocument';
import { resolvePeriod } from '../../src/core/period';
import { formatLocalDate } from '../../src/core/calendar';
import { momentAt } from '../support/moments';
import { withTimeZone } from '../support/timeZone';

const OPTIONS = { weekStartsOn: 'monday', track: 'management', includePrivateSections: false } as const;

describe('renderBragDocument', () => {
  withTimeZone('Europe/Berlin');

  it('says so when the period holds nothing', () => {
    const markdown = renderBragDocument([], resolvePeriod('last-quarter', new Date(2026, 10, 23), 'monday'), OPTIONS);
    assert.match(markdown, /^# Brag document: Q3 2026\n/);
    assert.match(markdown, /No moments were logged in this period/);
    assert.doesNotMatch(markdown, /At a glance/);
  });

  it('escapes user text so it renders as written', () => {
    assert.equal(escapeMarkdown('<img src=x> *bold* [link](x) `code`'), '\\<img src=x\\> \\*bold\\* \\[link\\](x) \\`code\\`');
    const markdown = renderBragDocument(
      [momentAt('2026-11-20T10:00', { summary: 'Line one\nLine two <b>' })],
      resolvePeriod('this-year', new Date(2026, 10, 23), 'monday'),
      OPTIONS,
    );
    assert.match(markdown, /Line one Line two \\<b\\>/);
  });
});

describe('resolvePeriod', () => {
  withTimeZone('Europe/Berlin');

  const span = (id: Parameters<typeof resolvePeriod>[0], now: Date) => {
    const period = resolvePeriod(id, now, 'monday');
    return [formatLocalDate(period.from), formatLocalDate(period.to), period.label];
  };

  it('resolves each preset from "now"', () => {
    const now = new Date(2026, 10, 23, 12); // Mon 23 Nov 2026
    assert.deepEqual(span('last-week', now), ['2026-11-16', '2026-11-23', 'Last week']);
    assert.deepEqual(span('last-month', now), ['2026-10-01', '2026-11-01', 'October 2026']);
    assert.deepEqual(span('this-quarter', now), ['2026-10-01', '2027-01-01', 'Q4 2026']);
    assert.deepEqual(span('last-quarter', now), ['2026-07-01', '2026-10-01', 'Q3 2026']);
    assert.deepEqual(span('last-6-months', now), ['2026-05-24', '2026-11-24', 'Last 6 months']);
    assert.deepEqual(span('this-year', now), ['2026-01-01', '2027-01-01', '2026']);
  });

  it('crosses the year boundary in January', () => {
    const now = new Date(2027, 0, 10);
    assert.deepEqual(span('last-month', now), ['2026-12-01', '2027-01-01', 'December 2026']);
    assert.deepEqual(span('last-quarter', now), ['2026-10-01', '2027-01-01', 'Q4 2026']);
  });
});
