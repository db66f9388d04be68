import * as l10n from '@vscode/l10n';
import { formatCodeLocation } from '../git/codeLocation';
import type { KindCatalogue } from '../model/kindCatalogue';
import type { PeopleResolver } from '../model/people';
import type { Moment } from '../model/schema';
import { competencyLabel, type CompetencyId } from '../model/taxonomy';
import { markdownCode, markdownLink, markdownText, markdownUrl } from './markdownText';
import { momentLead, momentLeadParts } from './momentProse';
import { type PeopleRelation, peopleClause, peopleNotNamedInText } from './peopleWording';

/** What writing a moment needs, made once per document. */
export interface MomentWriting {
  readonly kinds: KindCatalogue;
  readonly people: PeopleResolver;
  readonly relation: (moment: Moment) => PeopleRelation;
  /** A moment's day, as short as the period allows ("Oct 6", or "Oct 6, 2026" across years). */
  readonly day: Intl.DateTimeFormat;
  readonly list: Intl.ListFormat;
}

/**
 * One moment as a list item, outcome first:
 *
 *     - ★ **Sam now owns the CI dashboard** — paired with Sam on flaky test triage (Oct 6)
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
  const star = moment.starred ? '★ ' : '';
  const lines = [`- ${star}${lead} (${writing.day.format(new Date(moment.at))})`];
  const beside = besideLine(moment, besideCompetency, writing);
  if (beside) lines.push(`  _${beside}_`);
  for (const detail of details(moment)) lines.push(`  - ${detail}`);
  return lines.join('\n');
}

function besideLine(moment: Moment, groupCompetency: CompetencyId | undefined, writing: MomentWriting): string {
  const parts: string[] = [];
  const unnamed = peopleNotNamedInText(momentLead(moment, writing.people), moment, writing.people);
  if (unnamed.length > 0) parts.push(peopleClause(writing.relation(moment), unnamed, writing.list));
  const competencies = writing.kinds
    .describe(moment.kind)
    .competencies.filter((competency) => competency !== groupCompetency)
    .map(competencyLabel);
  if (competencies.length > 0) parts.push(competencies.join(', '));
  const tags = (moment.tags ?? []).map((tag) => `#${markdownText(tag)}`);
  if (tags.length > 0) parts.push(tags.join(' '));
  return parts.join(' · ');
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
