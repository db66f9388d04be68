import * as l10n from '@vscode/l10n';
import { formatCodeLocation } from '../core/git/codeLocation';
import { gapSuggestion } from '../core/insights/competencyGaps';
import { lastDayOf, type Period } from '../core/insights/period';
import { type ExpectationReadiness, type Readiness, readinessOf } from '../core/ladders/evidence';
import { levelIndex } from '../core/ladders/ladder';
import { latestRatings } from '../core/ladders/selfRatings';
import { ratingRows, ratingsSource, trackRows } from './readinessFit';
import { strengthLabel, strengthRule } from './readinessStrength';
import type { Expectation, Ladder, LadderLevel } from '../core/ladders/ladder';
import type { KindCatalogue } from '../core/model/kindCatalogue';
import { type PeopleResolver, peopleResolver } from '../core/model/people';
import type { CheckIn, Moment } from '../core/model/schema';
import { type CompetencyId, competencyLabel } from '../core/model/taxonomy';
import type { FitContext } from '../core/ladders/competencyFit';
import { formatLocalDate, parseLocalDate, relativeDayInSentence, relativeDayLabel } from '../core/time/calendar';
import type { DisplayLanguage } from '../core/time/displayLanguage';
import {
  type EvidenceMomentView,
  type ExpectationView,
  type LevelView,
  READINESS_LIMITS,
  type ReadinessSnapshot,
  type ReadinessStrings,
} from '../readinessProtocol';
import { clipEnd, clipMiddle, QUOTED_PATH_LENGTH } from '../shared/clipText';
import type { TrackId } from '../shared/enums';
import { isWebUrl } from '../shared/webUrl';

/**
 * The readiness view, computed in the host from the ladder, the levels and a period of the
 * log: the target level's expectations by area, each with its strength, its counts, its
 * moments (linked or matched) and, where evidence is none or thin, one thing to try this
 * week; the current level's below; links to expectations the ladder no longer has. Pure
 * (no VS Code), so plain mocha tests it; the webview only draws it.
 */
/** The newest moments sent per expectation: a page of evidence to read, not the log. */
const SHOWN_MOMENTS = 20;
/** The web links sent per moment: a moment cites a pull request or two, not a crawl. */
const SHOWN_LINKS = 10;
/** A problem's text as the view shows it: the output channel keeps it whole. */
const PROBLEM_LENGTH = 4000;

export interface ReadinessViewInput {
  readonly ladder: Ladder;
  readonly level: LadderLevel | undefined;
  readonly target: LadderLevel;
  readonly track: TrackId;
  /** The company ladder's file as shown to the user; none for a built-in ladder. */
  readonly ladderFile?: string;
  /** Why the ladder or levels are not the ones configured. */
  readonly ladderProblem?: string;
  /** Why the log could not be read or written. */
  readonly logProblem?: string;
  /** The period's moments, oldest first. */
  readonly moments: readonly Moment[];
  readonly period: Period;
  /** The select's choices and which is shown (`custom` for any other period). */
  readonly periodOptions: readonly { readonly id: string; readonly label: string }[];
  readonly periodSelected: string;
  readonly kinds: KindCatalogue;
  readonly people?: PeopleResolver;
  /** The log's check-ins, for the latest self-ratings. */
  readonly checkIns?: readonly CheckIn[];
  readonly now: Date;
  readonly language: DisplayLanguage;
}

export function buildReadinessView(input: ReadinessViewInput): ReadinessSnapshot {
  const context = { kinds: input.kinds, people: input.people ?? peopleResolver() };
  const target = readinessOf(input.ladder, input.target, input.moments, context);
  const current =
    input.level && input.level !== input.target
      ? readinessOf(input.ladder, input.level, input.moments, context)
      : undefined;
  // A matched moment counts for every expectation its kind matches; confirming it here ends the others.
  const matchedIn = matchCounts([target, ...(current ? [current] : [])]);
  const weakest = competencyCounts(input.moments, input.kinds);
  const draw = { input, matchedIn, weakest };
  return {
    strings: readinessStrings(),
    headline: l10n.t('{0} — {1}', levelSummary(target), input.period.label),
    ladderLine: ladderLine(input),
    ...(input.ladderProblem === undefined ? {} : { ladderProblem: clipEnd(input.ladderProblem, PROBLEM_LENGTH) }),
    ...(input.logProblem === undefined ? {} : { logProblem: clipEnd(input.logProblem, PROBLEM_LENGTH) }),
    period: {
      selected: input.periodSelected,
      options: input.periodOptions.map(({ id, label }) => ({ id, label })),
      range: l10n.t('{0} to {1}', formatLocalDate(input.period.from), formatLocalDate(lastDayOf(input.period))),
    },
    target: levelView(target, draw),
    ...(current ? { current: levelView(current, draw) } : {}),
    staleLinks: target.staleLinks.map((stale) => {
      // An id too long to send back is shown cut, and its moments without the actions that would need it.
      const fits = stale.expectationId.length <= READINESS_LIMITS.expectationId;
      return {
        expectationId: fits ? stale.expectationId : clipEnd(stale.expectationId, READINESS_LIMITS.expectationId),
        ...newestMoments(
          [...stale.moments].reverse().map((moment) => ({ moment, linked: true })),
          (moment, linked) => momentView(moment, linked, undefined, input, fits),
        ),
      };
    }),
    strengthRule: strengthRule(),
    ...fitOf(input, context),
  };
}

/** The lower half: the competencies with the latest self-ratings, and both tracks side by side. */
function fitOf(input: ReadinessViewInput, evidence: Pick<FitContext, 'kinds' | 'people'>) {
  const context = { ...evidence, ratings: latestRatings(input.checkIns) };
  // The level of each track's ladder at the place the user's target holds on theirs.
  const position = Math.max(0, levelIndex(input.ladder, input.target.name));
  return {
    ratings: ratingRows(input.moments, context),
    ratingsSource: ratingsSource(input.checkIns, input.now, input.language),
    tracks: trackRows(input.track, position, input.moments, context),
  };
}

/** "Team Lead: 5 of 8 expectations with evidence, 2 strong". */
export function levelSummary(readiness: Readiness): string {
  return l10n.t(
    '{0}: {1} of {2} expectations with evidence, {3} strong',
    readiness.level.name,
    readiness.withEvidence,
    readiness.expectations.length,
    readiness.strong,
  );
}

/** "5 moments · 3 people · 1 starred · latest on 12 Nov" (or "latest today"); the parts that are zero are left out. */
export function countsText(entry: ExpectationReadiness, now: Date, language: DisplayLanguage): string {
  const moments = entry.evidence.length;
  if (moments === 0) return l10n.t('No moment in this period');
  const linked = entry.evidence.filter((evidence) => evidence.linked).length;
  const latest = entry.latest === null ? undefined : parseLocalDate(entry.latest);
  return [
    moments === 1 ? l10n.t('1 moment') : l10n.t('{0} moments', moments),
    linked > 0 && l10n.t('{0} linked', linked),
    entry.people > 0 && (entry.people === 1 ? l10n.t('1 person') : l10n.t('{0} people', entry.people)),
    entry.starred > 0 && l10n.t('{0} starred', entry.starred),
    latest && l10n.t('latest {0}', relativeDayInSentence(latest, now, language)),
  ]
    .filter((part): part is string => typeof part === 'string')
    .join(' · ');
}

interface Drawing {
  readonly input: ReadinessViewInput;
  /** Per moment id, how many of the shown expectations it counts for by a match. */
  readonly matchedIn: ReadonlyMap<string, number>;
  /** Per competency, how many of the period's moments are evidence for it. */
  readonly weakest: ReadonlyMap<CompetencyId, number>;
}

function levelView(readiness: Readiness, drawing: Drawing): LevelView {
  const areas: { name?: string; expectations: ExpectationView[] }[] = [];
  for (const entry of readiness.expectations) {
    const view = expectationView(entry, drawing);
    const area = entry.expectation.area;
    // Areas in the order the ladder first names them; an area named again later joins its group.
    const group = areas.find((candidate) => candidate.name === area);
    if (group) group.expectations.push(view);
    else areas.push({ ...(area === undefined ? {} : { name: area }), expectations: [view] });
  }
  return { name: readiness.level.name, summary: levelSummary(readiness), areas };
}

function expectationView(entry: ExpectationReadiness, { input, matchedIn, weakest }: Drawing): ExpectationView {
  const { expectation, strength } = entry;
  const weak = strength === 'none' || strength === 'thin';
  return {
    id: expectation.id,
    text: expectation.text,
    strength,
    strengthLabel: strengthLabel(strength),
    counts: countsText(entry, input.now, input.language),
    competencies: expectation.competencies.map(competencyLabel).join(', '),
    ...(weak ? { suggestion: gapSuggestion(focusCompetency(expectation, weakest), input.track) } : {}),
    ...newestMoments([...entry.evidence].reverse(), (moment, linked) =>
      momentView(moment, linked, linked ? undefined : confirmNote(matchedIn.get(moment.id) ?? 1), input),
    ),
  };
}

/**
 * What the view is sent of a list of evidence, newest first: the newest few, and how many
 * are left out. A log can hold thousands of moments for one expectation, and each is sent
 * under every expectation it counts for: all of them would make a message too large to send.
 */
function newestMoments(
  evidence: readonly { readonly moment: Moment; readonly linked: boolean }[],
  view: (moment: Moment, linked: boolean) => EvidenceMomentView,
): { moments: EvidenceMomentView[]; earlierMoments?: string } {
  const moments = evidence.slice(0, SHOWN_MOMENTS).map(({ moment, linked }) => view(moment, linked));
  const earlier = evidence.length - moments.length;
  if (earlier <= 0) return { moments };
  return {
    moments,
    earlierMoments: earlier === 1 ? l10n.t('and 1 earlier moment') : l10n.t('and {0} earlier moments', earlier),
  };
}

/**
 * The competency a suggestion for `expectation` works on: the one of its competencies the
 * period shows least of (the first in ladder order among equals), since that is where a
 * week's effort shows most.
 */
export function focusCompetency(expectation: Expectation, counts: ReadonlyMap<CompetencyId, number>): CompetencyId {
  let focus = expectation.competencies[0] as CompetencyId;
  for (const competency of expectation.competencies)
    if ((counts.get(competency) ?? 0) < (counts.get(focus) ?? 0)) focus = competency;
  return focus;
}

function competencyCounts(moments: readonly Moment[], kinds: KindCatalogue): Map<CompetencyId, number> {
  const counts = new Map<CompetencyId, number>();
  for (const moment of moments)
    for (const competency of kinds.describe(moment.kind).competencies)
      counts.set(competency, (counts.get(competency) ?? 0) + 1);
  return counts;
}

function matchCounts(levels: readonly Readiness[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const level of levels)
    for (const entry of level.expectations)
      for (const { moment, linked } of entry.evidence)
        if (!linked) counts.set(moment.id, (counts.get(moment.id) ?? 0) + 1);
  return counts;
}

/** What confirming a match does elsewhere: a moment with a link counts for its links only. */
function confirmNote(matches: number): string | undefined {
  const others = matches - 1;
  if (others <= 0) return undefined;
  return others === 1
    ? l10n.t('Confirming links it here only: it stops counting for 1 other expectation.')
    : l10n.t('Confirming links it here only: it stops counting for {0} other expectations.', others);
}

/**
 * A moment as the view shows it, every text cut to what the protocol carries. `actionable`
 * is false when what Confirm or Unlink would send back cannot be sent; a moment's own id
 * too long to send back also leaves it without its actions, but shown.
 */
function momentView(
  moment: Moment,
  linked: boolean,
  note: string | undefined,
  { kinds, now, language }: ReadinessViewInput,
  actionable = true,
): EvidenceMomentView {
  const kind = kinds.describe(moment.kind);
  const outcome = moment.outcome?.text ?? moment.impact;
  const text = (value: string) => clipEnd(value, READINESS_LIMITS.text);
  return {
    ...(actionable && moment.id.length <= READINESS_LIMITS.momentId ? { id: moment.id } : {}),
    at: moment.at,
    day: relativeDayLabel(new Date(moment.at), now, language),
    kindLabel: text(kind.label),
    icon: kind.icon,
    summary: text(moment.summary),
    ...(outcome === undefined ? {} : { outcome: text(outcome) }),
    linked,
    ...(note === undefined ? {} : { confirmNote: note }),
    starred: moment.starred ?? false,
    ...(moment.code ? { code: text(formatCodeLocation(moment.code)) } : {}),
    links: (moment.links ?? [])
      .filter((url) => url.length <= READINESS_LIMITS.webUrl && isWebUrl(url))
      .slice(0, SHOWN_LINKS),
  };
}

function ladderLine({ ladder, level, ladderFile }: ReadinessViewInput): string {
  const source = ladderFile === undefined ? l10n.t('built in') : clipMiddle(ladderFile, QUOTED_PATH_LENGTH);
  return level
    ? l10n.t('Ladder: {0} · from {1} · {2}', ladder.name, level.name, source)
    : l10n.t('Ladder: {0} · {1}', ladder.name, source);
}

/** Every text the view shows that is not the log's or the ladder's, translated here. */
export function readinessStrings(): ReadinessStrings {
  return {
    period: l10n.t('Period'),
    otherPeriod: l10n.t('Other Period…'),
    targetLevel: l10n.t('{0} expectations'),
    currentLevel: l10n.t('Your current level: {0}'),
    showMoments: l10n.t('{0}: show moments'),
    noEvidence: l10n.t('No moment of this period is evidence for it yet.'),
    linked: l10n.t('Linked'),
    matched: l10n.t('Matched'),
    confirm: l10n.t('Confirm'),
    confirmLabel: l10n.t('Confirm “{0}” as evidence: link it to this expectation'),
    unlink: l10n.t('Unlink'),
    unlinkLabel: l10n.t('Unlink “{0}” from this expectation'),
    linkMoment: l10n.t('Link a Moment…'),
    linkMomentLabel: l10n.t('Link a moment of this period to: {0}'),
    logForThis: l10n.t('Log a Moment for This'),
    logForThisLabel: l10n.t('Log a moment linked to: {0}'),
    tryThisWeek: l10n.t('Try this week: {0}'),
    openCode: l10n.t('Open {0}'),
    openLink: l10n.t('Open {0} in the browser'),
    starred: l10n.t('Starred'),
    staleTitle: l10n.t('Linked to an expectation that is not in this ladder'),
    staleIntro: l10n.t(
      'These moments are linked to “{0}”, which is not in this ladder (reworded, removed, or from another ladder). They are kept; unlink them, or link them to an expectation the ladder has.',
    ),
    strengthTitle: l10n.t('How strength is decided'),
    logProblemIntro: l10n.t('Growth Log cannot use the log right now:'),
    ratingsTitle: l10n.t('Your ratings'),
    ratingsIntro: l10n.t(
      'Per competency: the evidence of this period, what you last said of it in a check-in, and how its moments felt.',
    ),
    competency: l10n.t('Competency'),
    evidence: l10n.t('Evidence'),
    good: l10n.t('Good at it'),
    enjoy: l10n.t('Enjoy it'),
    energy: l10n.t('How it felt'),
    tracksTitle: l10n.t('Which track fits me?'),
    tracksIntro: l10n.t(
      'Both built-in ladders at the level of your target, each by the competencies it asks for more often than the other: their evidence in this period of your log, how that work felt, and how good you say you are at them and how much you enjoy them.',
    ),
    track: l10n.t('Track and level'),
    yourTrack: l10n.t('{0} (your track)'),
  };
}
