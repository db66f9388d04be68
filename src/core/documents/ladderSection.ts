import * as l10n from '@vscode/l10n';
import type { TrackId } from '../../shared/enums';
import { gapSuggestion } from '../insights/competencyGaps';
import type { ExpectationReadiness, Readiness, Strength } from '../ladders/evidence';
import type { Ladder, LadderLevel } from '../ladders/ladder';
import type { CompetencyId } from '../model/taxonomy';
import type { MomentWriting } from './bragMoment';
import { markdownText } from './markdownText';
import { mentionMoment, mentionMostRecent } from './momentMention';

/**
 * The brag document against a level of a career ladder: for the reader, each expectation
 * of the level the period holds evidence for, in ladder order, with its strength and the
 * moments that show it mentioned as the document's body shows them (each moment is written
 * out once, in the body: momentMention.ts);
 * for the user, in the private "Gaps and next focus", the expectations with no or thin
 * evidence, each with one thing to try.
 */

/** The level a document measures the period against, on its ladder. */
export interface LadderTarget {
  readonly ladder: Ladder;
  readonly target: LadderLevel;
}

/** "Against the Staff expectations": the section's lines, heading first. */
export function ladderSection(ladder: Ladder, readiness: Readiness, writing: MomentWriting): string[] {
  const { expectations, withEvidence, strong } = readiness;
  const shown = expectations.filter((entry) => entry.evidence.length > 0);
  const summary =
    shown.length === 0
      ? l10n.t(
          '{0}: no moment of this period is evidence for an expectation of this level yet.',
          markdownText(ladder.name),
        )
      : l10n.t(
          '{0}: {1} of {2} expectations with evidence in this period, {3} strong. Under each, the most recent moments that show it, by their first words and day; the moments themselves are above.',
          markdownText(ladder.name),
          withEvidence,
          expectations.length,
          strong,
        );
  return [
    `## ${l10n.t('Against the {0} expectations', markdownText(readiness.level.name))}`,
    '',
    `_${summary}_`,
    ...(shown.length > 0 ? [''] : []),
    ...shown.flatMap((entry) => expectationLines(entry, writing)),
  ];
}

/** The expectation, its strength and counts under it, and its most recent moments mentioned. */
function expectationLines(entry: ExpectationReadiness, writing: MomentWriting): string[] {
  const moments = entry.evidence.map((evidence) => evidence.moment);
  return [
    `- **${markdownText(entry.expectation.text)}**\\`,
    `  _${l10n.t('{0} · {1}', strengthWords(entry.strength), evidenceCounts(moments.length, entry.people))}_`,
    `  - ${mentionMostRecent(moments, writing)}`,
  ];
}

function strengthWords(strength: Strength): string {
  switch (strength) {
    case 'strong':
      return l10n.t('Strong evidence');
    case 'some':
      return l10n.t('Some evidence');
    case 'thin':
      return l10n.t('Thin evidence');
    case 'none':
      return l10n.t('No evidence');
  }
}

// Whole phrases for the translator, one for one and one for more.
function evidenceCounts(moments: number, people: number): string {
  const count = moments === 1 ? l10n.t('{0} moment', moments) : l10n.t('{0} moments', moments);
  if (people === 0) return count;
  return people === 1 ? l10n.t('{0} with {1} person', count, people) : l10n.t('{0} with {1} people', count, people);
}

/** An expectation with no or thin evidence, and the competency whose suggestion is its next step. */
export interface ExpectationGap {
  readonly entry: ExpectationReadiness;
  readonly competency: CompetencyId;
}

/**
 * The expectations of `readiness` with no or thin evidence, in ladder order, each with the
 * competency whose suggestion (`gapSuggestion`) is its next step: its first competency no
 * earlier gap has used, so two expectations never get the same step (the first, if all are used).
 */
export function expectationGaps(readiness: Readiness): ExpectationGap[] {
  const used = new Set<CompetencyId>();
  const gaps: ExpectationGap[] = [];
  for (const entry of readiness.expectations) {
    if (entry.strength !== 'none' && entry.strength !== 'thin') continue;
    const { competencies } = entry.expectation;
    const competency = competencies.find((candidate) => !used.has(candidate)) ?? competencies[0];
    if (competency === undefined) continue;
    used.add(competency);
    gaps.push({ entry, competency });
  }
  return gaps;
}

/** A gap's line in "Gaps and next focus": the expectation, how much evidence it has, and what to try. */
export function expectationGapLine(gap: ExpectationGap, track: TrackId, writing: MomentWriting): string {
  const step = gapSuggestion(gap.competency, track);
  const [only] = gap.entry.evidence;
  const status = only
    ? l10n.t('One moment in this period: {0}. Next: {1}', mentionMoment(only.moment, writing), step)
    : l10n.t('No evidence in this period. Next: {0}', step);
  return `- **${markdownText(gap.entry.expectation.text)}** ${status}`;
}
