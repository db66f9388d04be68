import * as l10n from '@vscode/l10n';
import { latestCheckIn, latestRatings } from '../ladders/selfRatings';
import type { Period } from '../insights/period';
import type { CheckIn } from '../model/schema';
import { COMPETENCIES } from '../model/taxonomy';
import { formatLocalDate } from '../time/calendar';
import { markdownText } from './markdownText';

/**
 * "Check-in": a private section of the brag document, for the user rather than the
 * reviewer — what they last said they are good at and enjoy, per competency, and the note
 * of their latest check-in. As of the period's end: a document for last year shows what
 * the user said then, not since. The section's lines, heading first; none when no
 * check-in was made by then.
 */
export function checkInSection(checkIns: readonly CheckIn[] | undefined, period: Pick<Period, 'to'>): string[] {
  const byThen = (checkIns ?? []).filter((checkIn) => Date.parse(checkIn.at) < period.to.getTime());
  const latest = latestCheckIn(byThen);
  if (!latest) return [];
  const ratings = latestRatings(byThen);
  const rows = ratedInOrder(ratings.keys()).map((competency) => {
    const rating = ratings.get(competency);
    return `| ${competencyName(competency)} | ${answer(rating?.good)} | ${answer(rating?.enjoy)} |`;
  });
  return [
    `## ${l10n.t('Check-in')}`,
    '',
    `_${l10n.t('Private: how good you said you are at each competency and how much you enjoy it (1 to 5), from your check-ins; the latest on {0}.', formatLocalDate(new Date(latest.at)))}_`,
    ...(rows.length > 0
      ? [
          '',
          `| ${l10n.t('Competency')} | ${l10n.t('Good at')} | ${l10n.t('Enjoy')} |`,
          '| --- | ---: | ---: |',
          ...rows,
        ]
      : []),
    ...(latest.note?.trim() ? ['', l10n.t('Note: {0}', markdownText(latest.note))] : []),
  ];
}

/** The competencies rated, in the taxonomy's order; any a newer version added (unknown here) after them, by id. */
function ratedInOrder(rated: Iterable<string>): string[] {
  const ids = new Set(rated);
  const known = COMPETENCIES.map((competency) => competency.id as string).filter((id) => ids.has(id));
  const unknown = [...ids].filter((id) => !known.includes(id)).sort();
  return [...known, ...unknown];
}

function competencyName(id: string): string {
  return markdownText(COMPETENCIES.find((competency) => competency.id === id)?.label ?? id);
}

function answer(value: number | undefined): string {
  return value === undefined ? '–' : String(value);
}
