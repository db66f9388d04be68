import { PRIVATE_MARKER, QUESTION_MARKER_START } from './draftAnswers';
import * as l10n from '@vscode/l10n';
import { lastDayOf, type Period } from '../../insights/period';
import type { Timeline } from '../../insights/timeline';
import type { KindCatalogue } from '../../model/kindCatalogue';
import type { Moment } from '../../model/schema';
import { formatLocalDate } from '../../time/calendar';
import { citeMoment } from '../citation';
import { markdownText } from '../markdownText';
import { momentLead } from '../momentProse';
import { allocateMoments, isCatchAll } from './answerAllocation';
import type { ReviewForm, ReviewQuestion } from './forms';
import { QUESTION_ID_PATTERN } from './formFile';
import type { PeopleResolver } from '../../model/people';
import { whoCanSpeakSection } from '../whoCanSpeakSection';

/**
 * The self-review draft: for each question of a review form, the moments of a period that
 * answer it, as bullets the user turns into prose, each citing its moment with a plain
 * reference that survives a copy into the review tool. Deterministic and local: the same
 * log, period and form give the same draft, byte for byte.
 *
 * Its structure is read back by the editor (character counts, Copy Answer), so it is fixed:
 *
 *     # Self-review draft: <form name>
 *
 *     _<period label>: <from> to <to> · <N> moments_      (a custom period: _<from> to <to> · …_)
 *
 *     > <how to use the draft, once>
 *
 *     ## <question text>
 *
 *     <!-- growth-log:question id="<question id>" limit="<limit or none>" -->
 *
 *     - <what the moment changed — its summary> (<date>, <kind>, ref <ref>)
 *
 * An answer is everything between its marker and the next `## ` heading (or the end), the
 * italic line that stands in an empty answer included: it is written over. Moments no
 * question takes follow under "Not used above", which has no marker and is no answer.
 * The private section ("Who can speak to your work") comes last, `<!-- growth-log:private -->`
 * under its heading: nothing from that marker on is copied as an answer or sent to a model.
 * Every text from the log or the form goes through markdownText.ts.
 */

export interface SelfReviewOptions {
  /** Names each kind, and tells which competencies a moment is evidence for. */
  readonly kinds: KindCatalogue;
  /** Who the names in moments mean (the log's people list), for "Who can speak to your work". */
  readonly people?: PeopleResolver;
  /** Adds "Who can speak to your work": the colleagues to nominate as peer reviewers. */
  readonly includePrivateSections?: boolean;
}

/** The marker line under a question's heading; group 1 is the question's id, group 2 its limit or `none`. */
export const QUESTION_MARKER_PATTERN = /^<!-- growth-log:question id="([A-Za-z0-9_-]+)" limit="([1-9]\d*|none)" -->$/;

export function renderSelfReviewDraft(
  timeline: Timeline,
  period: Period,
  form: ReviewForm,
  options: SelfReviewOptions,
): string {
  const { kinds } = options;
  const moments = timeline.between(period.from, period.to);
  const { answers, unused } = allocateMoments(moments, form, kinds);
  const dates = l10n.t('{0} to {1}', formatLocalDate(period.from), formatLocalDate(lastDayOf(period)));
  // A custom period is labelled by its dates already: they are not said twice.
  const when = period.label === dates ? dates : l10n.t('{0}: {1}', markdownText(period.label), dates);
  const sections: string[][] = [
    [`# ${l10n.t('Self-review draft: {0}', markdownText(form.name))}`],
    [`_${when} · ${momentCount(moments.length)}_`],
    [
      `> ${l10n.t('Turn the moments under each question into a few sentences of your own. Each ends with a reference to its moment (date, kind and ref) that stays readable when pasted into the review tool.')}`,
    ],
  ];
  form.questions.forEach((question, index) => {
    sections.push(answerSection(question, answers[index] ?? [], kinds));
  });
  if (unused.length > 0) {
    sections.push([
      `## ${l10n.t('Not used above')}`,
      '',
      `_${l10n.t('These moments answer none of the questions; move any that belongs into an answer.')}_`,
      '',
      ...unused.map((moment) => bullet(moment, kinds)),
    ]);
  }
  if (options.includePrivateSections) {
    // Its heading ends the last answer; its marker does too, and tells the editor the
    // section is private even when the heading is removed: it is never sent to a model.
    sections.push(privateSection(whoCanSpeakSection(timeline, period, { kinds, people: options.people })));
  }
  return `${sections
    .filter((section) => section.length > 0)
    .map((section) => section.join('\n'))
    .join('\n\n')}\n`;
}

/** A private section's lines with the private marker under its heading; none when it has none. */
function privateSection([heading, ...body]: readonly string[]): string[] {
  return heading === undefined ? [] : [heading, '', PRIVATE_MARKER, ...body];
}

/** The marker comment under a question's heading: what the editor reads back. */
export function questionMarker(question: Pick<ReviewQuestion, 'id' | 'limit'>): string {
  // A form file's schema allows nothing else; a form built in code is held to the same rule,
  // so no id can end the comment and write Markdown of its own.
  if (!QUESTION_ID_PATTERN.test(question.id))
    throw new Error(
      l10n.t('the question id {0} may hold only letters, digits, "-" and "_"', JSON.stringify(question.id)),
    );
  const limit = question.limit === undefined ? 'none' : String(Math.max(1, Math.trunc(question.limit)));
  return `${QUESTION_MARKER_START}id="${question.id}" limit="${limit}" -->`;
}

function answerSection(question: ReviewQuestion, moments: readonly Moment[], kinds: KindCatalogue): string[] {
  const answer =
    moments.length > 0 ? moments.map((moment) => bullet(moment, kinds)) : [`_${emptyAnswer(question, kinds)}_`];
  return [`## ${markdownText(question.text)}`, '', questionMarker(question), '', ...answer];
}

function bullet(moment: Moment, kinds: KindCatalogue): string {
  return `- ${markdownText(momentLead(moment))} ${citeMoment(moment, kinds)}`;
}

/** What stands in an answer no moment went to: why, and what to log so the next draft has one. */
function emptyAnswer(question: ReviewQuestion, kinds: KindCatalogue): string {
  if (isCatchAll(question)) return l10n.t('Every moment of this period answers another question.');
  const answering = kindsAnswering(question, kinds);
  if (answering.length === 0) return l10n.t('The log holds no evidence for this question: write it yourself.');
  return l10n.t(
    'No moment of this period answers this question. Kinds that would: {0}.',
    answering.map((kind) => markdownText(kind.label)).join(', '),
  );
}

/** The kinds whose moments would answer `question`: those it lists, then those feeding a competency it lists. */
function kindsAnswering(question: ReviewQuestion, kinds: KindCatalogue) {
  const listed = new Set(question.kinds ?? []);
  const competencies = new Set<string>(question.competencies ?? []);
  // A listed kind the catalogue does not know (one of the user's own, not yet logged) is named by its id.
  const byKind = [...listed].map((id) => kinds.describe(id));
  const byCompetency = kinds
    .all()
    .filter((kind) => !listed.has(kind.id) && kind.competencies.some((competency) => competencies.has(competency)));
  return [...byKind, ...byCompetency];
}

// Counts are whole phrases for the translator, one for one and one for more.
function momentCount(count: number): string {
  return count === 1 ? l10n.t('{0} moment', count) : l10n.t('{0} moments', count);
}
