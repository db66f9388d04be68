import type { ReadinessSnapshot } from '../../readinessProtocol';
import { element, fill } from '../dom';
import { strengthMeter } from './expectations';

/**
 * Below the expectations, set apart: "Your ratings" (per competency, the evidence beside
 * the latest self-rating and how its moments felt) and "Which track fits me?" (both
 * built-in ladders side by side). Tables with headers, so a screen reader reads each cell
 * with its column.
 */

export function ratingsSection(snapshot: ReadinessSnapshot): HTMLElement {
  const { strings } = snapshot;
  return element(
    'section',
    { class: 'fit ratings', 'aria-labelledby': 'ratings-title' },
    element('h2', { id: 'ratings-title' }, strings.ratingsTitle),
    element('p', { class: 'muted' }, strings.ratingsIntro),
    element('p', { class: 'muted' }, snapshot.ratingsSource),
    table(
      [strings.competency, strings.evidence, strings.good, strings.enjoy, strings.energy],
      snapshot.ratings.map((row) => [
        element(
          'span',
          {},
          row.competency,
          row.disconnect !== undefined && element('span', { class: 'disconnect' }, row.disconnect),
        ),
        element(
          'span',
          { class: 'strength-cell' },
          strengthMeter(row),
          element('span', { class: 'muted' }, row.evidence),
        ),
        row.good ?? '—',
        row.enjoy ?? '—',
        row.energy,
      ]),
    ),
  );
}

export function tracksSection(snapshot: ReadinessSnapshot): HTMLElement {
  const { strings } = snapshot;
  return element(
    'section',
    { class: 'fit tracks', 'aria-labelledby': 'tracks-title' },
    element('h2', { id: 'tracks-title' }, strings.tracksTitle),
    element('p', { class: 'muted' }, strings.tracksIntro),
    table(
      [strings.track, strings.evidence, strings.energy, strings.good, strings.enjoy],
      snapshot.tracks.map((row) => [
        row.current ? fill(strings.yourTrack, row.name) : row.name,
        row.evidence,
        row.energy,
        row.good,
        row.enjoy,
      ]),
    ),
  );
}

function table(headers: readonly string[], rows: readonly (readonly (Node | string)[])[]): HTMLElement {
  return element(
    'table',
    {},
    element('thead', {}, element('tr', {}, ...headers.map((header) => element('th', { scope: 'col' }, header)))),
    element(
      'tbody',
      {},
      ...rows.map(([first, ...rest]) =>
        element('tr', {}, element('th', { scope: 'row' }, first ?? ''), ...rest.map((cell) => element('td', {}, cell))),
      ),
    ),
  );
}
