import { formatLocalDate, isWithin, startOfWeek, type WeekStartDay } from './calendar';
import { lastDayOf, type Period } from './period';
import type { Moment } from './schema';
import { COMPETENCIES, describeKind } from './taxonomy';

export interface BragOptions {
  readonly weekStartsOn: WeekStartDay;
}

/**
 * A Markdown brag document for `period`: totals at a glance, starred highlights, then
 * one section per competency listing the evidence, oldest first, as a reviewer reads it.
 * Empty sections are left out. All user text is escaped so it renders as written.
 */
export function renderBragDocument(moments: readonly Moment[], period: Period, options: BragOptions): string {
  const inPeriod = moments
    .filter((moment) => isWithin(new Date(moment.at), period.from, period.to))
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at));

  const lines: string[] = [
    `# Brag document: ${escapeMarkdown(period.label)}`,
    '',
    `_${formatLocalDate(period.from)} to ${formatLocalDate(lastDayOf(period))}_`,
    '',
  ];

  if (inPeriod.length === 0) {
    lines.push('No moments were logged in this period.', '');
    return lines.join('\n');
  }

  lines.push(...atAGlance(inPeriod, options.weekStartsOn));

  const highlights = inPeriod.filter((moment) => moment.starred);
  if (highlights.length > 0) {
    lines.push('## Highlights', '', ...highlights.map(renderMoment), '');
  }

  for (const competency of COMPETENCIES) {
    const evidence = inPeriod.filter((moment) => describeKind(moment.kind).competencies.some((id) => id === competency.id));
    if (evidence.length > 0) lines.push(`## ${competency.label}`, '', ...evidence.map(renderMoment), '');
  }

  const uncategorised = inPeriod.filter((moment) => describeKind(moment.kind).competencies.length === 0);
  if (uncategorised.length > 0) lines.push('## Other', '', ...uncategorised.map(renderMoment), '');

  return lines.join('\n');
}

function atAGlance(moments: readonly Moment[], weekStartsOn: WeekStartDay): string[] {
  const perKind = new Map<string, number>();
  const people = new Set<string>();
  const weeks = new Set<string>();
  for (const moment of moments) {
    perKind.set(moment.kind, (perKind.get(moment.kind) ?? 0) + 1);
    for (const person of moment.people ?? []) people.add(person);
    weeks.add(formatLocalDate(startOfWeek(new Date(moment.at), weekStartsOn)));
  }
  const covered = COMPETENCIES.filter((competency) =>
    moments.some((moment) => describeKind(moment.kind).competencies.some((id) => id === competency.id)),
  );
  return [
    '## At a glance',
    '',
    `- **${moments.length}** ${plural(moments.length, 'moment')} over **${weeks.size}** active ${plural(weeks.size, 'week')}`,
    `- **${covered.length}** of ${COMPETENCIES.length} competencies shown: ${covered.map((c) => c.label).join(', ')}`,
    ...(people.size > 0 ? [`- **${people.size}** ${plural(people.size, 'person', 'people')} worked with: ${[...people].sort().map(escapeMarkdown).join(', ')}`] : []),
    '',
    '| Kind | Moments |',
    '| --- | ---: |',
    ...[...perKind].sort((a, b) => b[1] - a[1]).map(([kind, count]) => `| ${escapeMarkdown(describeKind(kind).label)} | ${count} |`),
    '',
  ];
}

function renderMoment(moment: Moment): string {
  const parts = [`- **${formatLocalDate(new Date(moment.at))}** ${escapeMarkdown(moment.summary)}`];
  if (moment.people?.length) parts.push(`with ${moment.people.map(escapeMarkdown).join(', ')}`);
  let line = parts.join(', ');
  if (moment.impact?.trim()) line += `\n  - Impact: ${escapeMarkdown(moment.impact.trim())}`;
  if (moment.code) {
    const lines = moment.code.startLine === moment.code.endLine ? `${moment.code.startLine}` : `${moment.code.startLine}-${moment.code.endLine}`;
    line += `\n  - Code: \`${moment.code.path.replace(/`/g, "'")}:${lines}\``;
  }
  for (const link of moment.links ?? []) line += `\n  - Link: <${link}>`;
  return line;
}

/**
 * Escapes the characters that would turn plain text into inline Markdown or HTML. User
 * text never starts a line here (each line opens with a date or a label), so block-level
 * markers such as `#` and `-` are harmless and left readable.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/\r?\n/g, ' ').replace(/[\\`*_[\]<>|~]/g, (character) => `\\${character}`);
}

function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return count === 1 ? singular : pluralForm;
}
