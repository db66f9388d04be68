import * as vscode from 'vscode';
import { type RecentInitiative, recentInitiatives } from '../../core/insights/initiatives';
import { spellInitiative } from '../../core/model/quickLog';
import type { PickItem, Prompts } from '../prompts';
import { logHandledError } from '../ui/output';
import type { CommandContext } from './commandContext';

/**
 * The log's initiatives, most recent first, to offer when a moment is logged or edited.
 * A log that cannot be read offers none: the save that follows reports the problem.
 */
export async function initiativesInLog(context: CommandContext): Promise<RecentInitiative[]> {
  const loaded = await context.logs.load();
  if (loaded.ok) return recentInitiatives(loaded.log.moments);
  logHandledError(context.output, vscode.l10n.t('Reading the initiatives to offer'), loaded.error);
  return [];
}

export interface InitiativeQuestion {
  readonly title: string;
  readonly step: number;
  readonly totalSteps: number;
  readonly initiatives: readonly RecentInitiative[];
  /** The edited moment's initiative when the line could not carry it (a name with a space): kept by Enter. */
  readonly kept?: string;
}

/**
 * Which initiative the moment belongs to: none (first, so Enter never files a moment under
 * a piece of work by accident), one of the log's, most recent first with how many moments
 * each has, or a new one. Resolves to the name, undefined for none, or 'cancelled'.
 */
export async function askInitiative(
  prompts: Prompts,
  question: InitiativeQuestion,
): Promise<string | undefined | 'cancelled'> {
  const { title, step, totalSteps, initiatives, kept } = question;
  type Item = PickItem & { readonly choice: { readonly name: string | undefined } | 'new' };
  const keep: Item[] =
    kept === undefined ? [] : [{ icon: 'check', label: vscode.l10n.t('Keep: {0}', kept), choice: { name: kept } }];
  const none: Item = {
    icon: 'circle-slash',
    label: vscode.l10n.t('None'),
    detail: vscode.l10n.t('Not part of an initiative'),
    choice: { name: undefined },
  };
  const recent: Item[] = initiatives
    .filter((initiative) => initiative.name !== kept)
    .map((initiative) => ({
      icon: 'project',
      label: initiative.name,
      description:
        initiative.moments === 1 ? vscode.l10n.t('1 moment') : vscode.l10n.t('{0} moments', initiative.moments),
      choice: { name: initiative.name },
    }));
  const create: Item = {
    icon: 'add',
    label: vscode.l10n.t('New initiative…'),
    detail: vscode.l10n.t('Name a piece of work, such as payments'),
    choice: 'new',
  };
  const chosen = await prompts.pick([...keep, none, ...recent, create], {
    title,
    step,
    totalSteps,
    placeholder: vscode.l10n.t(
      'Which initiative is it part of? Optional: press Enter for none. In the line, +payments says it at once.',
    ),
  });
  if (!chosen) return 'cancelled';
  if (chosen.choice !== 'new') return chosen.choice.name;
  const name = await prompts.input({
    title,
    step,
    totalSteps,
    prompt: vscode.l10n.t('Name the initiative: the piece of work this moment belongs to.'),
    placeholder: vscode.l10n.t('e.g. payments'),
    validate: (text) => (text.trim() === '' ? vscode.l10n.t('Give the initiative a name.') : undefined),
  });
  if (name === undefined) return 'cancelled';
  return spellInitiative(
    name,
    initiatives.map((initiative) => initiative.name),
  );
}
