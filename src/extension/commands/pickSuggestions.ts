import * as vscode from 'vscode';
import type { SuggestedMoment } from '../../core/git/gitSuggestions';
import {
  type GroupBy,
  groupSuggestions,
  namesInBrief,
  type SuggestionGroup,
  suggestionOfGroup,
} from '../../core/git/suggestionGroups';
import { formatLocalDate } from '../../core/time/calendar';
import type { WeekStartDay } from '../../shared/enums';
import type { PickItem } from '../prompts';
import type { CommandContext } from './commandContext';

/**
 * The pick of suggestions: checked one by one when they are few; when they are many (a
 * maintainer's hundreds of merges), grouped per week or per person, each group opened to
 * pick inside it or taken whole as one moment. Resolves to the suggestions to log, or
 * undefined on Escape.
 */

/** Up to this many suggestions are listed one by one. */
const LISTED_ONE_BY_ONE = 30;

export interface PickContext {
  readonly context: CommandContext;
  readonly title: string;
  readonly who: string;
  readonly weekStartsOn: WeekStartDay;
}

export function pickSuggestions(
  suggestions: readonly SuggestedMoment[],
  pick: PickContext,
): Promise<SuggestedMoment[] | undefined> {
  return suggestions.length <= LISTED_ONE_BY_ONE ? pickOneByOne(suggestions, pick) : pickInGroups(suggestions, pick);
}

function suggestionItem(suggestion: SuggestedMoment, { context }: PickContext) {
  const kind = context.kinds.describe(suggestion.kind);
  const where = suggestion.commits[0]?.slice(0, 7) ?? vscode.l10n.t('review history');
  return {
    icon: kind.icon,
    label: suggestion.summary,
    description: `${where} · ${formatLocalDate(new Date(suggestion.at))}`,
    detail: `${kind.label}: ${suggestion.reason}`,
    suggestion,
  };
}

/**
 * The suggestions listed to check. OK with none checked (Enter on a highlighted row, most
 * often, which does not check it) shows the list again, saying how to check, rather than
 * closing as if the search had found nothing worth logging; Escape closes it.
 */
async function pickOneByOne(
  suggestions: readonly SuggestedMoment[],
  pick: PickContext,
): Promise<SuggestedMoment[] | undefined> {
  const items = suggestions.map((suggestion) => suggestionItem(suggestion, pick));
  let placeholder = vscode.l10n.t('Check the moments to log ({0} found as {1})', suggestions.length, pick.who);
  for (;;) {
    const picked = await pick.context.prompts.pickMany(items, { title: pick.title, placeholder });
    if (!picked || picked.length > 0) return picked?.map((item) => item.suggestion);
    placeholder = vscode.l10n.t('Nothing picked: check the moments to log, then OK');
  }
}

type GroupListItem = PickItem &
  (
    | { readonly action: 'done' }
    | { readonly action: 'regroup'; readonly by: GroupBy }
    | { readonly group: SuggestionGroup }
  );

async function pickInGroups(
  suggestions: readonly SuggestedMoment[],
  pick: PickContext,
): Promise<SuggestedMoment[] | undefined> {
  const { context } = pick;
  let by: GroupBy = 'week';
  /** What was picked in each group, by group key: the group whole, or some of its suggestions. */
  const pickedByGroup = new Map<string, SuggestedMoment[]>();
  for (;;) {
    const groups = groupSuggestions(suggestions, { by, weekStartsOn: pick.weekStartsOn, language: context.language });
    const pickedCount = [...pickedByGroup.values()].reduce((sum, picked) => sum + picked.length, 0);
    const other: GroupBy = by === 'week' ? 'person' : 'week';
    const items: GroupListItem[] = [
      {
        action: 'done',
        icon: 'check',
        label:
          pickedCount === 0
            ? vscode.l10n.t('Nothing picked yet')
            : pickedCount === 1
              ? vscode.l10n.t('Log the 1 moment picked')
              : vscode.l10n.t('Log the {0} moments picked', pickedCount),
        description: pickedCount === 0 ? vscode.l10n.t('open a group below to pick in it') : undefined,
      },
      {
        action: 'regroup',
        by: other,
        icon: other === 'week' ? 'calendar' : 'person',
        label: other === 'week' ? vscode.l10n.t('Group by week instead') : vscode.l10n.t('Group by person instead'),
        description: pickedCount > 0 ? vscode.l10n.t('starts the picking afresh') : undefined,
      },
      ...groups.map((group) => groupItem(group, pickedByGroup.get(group.key)?.length ?? 0, pick)),
    ];
    const chosen = await context.prompts.pick(items, {
      title: pick.title,
      placeholder: vscode.l10n.t(
        '{0} suggestions as {1}, in {2} groups: open one to pick in it or to log it as one moment',
        suggestions.length,
        pick.who,
        groups.length,
      ),
    });
    if (!chosen) return undefined;
    if ('group' in chosen) {
      const picked = await pickInGroup(chosen.group, pick);
      if (picked) pickedByGroup.set(chosen.group.key, picked);
    } else if (chosen.action === 'regroup') {
      by = chosen.by;
      pickedByGroup.clear();
    } else if (pickedCount > 0) {
      return [...pickedByGroup.values()].flat();
    }
    // "Nothing picked yet" keeps the list open: it says to open a group first.
  }
}

function groupItem(group: SuggestionGroup, picked: number, { context }: PickContext): GroupListItem {
  const kind = context.kinds.describe(group.kind);
  const count = group.suggestions.length;
  return {
    group,
    icon: kind.icon,
    label: vscode.l10n.t('{0}: {1} × {2}', group.label, count, kind.label),
    description: picked > 0 ? vscode.l10n.t('{0} picked', picked) : undefined,
    detail: group.people.length > 0 ? namesInBrief(group.people, context.language, 5) : undefined,
  };
}

/** Inside a group: the whole group as one moment, or some of its suggestions; undefined on Escape. */
async function pickInGroup(group: SuggestionGroup, pick: PickContext): Promise<SuggestedMoment[] | undefined> {
  const whole = suggestionOfGroup(group, pick.context.language);
  const wholeItem = {
    icon: 'layers',
    label: vscode.l10n.t('All {0} as one moment', group.suggestions.length),
    description: whole.summary,
    detail: vscode.l10n.t('keeps a link to each of the {0} commits', whole.commits.length),
    suggestion: whole,
  };
  const picked = await pick.context.prompts.pickMany(
    [wholeItem, ...group.suggestions.map((suggestion) => suggestionItem(suggestion, pick))],
    { title: `${pick.title}: ${group.label}`, placeholder: vscode.l10n.t('Check the moments to log, or all as one') },
  );
  if (!picked) return undefined;
  return picked.includes(wholeItem) ? [whole] : picked.map((item) => item.suggestion);
}
