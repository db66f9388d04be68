import * as l10n from '@vscode/l10n';
import { addWeeks, startOfWeek } from '../time/calendar';
import type { TrackId, WeekStartDay } from '../../shared/enums';
import { type KindCatalogue, momentCompetencies } from '../model/kindCatalogue';
import type { Timeline } from './timeline';
import { COMPETENCIES, type CompetencyId } from '../model/taxonomy';

/**
 * Competencies with no evidence lately, each with one concrete thing to try this week.
 * The suggestions come from what the design says each competency looks like in practice,
 * worded for the user's track: a manager grows by working through others; a staff
 * engineer by leading technically and sharing knowledge.
 */

export const GAP_WINDOW_WEEKS = 4;

// Each a function, so it is translated when shown (as the labels in taxonomy.ts are).
const SUGGESTIONS: Record<CompetencyId, Record<TrackId, () => string>> = {
  'team-development': {
    management: () =>
      l10n.t('Book a career conversation with someone on your team and ask what they want to learn next.'),
    'staff-ic': () => l10n.t('Pair with a less experienced engineer on something they find hard, and let them drive.'),
  },
  'technical-leadership': {
    management: () => l10n.t('In your next review, explain the principle behind one comment so the team can reuse it.'),
    'staff-ic': () => l10n.t('Write down one standard your reviews keep enforcing, and share it with the team.'),
  },
  delegation: {
    management: () =>
      l10n.t("Hand one task you would normally do yourself to a teammate, and agree how you'll support them."),
    'staff-ic': () =>
      l10n.t('Give a piece of a project you lead to someone who can grow with it, and stay available as a reviewer.'),
  },
  communication: {
    management: () => l10n.t('Explain a technical trade-off to someone outside engineering, in their terms.'),
    'staff-ic': () => l10n.t('Turn something you explained twice this month into a short doc or RFC.'),
  },
  'decision-making': {
    management: () => l10n.t('Make one call the team is waiting on, and write down why, with what you did not know.'),
    'staff-ic': () => l10n.t('Record a recent technical decision as an ADR: the options, the trade-off, the choice.'),
  },
  'strategic-vision': {
    management: () => l10n.t("Connect this sprint's work to a business goal, and say it out loud at planning."),
    'staff-ic': () => l10n.t('Sketch where one system should be in a year, and what the first step toward it is.'),
  },
  'business-acumen': {
    management: () =>
      l10n.t('Ask product which metric your team moved last quarter, and share the answer with the team.'),
    'staff-ic': () => l10n.t('Estimate the cost or revenue behind one technical proposal before you argue for it.'),
  },
  'emotional-intelligence': {
    management: () =>
      l10n.t("Have the difficult conversation you've been putting off, or give one piece of honest feedback."),
    'staff-ic': () =>
      l10n.t('When a technical debate gets heated, restate the other side until they agree you have it.'),
  },
  ownership: {
    management: () => l10n.t('Volunteer to own a problem nobody has picked up, and say so publicly.'),
    'staff-ic': () => l10n.t('Take the lead on a cross-cutting technical problem, or run the next incident review.'),
  },
  adaptability: {
    management: () => l10n.t('Take on a responsibility just outside your comfort zone this week.'),
    'staff-ic': () => l10n.t('Work in a part of the system or a team you do not know yet.'),
  },
  'continuous-learning': {
    management: () => l10n.t('Ask someone for feedback on how you lead, or read a chapter on management.'),
    'staff-ic': () => l10n.t('Ask a senior engineer you admire for feedback, or study a design outside your area.'),
  },
  'technical-depth': {
    management: () =>
      l10n.t('Keep your hands in: pair on the hardest bug of the week, or review one design line by line.'),
    'staff-ic': () =>
      l10n.t('Go deep on one hard problem, a profile, a tricky bug or a design, and write up what you found.'),
  },
};

export interface CompetencyGap {
  readonly competency: CompetencyId;
  readonly suggestion: string;
}

/** Competencies with no moment in the last GAP_WINDOW_WEEKS weeks (the current one included). */
export function findCompetencyGaps(
  timeline: Timeline,
  now: Date,
  weekStartsOn: WeekStartDay,
  track: TrackId,
  kinds: KindCatalogue,
): CompetencyGap[] {
  const windowStart = addWeeks(startOfWeek(now, weekStartsOn), -(GAP_WINDOW_WEEKS - 1));
  return competenciesWithoutEvidence(timeline, windowStart, new Date(now.getTime() + 1), track, kinds);
}

/** Competencies with no moment in [from, to), each with a suggestion for the track; `kinds` tells which competencies a moment is evidence for. */
export function competenciesWithoutEvidence(
  timeline: Timeline,
  from: Date,
  to: Date,
  track: TrackId,
  kinds: KindCatalogue,
): CompetencyGap[] {
  const evidenced = new Set<CompetencyId>();
  for (const moment of timeline.between(from, to)) {
    for (const competency of momentCompetencies(moment, kinds)) evidenced.add(competency);
  }
  return COMPETENCIES.filter((competency) => !evidenced.has(competency.id)).map((competency) => ({
    competency: competency.id,
    suggestion: gapSuggestion(competency.id, track),
  }));
}

/** One concrete thing to try this week that would be evidence for `competency`, in the voice of `track`. */
export function gapSuggestion(competency: CompetencyId, track: TrackId): string {
  return SUGGESTIONS[competency][track]();
}
