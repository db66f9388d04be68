import type { Trend, WebviewStrings } from '../protocol';
import { element, fill, section, svgElement } from './dom';

/**
 * The last weeks as a stacked bar chart in SVG: one bar per week, one colour per kind
 * (the theme's chart colours). Screen readers get a table of the same numbers instead of
 * the picture.
 */

const WIDTH = 240;
const HEIGHT = 72;
const LABEL_HEIGHT = 14;
const GAP = 6;

export function trendSection(trend: Trend, strings: WebviewStrings): HTMLElement {
  const max = Math.max(1, ...trend.weeks.map((week) => week.total));
  const barWidth = (WIDTH - GAP * (trend.weeks.length - 1)) / trend.weeks.length;
  const svg = svgElement('svg', {
    viewBox: `0 0 ${WIDTH} ${HEIGHT + LABEL_HEIGHT}`,
    class: 'trend-chart',
    'aria-hidden': 'true',
    focusable: 'false',
  });
  trend.weeks.forEach((week, index) => {
    const x = index * (barWidth + GAP);
    let y = HEIGHT;
    week.counts.forEach((count, series) => {
      if (count === 0) return;
      const height = (count / max) * (HEIGHT - 2);
      y -= height;
      svg.append(svgElement('rect', { x, y, width: barWidth, height, class: `series-${series}` }));
    });
    if (week.total === 0)
      svg.append(svgElement('rect', { x, y: HEIGHT - 1, width: barWidth, height: 1, class: 'empty-bar' }));
    const isSelected = index === trend.weeks.length - 1;
    const label = svgElement('text', {
      x: x + barWidth / 2,
      y: HEIGHT + LABEL_HEIGHT - 2,
      class: isSelected ? 'selected' : '',
    });
    // Only the day of the month fits under a bar, with the month where it changes; the
    // table beside it has the full dates.
    label.textContent = week.tick;
    svg.append(label);
  });

  const legend = element(
    'ul',
    { class: 'legend', 'aria-hidden': 'true' },
    ...trend.series.map((series, index) =>
      element('li', {}, element('span', { class: `swatch series-${index}` }), series.label),
    ),
  );
  return section('trend', fill(strings.trendTitle, trend.weeks.length), svg, legend, dataTable(trend, strings));
}

/**
 * The chart's numbers as a table, for screen readers only. It is hidden by a wrapper: a
 * table is never narrower than its content, so hiding the table itself would still
 * widen the view.
 */
function dataTable(trend: Trend, strings: WebviewStrings): HTMLElement {
  return element(
    'div',
    { class: 'visually-hidden' },
    element(
      'table',
      {},
      element('caption', {}, fill(strings.trendCaption, trend.weeks.length)),
      element(
        'tr',
        {},
        element('th', { scope: 'col' }, strings.weekOf),
        ...trend.series.map((series) => element('th', { scope: 'col' }, series.label)),
        element('th', { scope: 'col' }, strings.total),
      ),
      ...trend.weeks.map((week) =>
        element(
          'tr',
          {},
          element('th', { scope: 'row' }, week.label),
          ...week.counts.map((count) => element('td', {}, String(count))),
          element('td', {}, String(week.total)),
        ),
      ),
    ),
  );
}
