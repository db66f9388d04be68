import * as l10n from '@vscode/l10n';
import type { WeekStartDay } from '../../shared/enums';
import type { Readiness } from '../ladders/evidence';
import { type KindCatalogue, momentCompetencies } from '../model/kindCatalogue';
import type { Moment } from '../model/schema';
import { COMPETENCIES } from '../model/taxonomy';
import { formatLocalDate, startOfWeek } from '../time/calendar';
import type { MomentWriting } from './bragMoment';
import type { MomentGroup } from './bragSections';
import { markdownText } from './markdownText';
import { peopleAtAGlance } from './peopleWording';

/** The competencies named as the strongest: enough to say where the evidence is, few enough to read. */
const STRONGEST_SHOWN = 3;
/** Initiatives named by name; the rest are counted (each has its own section below anyway). */
const INITIATIVES_SHOWN = 5;

export interface GlanceInput {
  readonly moments: readonly Moment[];
  /** "Oct 1 – Dec 31, 2026". */
  readonly span: string;
  readonly weekStartsOn: WeekStartDay;
  readonly writing: MomentWriting;
  readonly initiatives: readonly MomentGroup[];
  /** The period against a ladder level, when the document measures one. */
  readonly readiness?: Readiness;
}

/**
 * The paragraph a reader takes in first, written from the log alone so there is nothing to
 * fill in or delete: the period and how many moments over how many active weeks, the
 * highlights, the competencies with the most evidence, the initiatives, and the people.
 */
export function atAGlance({ moments, span, weekStartsOn, writing, initiatives, readiness }: GlanceInput): string[] {
  const sentences = [
    volumeSentence(span, moments.length, activeWeeks(moments, weekStartsOn, writing)),
    ...highlightsSentence(moments.filter((moment) => moment.starred).length),
    ...strongestSentence(moments, writing.kinds, writing.list),
    ...initiativesSentence(initiatives, writing.list),
    ...peopleAtAGlance(moments, (moment) => writing.relation(moment), writing.people, writing.list),
    ...(readiness ? [readinessSentence(readiness)] : []),
  ];
  return [`## ${l10n.t('At a glance')}`, '', sentences.join(' ')];
}

/** How many weeks hold a moment: worked out once per day that does, not once per moment. */
function activeWeeks(moments: readonly Moment[], weekStartsOn: WeekStartDay, writing: MomentWriting): number {
  const days = new Set<number>();
  const weeks = new Set<string>();
  for (const moment of moments) {
    const day = writing.dayNumber(moment);
    if (days.has(day)) continue;
    days.add(day);
    weeks.add(formatLocalDate(startOfWeek(new Date(moment.at), weekStartsOn)));
  }
  return weeks.size;
}

// Each count is a whole sentence for the translator, one for one and one for more: word
// order and plural forms differ between languages.
function volumeSentence(span: string, moments: number, weeks: number): string {
  if (moments === 1) return l10n.t('{0}: **{1}** moment in **{2}** active week.', span, moments, weeks);
  if (weeks === 1) return l10n.t('{0}: **{1}** moments in **{2}** active week.', span, moments, weeks);
  return l10n.t('{0}: **{1}** moments over **{2}** active weeks.', span, moments, weeks);
}

function highlightsSentence(starred: number): string[] {
  if (starred === 0) return [];
  return [
    starred === 1
      ? l10n.t('**{0}** highlight, marked ★ and listed first in its section.', starred)
      : l10n.t('**{0}** highlights, marked ★ and listed first in their sections.', starred),
  ];
}

/** The competencies most moments are evidence for (a moment counts toward each of its kind's), with their counts. */
function strongestSentence(moments: readonly Moment[], kinds: KindCatalogue, list: Intl.ListFormat): string[] {
  const counts = new Map<string, number>();
  for (const moment of moments) {
    for (const competency of momentCompetencies(moment, kinds))
      counts.set(competency, (counts.get(competency) ?? 0) + 1);
  }
  const strongest = COMPETENCIES.filter((competency) => counts.has(competency.id))
    .map((competency) => ({ label: competency.label, count: counts.get(competency.id) ?? 0 }))
    .sort((a, b) => b.count - a.count)
    .slice(0, STRONGEST_SHOWN);
  if (strongest.length === 0) return [];
  const named = list.format(strongest.map(({ label, count }) => l10n.t('{0} ({1})', label, count)));
  return [
    strongest.length === 1
      ? l10n.t('Strongest competency: {0}.', named)
      : l10n.t('Strongest competencies: {0}.', named),
  ];
}

/** The headline of "Against the … expectations", which follows the body. */
function readinessSentence({ level, expectations, withEvidence, strong }: Readiness): string {
  return l10n.t(
    'Evidence for **{0}** of the {1} {2} expectations, **{3}** of them strong.',
    withEvidence,
    expectations.length,
    markdownText(level.name),
    strong,
  );
}

function initiativesSentence(initiatives: readonly MomentGroup[], list: Intl.ListFormat): string[] {
  if (initiatives.length === 0) return [];
  const named = initiatives
    .slice(0, INITIATIVES_SHOWN)
    .map((group) => l10n.t('{0} ({1})', markdownText(group.title), group.moments.length));
  const more = initiatives.length - named.length;
  if (more > 0) named.push(more === 1 ? l10n.t('{0} more initiative', more) : l10n.t('{0} more initiatives', more));
  return [
    initiatives.length === 1
      ? l10n.t('Initiative: {0}.', list.format(named))
      : l10n.t('Initiatives: {0}.', list.format(named)),
  ];
}
