import * as l10n from '@vscode/l10n';
import { builtInLadder } from '../core/ladders/builtInLadders';
import {
  type CompetencyStanding,
  competencyStandings,
  type EnergyCounts,
  type FitContext,
  type MeanRating,
  type TrackFit,
  trackFits,
} from '../core/ladders/competencyFit';
import type { Disconnect } from '../core/ladders/selfRatings';
import { latestCheckIn } from '../core/ladders/selfRatings';
import type { Moment, CheckIn } from '../core/model/schema';
import { type CompetencyId, competencyLabel, TRACKS } from '../core/model/taxonomy';
import { relativeDayInSentence } from '../core/time/calendar';
import type { DisplayLanguage } from '../core/time/displayLanguage';
import type { CompetencyRatingView, TrackFitView } from '../readinessProtocol';
import { TRACK_IDS, type TrackId } from '../shared/enums';
import { strengthLabel } from './readinessStrength';

/**
 * The readiness view's lower half: "Your ratings" (per competency, the period's evidence
 * beside the latest self-rating and how the work felt, with a mark where rating and log
 * disagree) and "Which track fits me?" (both built-in ladders side by side, by what sets
 * each apart). Worded here, from competencyFit.ts in the core.
 */

/** Per competency in taxonomy order, in words. */
export function ratingRows(moments: readonly Moment[], context: FitContext): CompetencyRatingView[] {
  return competencyStandings(moments, context).map((standing) => ({
    competency: competencyLabel(standing.competency),
    strength: standing.strength,
    strengthLabel: strengthLabel(standing.strength),
    evidence: evidenceText(standing),
    ...(standing.rating?.good === undefined ? {} : { good: outOfFive(standing.rating.good) }),
    ...(standing.rating?.enjoy === undefined ? {} : { enjoy: outOfFive(standing.rating.enjoy) }),
    energy: energyText(standing.energy),
    ...(standing.disconnect === undefined ? {} : { disconnect: disconnectText(standing.disconnect) }),
  }));
}

/**
 * Both built-in tracks at the level of the user's target position, the user's own track
 * first: each row names the competencies that weigh more in that track than in the other,
 * with their evidence, how those moments felt and what the user last said of them, so two
 * rows read as "what I am good at" beside "what I enjoy".
 */
export function trackRows(
  track: TrackId,
  position: number,
  moments: readonly Moment[],
  context: FitContext,
): TrackFitView[] {
  const order = [track, ...TRACK_IDS.filter((other) => other !== track)];
  const fits = trackFits(
    order.map((id) => ({ track: id, ladder: builtInLadder(id) })),
    position,
    moments,
    context,
  );
  return fits.map((fit) => {
    const others = fits
      .filter((other) => other !== fit)
      .map(trackName)
      .join(', ');
    const names = fit.distinct.map(competencyLabel).join(', ');
    return {
      name: trackName(fit),
      current: fit.track === track,
      ...(fit.distinct.length === 0
        ? {
            evidence: l10n.t('Asks for no competency more often than {0}', others),
            energy: '—',
            good: '—',
            enjoy: '—',
          }
        : {
            evidence: l10n.t('{0}: {1}', names, evidenceText(fit.evidence)),
            energy: energyText(fit.energy),
            good: ratingText(fit.distinct, fit.good, 'good'),
            enjoy: ratingText(fit.distinct, fit.enjoy, 'enjoy'),
          }),
    };
  });
}

function trackName(fit: TrackFit): string {
  return l10n.t('{0}: {1}', TRACKS.find((candidate) => candidate.id === fit.track)?.label ?? fit.track, fit.level.name);
}

/** "Delegation, Team development: enjoy 4.5 of 5", saying which of them has no rating yet. */
function ratingText(competencies: readonly CompetencyId[], rating: MeanRating, answer: 'good' | 'enjoy'): string {
  if (rating.mean === undefined)
    return l10n.t('{0}: no rating yet — Check In… to add one', competencies.map(competencyLabel).join(', '));
  const rated = rating.rated.map(competencyLabel).join(', ');
  const mean = roundedRating(rating.mean);
  const text =
    answer === 'good' ? l10n.t('{0}: good {1} of 5', rated, mean) : l10n.t('{0}: enjoy {1} of 5', rated, mean);
  const unrated = competencies.filter((competency) => !rating.rated.includes(competency));
  return unrated.length === 0
    ? text
    : l10n.t('{0} ({1}: no rating yet)', text, unrated.map(competencyLabel).join(', '));
}

/** Where the ratings come from: the latest check-in's day, or how to give one. */
export function ratingsSource(checkIns: readonly CheckIn[] | undefined, now: Date, language: DisplayLanguage): string {
  const latest = latestCheckIn(checkIns);
  return latest
    ? l10n.t(
        'Ratings from your check-ins, the latest {0}. Private: never in the brag document.',
        relativeDayInSentence(new Date(latest.at), now, language),
      )
    : l10n.t(
        'No check-in yet: Growth Log: Check In… asks how good you are at each competency and how much you enjoy it. Private: never in the brag document.',
      );
}

function evidenceText(standing: Pick<CompetencyStanding, 'moments' | 'people'>): string {
  if (standing.moments === 0) return l10n.t('No moment in this period');
  const moments = standing.moments === 1 ? l10n.t('1 moment') : l10n.t('{0} moments', standing.moments);
  if (standing.people === 0) return moments;
  const people = standing.people === 1 ? l10n.t('1 person') : l10n.t('{0} people', standing.people);
  return `${moments} · ${people}`;
}

export function energyText(energy: EnergyCounts): string {
  const parts = [
    energy.energised > 0 && l10n.t('{0} energised', energy.energised),
    energy.neutral > 0 && l10n.t('{0} neutral', energy.neutral),
    energy.drained > 0 && l10n.t('{0} drained', energy.drained),
  ].filter((part): part is string => typeof part === 'string');
  return parts.length > 0 ? parts.join(' · ') : l10n.t('No energy logged');
}

function disconnectText(disconnect: Disconnect): string {
  switch (disconnect) {
    case 'rated-high-little-evidence':
      return l10n.t(
        'Your rating and your log disagree: rated high, little in the log. Log more of it, or rethink the rating.',
      );
    case 'rated-low-strong-evidence':
      return l10n.t('Your rating and your log disagree: rated low, strong in the log. Worth rethinking the rating.');
  }
}

function outOfFive(rating: number): string {
  return l10n.t('{0} of 5', rating);
}

function roundedRating(rating: number): string {
  return String(Math.round(rating * 10) / 10);
}
