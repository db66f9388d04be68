import * as l10n from '@vscode/l10n';
import type { WeekStartDay } from '../../shared/enums';
import { startOfWeek } from '../time/calendar';
import type { DisplayLanguage } from '../time/displayLanguage';
import type { SuggestedMoment } from './gitSuggestions';
import { callName } from './suggestionWording';

/**
 * Many suggestions made readable: a maintainer's 591 merges from 152 people over 31 weeks
 * become a list that fits a screen or two. Suggestions of one kind are grouped per week
 * (per month when weeks would still be too many) or per person (the busiest people each,
 * the rest together); a group can be opened to pick inside it, or logged as one moment
 * that keeps every commit.
 */

export type GroupBy = 'week' | 'person';

export interface SuggestionGroup {
  readonly key: string;
  readonly kind: string;
  /** "Week of 2 Nov", "November 2026", or a person's name. */
  readonly label: string;
  /** Newest first. */
  readonly suggestions: readonly SuggestedMoment[];
  /** Everyone in the group, the most frequent first. */
  readonly people: readonly string[];
}

export interface GroupOptions {
  readonly by: GroupBy;
  readonly weekStartsOn: WeekStartDay;
  readonly language: DisplayLanguage;
  /** At most this many rows (about two screens of a quick pick). */
  readonly maxRows?: number;
}

export const MAX_GROUP_ROWS = 40;

/** Groups `suggestions`, newest group first within each kind. */
export function groupSuggestions(suggestions: readonly SuggestedMoment[], options: GroupOptions): SuggestionGroup[] {
  const maxRows = options.maxRows ?? MAX_GROUP_ROWS;
  if (options.by === 'person') return groupByPerson(suggestions, maxRows);
  const weeks = groupBy(suggestions, (suggestion) => {
    const week = startOfWeek(new Date(suggestion.at), options.weekStartsOn);
    return { key: `week:${week.getTime()}`, label: l10n.t('Week of {0}', dayAndMonth(week, options.language)) };
  });
  if (weeks.length <= maxRows) return weeks;
  return groupBy(suggestions, (suggestion) => {
    const at = new Date(suggestion.at);
    const month = new Date(at.getFullYear(), at.getMonth(), 1);
    return {
      key: `month:${month.getTime()}`,
      label: options.language.dateFormat({ month: 'long', year: 'numeric' }).format(month),
    };
  });
}

function dayAndMonth(day: Date, language: DisplayLanguage): string {
  return language.dateFormat({ day: 'numeric', month: 'short' }).format(day);
}

/** One group per kind and per whatever `bucket` says, in the order suggestions come (newest first). */
function groupBy(
  suggestions: readonly SuggestedMoment[],
  bucket: (suggestion: SuggestedMoment) => { key: string; label: string },
): SuggestionGroup[] {
  const groups = new Map<string, { kind: string; label: string; suggestions: SuggestedMoment[] }>();
  for (const suggestion of suggestions) {
    const { key, label } = bucket(suggestion);
    const groupKey = `${suggestion.kind}|${key}`;
    const group = groups.get(groupKey) ?? { kind: suggestion.kind, label, suggestions: [] };
    group.suggestions.push(suggestion);
    groups.set(groupKey, group);
  }
  return [...groups.entries()].map(([key, group]) => ({
    key,
    kind: group.kind,
    label: group.label,
    suggestions: group.suggestions,
    people: peopleByFrequency(group.suggestions),
  }));
}

/** Per person (the first person each suggestion names), the busiest first; the rest of each kind together. */
function groupByPerson(suggestions: readonly SuggestedMoment[], maxRows: number): SuggestionGroup[] {
  const everyone = l10n.t('Everyone else');
  const people = groupBy(suggestions, (suggestion) => {
    const person = suggestion.people[0] ?? '';
    return { key: `person:${person.toLowerCase()}`, label: person || everyone };
  }).sort((a, b) => b.suggestions.length - a.suggestions.length);
  const kinds = new Set(people.map((group) => group.kind));
  if (people.length <= maxRows) return people;
  const kept = people.slice(0, Math.max(1, maxRows - kinds.size));
  const rest = people.slice(kept.length);
  const others = [...kinds].flatMap((kind) => {
    const ofKind = rest.filter((group) => group.kind === kind).flatMap((group) => group.suggestions);
    if (ofKind.length === 0) return [];
    const sorted = [...ofKind].sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
    return [{ key: `${kind}|others`, kind, label: everyone, suggestions: sorted, people: peopleByFrequency(sorted) }];
  });
  return [...kept, ...others];
}

function peopleByFrequency(suggestions: readonly SuggestedMoment[]): string[] {
  const counts = new Map<string, number>();
  for (const person of suggestions.flatMap((suggestion) => suggestion.people))
    counts.set(person, (counts.get(person) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([person]) => person);
}

/** "Ana, Sam, Priya and 9 others": the first few by their first names, then how many more. */
export function namesInBrief(people: readonly string[], language: DisplayLanguage, shown = 3): string {
  if (people.length <= shown + 1) return language.formatList(people.map(callName));
  const rest = people.length - shown;
  return language.formatList([...people.slice(0, shown).map(callName), l10n.t('{0} others', rest)]);
}

/** A group as one moment: a sentence with the count and the people, and every commit and link kept. */
export function suggestionOfGroup(group: SuggestionGroup, language: DisplayLanguage): SuggestedMoment {
  const count = group.suggestions.length;
  const names = namesInBrief(group.people, language);
  const sentence =
    group.people.length === 0
      ? l10n.t('{0} pieces of work', count)
      : group.kind === 'code-review'
        ? l10n.t('Reviewed {0} changes from {1}', count, names)
        : group.kind === 'mentoring'
          ? l10n.t('Helped {0} on {1} changes', names, count)
          : l10n.t('{0} pieces of work with {1}', count, names);
  const newest = group.suggestions[0];
  return {
    work: `group:${group.key}`,
    commits: [...new Set(group.suggestions.flatMap((suggestion) => suggestion.commits))],
    kind: group.kind,
    summary: l10n.t('{0} ({1})', sentence, group.label),
    people: group.people,
    at: newest?.at ?? new Date(0).toISOString(),
    reason: l10n.t('{0} suggestions together', count),
    links: [...new Set(group.suggestions.flatMap((suggestion) => suggestion.links))],
  };
}
