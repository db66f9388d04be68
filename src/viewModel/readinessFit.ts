import * as l10n from '@vscode/l10n';
import { builtInLadder } from '../core/ladders/builtInLadders';
import {
  type CompetencyStanding,
  competencyStandings,
  type EnergyCounts,
  type FitContext,
  trackFit,
} from '../core/ladders/competencyFit';
import type { Disconnect } from '../core/ladders/selfRatings';
import { latestCheckIn } from '../core/ladders/selfRatings';
import type { Moment, CheckIn } from '../core/model/schema';
import { competencyLabel, TRACKS } from '../core/model/taxonomy';
import { relativeDayInSentence } from '../core/time/calendar';
import type { DisplayLanguage } from '../core/time/displayLanguage';
import type { CompetencyRatingView, TrackFitView } from '../readinessProtocol';
import { TRACK_IDS, type TrackId } from '../shared/enums';
import { strengthLabel } from './readinessStrength';

/**
 * The readiness view's lower half: "Your ratings" (per competency, the period's evidence
 * beside the latest self-rating and how the work felt, with a mark where rating and log
 * disagree) and "Which track fits me?" (both built-in ladders side by side). Worded here,
 * from competencyFit.ts in the core.
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

/** Both built-in tracks at the level of the user's target position, the user's own track first. */
export function trackRows(
  track: TrackId,
  position: number,
  moments: readonly Moment[],
  context: FitContext,
): TrackFitView[] {
  const order = [track, ...TRACK_IDS.filter((other) => other !== track)];
  return order.map((id) => {
    const fit = trackFit(id, builtInLadder(id), position, moments, context);
    return {
      name: l10n.t('{0}: {1}', TRACKS.find((candidate) => candidate.id === id)?.label ?? id, fit.level.name),
      current: id === track,
      evidence: l10n.t(
        '{0} of {1} expectations with evidence, {2} strong',
        fit.withEvidence,
        fit.expectations,
        fit.strong,
      ),
      energy: energyText(fit.energy),
      enjoy:
        fit.enjoy === undefined
          ? l10n.t('Not rated yet')
          : fit.enjoyRated === 1
            ? l10n.t('{0} of 5, from 1 competency', roundedRating(fit.enjoy))
            : l10n.t('{0} of 5, from {1} competencies', roundedRating(fit.enjoy), fit.enjoyRated),
    };
  });
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

function evidenceText(standing: CompetencyStanding): string {
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
