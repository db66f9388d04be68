import * as assert from 'node:assert/strict';
import { renderBragDocument } from '../../src/core/documents/bragDocument';
import { resolvePeriod } from '../../src/core/insights/period';
import { formatLocalDate } from '../../src/core/time/calendar';
import type { Moment } from '../../src/core/model/schema';
import { previewStructure } from '../support/markdownPreview';
import { momentAt } from '../support/moments';
import { withTimeZone } from '../support/timeZone';
import { Timeline } from '../../src/core/insights/timeline';
import { KindCatalogue } from '../../src/core/model/kindCatalogue';
import { DisplayLanguage } from '../../src/core/time/displayLanguage';

const english = new DisplayLanguage('en');

const OPTIONS = {
  weekStartsOn: 'monday',
  track: 'management',
  includePrivateSections: false,
  kinds: new KindCatalogue(),
} as const;

describe('renderBragDocument', () => {
  withTimeZone('Europe/Berlin');

  it('says so when the period holds nothing', () => {
    const markdown = renderBragDocument(
      Timeline.build([]),
      resolvePeriod('last-quarter', new Date(2026, 10, 23), 'monday', english),
      OPTIONS,
    );
    assert.match(markdown, /^# Brag document: Q3 2026\n/);
    assert.match(markdown, /No moments were logged in this period/);
    assert.doesNotMatch(markdown, /At a glance/);
  });

  it('escapes user text so it renders as written', () => {
    const markdown = renderBragDocument(
      Timeline.build([momentAt('2026-11-20T10:00', { summary: 'Line one\nLine two <b> *bold* [link](x) `code`' })]),
      resolvePeriod('this-year', new Date(2026, 10, 23), 'monday', english),
      OPTIONS,
    );
    assert.match(markdown, /Line one Line two \\<b\\> \\\*bold\\\* \\\[link\\\]\(x\) \\`code\\`/);
  });

  describe("from a hostile log, in VS Code's preview", () => {
    const render = (overrides: Partial<Moment>) =>
      renderBragDocument(
        Timeline.build([momentAt('2026-11-20T10:00', overrides)]),
        resolvePeriod('this-year', new Date(2026, 10, 23), 'monday', english),
        OPTIONS,
      );
    const code = { startLine: 1, endLine: 2 };

    it('shows a path that closes its code span as code, with no HTML and no command link', () => {
      for (const path of ['a.ts` <img src=x onerror=alert(1)> `', 'a.ts`[Open the review](command:growthLog.undo)`']) {
        const preview = previewStructure(render({ code: { ...code, path } }));
        assert.doesNotMatch(preview.html, /<img|href=/, path);
        assert.equal(preview.elements.get('html_inline'), undefined, path);
      }
    });

    it('shows a commit that closes its code span as code, with no HTML', () => {
      const preview = previewStructure(render({ code: { ...code, path: 'a.ts', commit: 'x`<img>' } }));
      assert.doesNotMatch(preview.html, /<img/);
      assert.equal(preview.elements.get('html_inline'), undefined);
    });

    it('starts no heading or list at a lone carriage return or a Unicode line separator', () => {
      const benign = previewStructure(render({ summary: 'Shipped', impact: 'Impact' })).elements;
      for (const lineBreak of ['\r', '\r\n', '\u2028', '\u2029', '\u0085', '\v', '\f']) {
        const markdown = render({
          summary: `Shipped${lineBreak}# Promoted${lineBreak}- item`,
          impact: `Impact${lineBreak}1. first`,
        });
        assert.deepEqual(previewStructure(markdown).elements, benign, JSON.stringify(lineBreak));
        assert.doesNotMatch(markdown, /[\r\v\f\u0085\u2028\u2029]/, JSON.stringify(lineBreak));
      }
    });

    it('keeps a file name with a newline on its line', () => {
      const benign = previewStructure(render({ code: { ...code, path: 'src/name.ts' } })).elements;
      const preview = previewStructure(render({ code: { ...code, path: 'src/odd\n# name.ts' } }));
      assert.deepEqual(preview.elements, benign);
      assert.match(preview.html, /<code>src\/odd # name\.ts:1-2<\/code>/);
    });

    it('links only web addresses', () => {
      const preview = previewStructure(
        render({
          links: ['https://example.com/pull/1', 'command:growthLog.undo', 'javascript:alert(1)', 'file:///etc/passwd'],
        }),
      );
      const targets = new Set(Array.from(preview.html.matchAll(/href="([^"]*)"/g), (match) => match[1]));
      assert.deepEqual(targets, new Set(['https://example.com/pull/1']));
    });
  });
});

describe('resolvePeriod', () => {
  withTimeZone('Europe/Berlin');

  const span = (id: Parameters<typeof resolvePeriod>[0], now: Date) => {
    const period = resolvePeriod(id, now, 'monday', english);
    return [formatLocalDate(period.from), formatLocalDate(period.to), period.label];
  };

  it('resolves each preset from "now"', () => {
    const now = new Date(2026, 10, 23, 12); // Mon 23 Nov 2026
    assert.deepEqual(span('this-week', now), ['2026-11-23', '2026-11-30', 'This week']);
    assert.deepEqual(span('this-week', new Date(2026, 10, 29, 23)), ['2026-11-23', '2026-11-30', 'This week']);
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
