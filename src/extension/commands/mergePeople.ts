import * as vscode from 'vscode';
import {
  distinctNames,
  everyoneIn,
  listedPeopleNamed,
  mergePeople,
  type PersonCount,
  peopleOf,
} from '../../core/model/people';
import type { LogFile, Person } from '../../core/model/schema';
import { showInformation } from '../ui/notifications';
import { reportLogFileError } from '../ui/problemReports';
import type { CommandContext } from './commandContext';
import { saveChange } from './saveChange';

const TOTAL_STEPS = 3;

/**
 * Merge People…: "Sam Lee" from a git trailer and "@Sam" typed become one person. The
 * user picks the people (with how many moments each is in), the name to keep, and
 * confirms; the log's people list records the other names as aliases. Moments keep the
 * names as written. `start` (from the sidebar's list of people) is the person to start
 * from: only the people to merge with them are asked for. Resolves to the merged person.
 */
export async function mergePeopleCommand(context: CommandContext, start?: string): Promise<Person | undefined> {
  const loaded = await context.logs.load();
  if (!loaded.ok) {
    void reportLogFileError(loaded.error);
    return undefined;
  }
  const everyone = everyoneIn(loaded.log);
  const title = vscode.l10n.t('Growth Log: Merge People');
  // The sidebar names a person as they are shown (a listed name), which moments may only use an alias of.
  const startKey = start === undefined ? undefined : peopleOf(loaded.log).keyOf(start);
  const first = everyone.find((person) => person.key === startKey);
  const candidates = first ? everyone.filter((person) => person !== first) : everyone;
  if (candidates.length < (first ? 1 : 2)) {
    void showInformation(vscode.l10n.t('Growth Log: there are not two people in the log to merge yet.'));
    return undefined;
  }
  const picked = await context.prompts.pickMany(
    candidates.map((person) => ({ ...personItem(person), person })),
    {
      title,
      placeholder: first
        ? vscode.l10n.t('Who else is {0}? Check each name to merge with them.', first.name)
        : vscode.l10n.t('Check the people who are one person (at least two)'),
      step: 1,
      totalSteps: TOTAL_STEPS,
    },
  );
  if (!picked) return undefined;
  const chosen = [...(first ? [first] : []), ...picked.map((item) => item.person)];
  if (chosen.length < 2) {
    void showInformation(vscode.l10n.t('Growth Log: pick at least two people to merge; nothing was changed.'));
    return undefined;
  }
  // The fullest names first: "Sam Lee" is more likely the one to keep than "sam".
  const names = distinctNames(chosen.flatMap((person) => [person.name, ...person.namesUsed])).sort(
    (a, b) => b.length - a.length,
  );
  const keep = await context.prompts.pick(
    names.map((name) => ({ label: name })),
    { title, placeholder: vscode.l10n.t('Which name should they go by?'), step: 2, totalSteps: TOTAL_STEPS },
  );
  if (!keep) return undefined;
  const merge = vscode.l10n.t('Merge');
  const confirmed = await context.prompts.pick(
    [
      {
        label: merge,
        detail: vscode.l10n.t(
          'Moments keep the names as written; every count, the sidebar and the brag document use {0}.',
          keep.label,
        ),
      },
      { label: vscode.l10n.t('Cancel') },
    ],
    {
      title,
      placeholder: vscode.l10n.t('Merge {0} into {1}?', names.join(', '), keep.label),
      step: 3,
      totalSteps: TOTAL_STEPS,
    },
  );
  if (confirmed?.label !== merge) return undefined;
  let before: readonly Person[] = [];
  let merged: Person | undefined;
  const saved = await saveChange(
    context,
    (log) => {
      const next = mergePeople(log, names, keep.label);
      const resolver = peopleOf(next);
      merged = resolver.personOf(keep.label);
      const touched = new Set(listedPeopleNamed(log, names).map((person) => person.id));
      before = (log.people ?? []).filter((person) => touched.has(person.id));
      return next;
    },
    () => ({
      description: vscode.l10n.t('merge into {0}', keep.label),
      // The people as they were; the rest of the list as it is by then.
      revert: (log) => restorePeople(log, merged, before),
      touchesPeople: [...new Set([...(merged ? [merged.id] : []), ...before.map((person) => person.id)])],
    }),
  );
  if (!saved || !merged) return undefined;
  void showInformation(
    vscode.l10n.t(
      'Growth Log: {0} is one person now, also called {1}.',
      keep.label,
      names.filter((name) => name !== keep.label).join(', '),
    ),
  );
  return merged;
}

function personItem(person: PersonCount) {
  const otherNames = person.namesUsed.filter((name) => name !== person.name);
  return {
    label: person.name,
    description: person.count === 1 ? vscode.l10n.t('1 moment') : vscode.l10n.t('{0} moments', person.count),
    detail: otherNames.length > 0 ? vscode.l10n.t('also written as {0}', otherNames.join(', ')) : undefined,
  };
}

/** `log` with the merged person taken out and the people it replaced put back. */
function restorePeople(log: LogFile, merged: Person | undefined, before: readonly Person[]): LogFile {
  const replaced = new Set([merged?.id, ...before.map((person) => person.id)]);
  return { ...log, people: [...(log.people ?? []).filter((person) => !replaced.has(person.id)), ...before] };
}
