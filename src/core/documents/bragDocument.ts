import * as l10n from '@vscode/l10n';
import { peopleNotNamedIn } from '../model/quickLog';
import { formatLocalDate, startOfWeek } from '../time/calendar';
import type { TrackId, WeekStartDay } from '../../shared/enums';
import { formatCodeLocation } from '../git/codeLocation';
import { competenciesWithoutEvidence } from '../insights/competencyGaps';
import { energyByKind } from '../insights/energy';
import { markdownCode, markdownLink, markdownText, markdownUrl } from './markdownText';
import { lastDayOf, type Period } from '../insights/period';
import type { KindCatalogue } from '../model/kindCatalogue';
import { countPeople, type PeopleResolver, peopleResolver, resolvedNames } from '../model/people';
import type { Moment } from '../model/schema';
import type { Timeline } from '../insights/timeline';
import { COMPETENCIES, competencyLabel } from '../model/taxonomy';

export interface BragOptions {
  readonly weekStartsOn: WeekStartDay;
  readonly track: TrackId;
  /** Adds "Gaps and next focus" and "What energises me": for the user, not the reviewer. */
  readonly includePrivateSections: boolean;
  /** Names each kind, and tells which competencies a moment is evidence for. */
  readonly kinds: KindCatalogue;
  /** Who the names in moments mean (the log's people list): each person counted and named once. */
  readonly people?: PeopleResolver;
}

/**
 * A Markdown brag document for `period` of the log `timeline` indexes, in the order a reviewer reads: totals at a
 * glance, starred highlights, then one section per competency listing the evidence,
 * oldest first, with people, impact and links to the code. Empty sections are left out.
 * Every text from the log goes through markdownText.ts, so it renders as written, in VS
 * Code's preview and on GitHub, and adds no structure, link or HTML of its own.
 */
export function renderBragDocument(timeline: Timeline, period: Period, options: BragOptions): string {
  const { kinds } = options;
  const people = options.people ?? peopleResolver();
  const inPeriod = timeline.between(period.from, period.to);

  const sections: string[][] = [
    [
      `# ${l10n.t('Brag document: {0}', markdownText(period.label))}`,
      '',
      `_${l10n.t('{0} to {1}', formatLocalDate(period.from), formatLocalDate(lastDayOf(period)))}_`,
    ],
  ];
  if (inPeriod.length === 0) {
    sections.push([l10n.t('No moments were logged in this period.')]);
  } else {
    sections.push(atAGlance(inPeriod, options.weekStartsOn, kinds, people));
    sections.push(
      momentSection(
        l10n.t('Highlights'),
        inPeriod.filter((moment) => moment.starred),
        people,
      ),
    );
    for (const competency of COMPETENCIES) {
      const evidence = inPeriod.filter((moment) => feeds(moment, competency.id, kinds));
      sections.push(momentSection(competency.label, evidence, people));
    }
    sections.push(
      momentSection(
        l10n.t('Other'),
        inPeriod.filter((moment) => kinds.describe(moment.kind).competencies.length === 0),
        people,
      ),
    );
  }
  if (options.includePrivateSections) {
    sections.push(gapsAndNextFocus(timeline, period, options.track, kinds));
    sections.push(whatEnergisesMe(timeline, period, kinds));
  }
  return `${sections
    .filter((section) => section.length > 0)
    .map((section) => section.join('\n'))
    .join('\n\n')}\n`;
}

function feeds(moment: Moment, competency: string, kinds: KindCatalogue): boolean {
  return kinds.describe(moment.kind).competencies.some((id) => id === competency);
}

function momentSection(title: string, moments: readonly Moment[], people: PeopleResolver): string[] {
  return moments.length === 0 ? [] : [`## ${title}`, '', ...moments.map((moment) => renderMoment(moment, people))];
}

function atAGlance(
  moments: readonly Moment[],
  weekStartsOn: WeekStartDay,
  kinds: KindCatalogue,
  resolver: PeopleResolver,
): string[] {
  const perKind = new Map<string, number>();
  const people = new Set(countPeople(moments, resolver).map((person) => person.name));
  const weeks = new Set<string>();
  for (const moment of moments) {
    perKind.set(moment.kind, (perKind.get(moment.kind) ?? 0) + 1);
    weeks.add(formatLocalDate(startOfWeek(new Date(moment.at), weekStartsOn)));
  }
  const covered = COMPETENCIES.filter((competency) => moments.some((moment) => feeds(moment, competency.id, kinds)));
  return [
    `## ${l10n.t('At a glance')}`,
    '',
    `- ${l10n.t('{0} over {1}', momentCount(moments.length), activeWeekCount(weeks.size))}`,
    `- ${l10n.t('**{0}** of {1} competencies shown: {2}', covered.length, COMPETENCIES.length, covered.map((c) => c.label).join(', '))}`,
    ...(people.size > 0
      ? [`- ${l10n.t('{0} supported: {1}', personCount(people.size), [...people].sort().map(markdownText).join(', '))}`]
      : []),
    '',
    `| ${l10n.t('Kind')} | ${l10n.t('Moments')} |`,
    '| --- | ---: |',
    ...[...perKind]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([kind, count]) => `| ${markdownText(kinds.describe(kind).label)} | ${count} |`),
  ];
}

function renderMoment(moment: Moment, people: PeopleResolver): string {
  let line = `- **${formatLocalDate(new Date(moment.at))}** ${markdownText(moment.summary)}`;
  const others = resolvedNames(peopleNotNamedIn(moment.summary, moment.people ?? []), people);
  if (others.length > 0) line += l10n.t(', with {0}', others.map(markdownText).join(', '));
  const details: string[] = [];
  if (moment.impact?.trim()) details.push(l10n.t('Impact: {0}', markdownText(moment.impact)));
  if (moment.code) details.push(l10n.t('Code: {0}', codeReference(moment.code)));
  else if (moment.commit) details.push(l10n.t('Commit: {0}', markdownCode(shortCommit(moment.commit))));
  for (const link of moment.links ?? []) details.push(l10n.t('Link: {0}', markdownUrl(link)));
  return [line, ...details.map((detail) => `  - ${detail}`)].join('\n');
}

function codeReference(code: NonNullable<Moment['code']>): string {
  const at = code.commit ? ` ${l10n.t('at {0}', markdownCode(shortCommit(code.commit)))}` : '';
  const label = formatCodeLocation(code);
  return `${code.remote ? markdownLink(label, code.remote) : markdownCode(label)}${at}`;
}

/** The seven characters git itself shows. */
function shortCommit(commit: string): string {
  return commit.slice(0, 7);
}

function gapsAndNextFocus(timeline: Timeline, period: Period, track: TrackId, kinds: KindCatalogue): string[] {
  const gaps = competenciesWithoutEvidence(timeline, period.from, period.to, track, kinds);
  if (gaps.length === 0) return [];
  return [
    `## ${l10n.t('Gaps and next focus')}`,
    '',
    `_${l10n.t('Private: competencies with no evidence in this period, and one thing to try for each.')}_`,
    '',
    ...gaps.map((gap) => `- **${competencyLabel(gap.competency)}**: ${gap.suggestion}`),
  ];
}

function whatEnergisesMe(timeline: Timeline, period: Period, kinds: KindCatalogue): string[] {
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

// Counts are whole sentences for the translator, one for one and one for more: word
// order and plural forms differ between languages.
function momentCount(count: number): string {
  return count === 1 ? l10n.t('**{0}** moment', count) : l10n.t('**{0}** moments', count);
}

function activeWeekCount(count: number): string {
  return count === 1 ? l10n.t('**{0}** active week', count) : l10n.t('**{0}** active weeks', count);
}

function personCount(count: number): string {
  return count === 1 ? l10n.t('**{0}** person', count) : l10n.t('**{0}** people', count);
}
