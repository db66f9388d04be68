import * as l10n from '@vscode/l10n';
import type { TrackId } from '../../shared/enums';
import { competenciesWithoutEvidence } from '../insights/competencyGaps';
import { energyByKind } from '../insights/energy';
import type { Period } from '../insights/period';
import type { Timeline } from '../insights/timeline';
import type { KindCatalogue } from '../model/kindCatalogue';
import type { PeopleResolver } from '../model/people';
import type { CheckIn } from '../model/schema';
import { competencyLabel } from '../model/taxonomy';
import type { Readiness } from '../ladders/evidence';
import type { MomentWriting } from './bragMoment';
import { checkInSection } from './checkInSection';
import { expectationGapLine, expectationGaps } from './ladderSection';
import { markdownText } from './markdownText';
import { whoCanSpeakSection } from './whoCanSpeakSection';

/** What a private section is written from. */
export interface PrivateSectionInput {
  readonly timeline: Timeline;
  readonly period: Period;
  readonly track: TrackId;
  readonly kinds: KindCatalogue;
  readonly people: PeopleResolver;
  readonly checkIns?: readonly CheckIn[];
  /** The period against the target level of a ladder, when the document measures one. */
  readonly readiness?: Readiness;
  /** How the document's body writes a moment, so a section can point at one the reader finds there. */
  readonly writing: MomentWriting;
}

/** A private section's lines, or none when it has nothing to say for the period. */
export type PrivateSection = (input: PrivateSectionInput) => string[];

/**
 * The sections for the user, not the reviewer, in the order they are written: they appear
 * only when the user asks for the private sections.
 */
export const PRIVATE_SECTIONS: readonly PrivateSection[] = [gapsAndNextFocus, whatEnergisesMe, whoCanSpeak, checkIn];

/** What the user last said they are good at and enjoy, from their check-ins. */
function checkIn({ checkIns, period }: PrivateSectionInput): string[] {
  return checkInSection(checkIns, period);
}

/** The colleagues to nominate as peer reviewers, each with the moments shared, cited. */
function whoCanSpeak({ timeline, period, kinds, people }: PrivateSectionInput): string[] {
  return whoCanSpeakSection(timeline, period, { kinds, people });
}

/**
 * The target level's expectations with no or thin evidence (when the document measures a
 * ladder level), then the competencies with none, each with one thing to try; a competency
 * whose suggestion an expectation already gives is not repeated.
 */
function gapsAndNextFocus({ timeline, period, track, kinds, readiness, writing }: PrivateSectionInput): string[] {
  const expectations = readiness ? expectationGaps(readiness) : [];
  const suggested = new Set(expectations.map((gap) => gap.competency));
  const gaps = competenciesWithoutEvidence(timeline, period.from, period.to, track, kinds).filter(
    (gap) => !suggested.has(gap.competency),
  );
  if (gaps.length === 0 && expectations.length === 0) return [];
  const intro = readiness
    ? l10n.t(
        'Private: the {0} expectations with no or thin evidence in this period and the competencies with none, and one thing to try for each.',
        markdownText(readiness.level.name),
      )
    : l10n.t('Private: competencies with no evidence in this period, and one thing to try for each.');
  return [
    `## ${l10n.t('Gaps and next focus')}`,
    '',
    `_${intro}_`,
    '',
    ...expectations.map((gap) => expectationGapLine(gap, track, writing)),
    ...gaps.map((gap) => `- **${competencyLabel(gap.competency)}**: ${gap.suggestion}`),
  ];
}

function whatEnergisesMe({ timeline, period, kinds }: PrivateSectionInput): string[] {
  const rows = energyByKind(timeline, period.from, period.to);
  if (rows.length === 0) return [];
  return [
    `## ${l10n.t('What energises me')}`,
    '',
    `_${l10n.t('Private: how each kind of work felt, from the moments rated in this period.')}_`,
    '',
    `| ${l10n.t('Kind')} | ${l10n.t('Energised')} | ${l10n.t('Neutral')} | ${l10n.t('Drained')} |`,
    '| --- | ---: | ---: | ---: |',
    ...rows.map(
      (row) =>
        `| ${markdownText(kinds.describe(row.kind).label)} | ${row.energised} | ${row.neutral} | ${row.drained} |`,
    ),
  ];
}
