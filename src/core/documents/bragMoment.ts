import * as l10n from '@vscode/l10n';
import { formatCodeLocation } from '../git/codeLocation';
import { type KindCatalogue, momentCompetencies, momentCompetencyKey } from '../model/kindCatalogue';
import type { PeopleResolver } from '../model/people';
import type { Moment } from '../model/schema';
import { competencyLabel, type CompetencyId } from '../model/taxonomy';
import type { DisplayLanguage } from '../time/displayLanguage';
import { markdownCode, markdownLink, markdownText, markdownUrl } from './markdownText';
import { remembered } from './remembered';
import { momentLeadParts } from './momentProse';
import {
  type NameOnMoment,
  namesOnMoments,
  type PeopleRelation,
  peopleClause,
  peopleNotNamedInText,
  relationOf,
  rememberingResolver,
} from './peopleWording';

/** What writing a moment needs, made once per document: it remembers what thousands of moments ask again. */
export interface MomentWriting {
  readonly kinds: KindCatalogue;
  readonly people: PeopleResolver;
  readonly list: Intl.ListFormat;
  /** The relation of a moment's kind to its people. */
  relation(moment: Moment): PeopleRelation;
  /** A moment's day, as short as the period allows ("Oct 6", or "Oct 6, 2026" across years). */
  day(moment: Moment): string;
  /** A moment's local calendar day as a number (localDayNumber). */
  dayNumber(moment: Moment): number;
  /** The labels of the competencies a moment is evidence for, but `shown` (its group's heading). */
  competenciesBeside(moment: Moment, shown: CompetencyId | undefined): string;
  /** How a name on a moment is shown and may be written. */
  nameOnMoment(name: string): NameOnMoment | undefined;
  /** `#tag`, escaped. */
  tag(tag: string): string;
}

export function momentWriting(
  kinds: KindCatalogue,
  people: PeopleResolver,
  language: DisplayLanguage,
  acrossYears: boolean,
): MomentWriting {
  const dayFormat = language.dateFormat({
    day: 'numeric',
    month: 'short',
    ...(acrossYears ? { year: 'numeric' } : {}),
  });
  const dayOf = remembered((day: number) => dayFormat.format(fromLocalDayNumber(day)));
  const relationOfKind = remembered((kind: string) => relationOf(kinds.describe(kind)));
  // Per group heading, then per kind and chosen competency (the moment is at hand to work them out).
  const besideIn = remembered((shown: CompetencyId | undefined) => {
    const beside = new Map<string, string>();
    return (moment: Moment) => {
      const key = momentCompetencyKey(moment);
      let labels = beside.get(key);
      if (labels === undefined) {
        labels = momentCompetencies(moment, kinds)
          .filter((competency) => competency !== shown)
          .map(competencyLabel)
          .join(', ');
        beside.set(key, labels);
      }
      return labels;
    };
  });
  const remembering = rememberingResolver(people);
  return {
    kinds,
    people: remembering,
    list: new Intl.ListFormat(language.tag, { type: 'conjunction' }),
    nameOnMoment: namesOnMoments(remembering),
    tag: remembered((tag: string) => `#${markdownText(tag)}`),
    relation: (moment) => relationOfKind(moment.kind),
    day: (moment) => dayOf(dayNumber(moment)),
    dayNumber,
    competenciesBeside: (moment, shown) => besideIn(shown)(moment),
  };
}

function dayNumber(moment: Moment): number {
  return localDayNumber(new Date(moment.at));
}

/** One number per local calendar day: a key for what is the same all day. */
export function localDayNumber(date: Date): number {
  return date.getFullYear() * 10_000 + date.getMonth() * 100 + date.getDate();
}

function fromLocalDayNumber(day: number): Date {
  return new Date(Math.floor(day / 10_000), Math.floor(day / 100) % 100, day % 100);
}

/**
 * One moment as a list item, outcome first:
 *
 *     - ★ **Sam now owns the CI dashboard** — paired with Sam on flaky test triage (Oct 6)\
 *       _Communication & influence · #testing_
 *       - Code: [src/ci/retry.ts:10-42](…)
 *
 * A star marks a highlight. Beside it, in one italic line: the people the text does not
 * already name, in the words the kind calls for; the competencies it is evidence for that
 * its group's heading does not already say; its tags. Then the impact written at the time
 * (when an outcome leads instead), the code, the commit and the links.
 */
export function renderMoment(
  moment: Moment,
  besideCompetency: CompetencyId | undefined,
  writing: MomentWriting,
): string {
  const { result, summary } = momentLeadParts(moment, writing.people);
  const lead = result ? `**${markdownText(result)}** — ${markdownText(summary)}` : markdownText(summary);
  let written = `- ${moment.starred ? '★ ' : ''}${lead} (${writing.day(moment)})`;
  const beside = besideLine(moment, result ? `${result} — ${summary}` : summary, besideCompetency, writing);
  // A backslash at the end of the line is CommonMark's hard break: without it the preview and
  // the printed page run the italic line on into the sentence.
  if (beside) written += `\\\n  _${beside}_`;
  if (moment.outcome || moment.code || moment.commit || moment.links?.length) {
    for (const detail of details(moment)) written += `\n  - ${detail}`;
  }
  return written;
}

/** `lead`: what the line already says of the moment, which names some of its people. */
function besideLine(
  moment: Moment,
  lead: string,
  groupCompetency: CompetencyId | undefined,
  writing: MomentWriting,
): string {
  let beside = '';
  const unnamed = moment.people?.length ? peopleNotNamedInText(lead, moment, writing.nameOnMoment) : [];
  if (unnamed.length > 0) beside = peopleClause(writing.relation(moment), unnamed, writing.list);
  const competencies = writing.competenciesBeside(moment, groupCompetency);
  if (competencies) beside = beside ? `${beside} · ${competencies}` : competencies;
  if (moment.tags?.length) {
    const tags = moment.tags.map(writing.tag).join(' ');
    beside = beside ? `${beside} · ${tags}` : tags;
  }
  return beside;
}

function details(moment: Moment): string[] {
  const lines: string[] = [];
  const impact = moment.impact?.trim();
  if (moment.outcome?.text.trim() && impact && impact !== moment.outcome.text.trim())
    lines.push(l10n.t('At the time: {0}', markdownText(impact)));
  if (moment.code) lines.push(l10n.t('Code: {0}', codeReference(moment.code)));
  else if (moment.commit) lines.push(l10n.t('Commit: {0}', markdownCode(shortCommit(moment.commit))));
  for (const link of moment.links ?? []) lines.push(l10n.t('Link: {0}', markdownUrl(link)));
  return lines;
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
