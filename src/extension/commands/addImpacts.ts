import * as vscode from 'vscode';
import type { SuggestedMoment } from '../../core/git/gitSuggestions';
import type { PickItem } from '../prompts';
import type { CommandContext } from './commandContext';

/**
 * One step after picking: the picked moments listed, each open to an impact ("Sam owns the
 * CI dashboard now"), so moments from git are not the only ones without one. Each can be
 * left without, and the whole step skipped by logging at once. Resolves to the impact of
 * each picked moment (empty where none was given), or undefined on Escape.
 */
export async function addImpacts(
  context: CommandContext,
  picked: readonly SuggestedMoment[],
  title: string,
): Promise<string[] | undefined> {
  const impacts = picked.map(() => '');
  for (;;) {
    type Item = PickItem & { readonly index?: number };
    const log: Item = {
      icon: 'check',
      label: picked.length === 1 ? vscode.l10n.t('Log 1 moment') : vscode.l10n.t('Log {0} moments', picked.length),
      description: vscode.l10n.t('impacts are optional'),
    };
    const items: Item[] = [
      log,
      ...picked.map((suggestion, index) => ({
        index,
        icon: impacts[index] ? 'pass-filled' : 'circle-large-outline',
        label: suggestion.summary,
        description: impacts[index] || vscode.l10n.t('add an impact…'),
      })),
    ];
    const chosen = await context.prompts.pick(items, {
      title,
      placeholder: vscode.l10n.t('Add an impact to any of them (what changed because of it), then log'),
    });
    if (!chosen) return undefined;
    if (chosen.index === undefined) return impacts;
    const suggestion = picked[chosen.index];
    const impact = await context.prompts.input({
      title,
      prompt: vscode.l10n.t('Impact of: {0}', suggestion?.summary ?? ''),
      placeholder: vscode.l10n.t('What changed because of it? (Enter with nothing to leave it out)'),
      value: impacts[chosen.index],
    });
    if (impact !== undefined) impacts[chosen.index] = impact.trim();
  }
}
