import * as vscode from 'vscode';
import type { RecentInitiative } from '../../core/insights/initiatives';
import { formatQuickLog, parseQuickLog, quickLogHint, spellInitiative } from '../../core/model/quickLog';
import { previewQuickLog, quickLogExample } from '../../core/model/quickLogPreview';
import type { DisplayLanguage } from '../../core/time/displayLanguage';
import type { MomentEdit } from '../../core/model/newMoment';
import type { Moment } from '../../core/model/schema';
import { ENERGY_LEVELS, type EnergyLevel } from '../../shared/enums';
import { COMPETENCIES, type CompetencyId, type KindDefinition } from '../../core/model/taxonomy';
import type { PickItem, Prompts } from '../prompts';
import { askInitiative } from './initiativePrompt';

export interface MomentPromptOptions {
  readonly title: string;
  readonly kind: KindDefinition;
  /** The moment being edited; its values fill the prompts. */
  readonly editing?: Moment;
  /** Steps already taken before these three (choosing the kind). */
  readonly stepsBefore: number;
  /** Steps the command asks after these three (an edit's outcome). */
  readonly stepsAfter?: number;
  /** For what the line's days mean, and how they are written back while typing. */
  readonly now: () => Date;
  readonly language: DisplayLanguage;
  /** The log's initiatives, most recent first: offered when the line names none. */
  readonly initiatives: readonly RecentInitiative[];
}

/**
 * How many prompts `askMomentDetails` may show: the line, the initiative (only when the
 * log has initiatives to choose from), the impact and the energy.
 */
export function momentDetailSteps(initiatives: readonly RecentInitiative[]): number {
  return initiatives.length > 0 ? 4 : 3;
}

/**
 * The prompts behind logging and editing a moment: the quick-log line, the initiative
 * (optional, asked only when the line names none and the log has some to choose from), the
 * impact (optional), and how it felt (optional). Enter skips an optional step; Escape at
 * any step cancels the whole thing, and undefined comes back.
 */
export async function askMomentDetails(
  prompts: Prompts,
  options: MomentPromptOptions,
): Promise<MomentEdit | undefined> {
  const { title, kind, editing, stepsBefore, now, language, initiatives } = options;
  const totalSteps = stepsBefore + momentDetailSteps(initiatives) + (options.stepsAfter ?? 0);
  const formatted = editing ? formatQuickLog(editing, now()) : undefined;
  const knownInitiatives = initiatives.map((initiative) => initiative.name);

  const line = await prompts.input({
    title,
    step: stepsBefore + 1,
    totalSteps,
    prompt: `${kind.description}. ${quickLogHint()}.`,
    placeholder: quickLogExample(kind.id),
    value: formatted?.line,
    validate: (text) => {
      const parsed = parseQuickLog(text, now());
      return parsed.ok ? undefined : parsed.error;
    },
    preview: (text) =>
      previewQuickLog(text, { kindLabel: kind.label, now: now(), language, initiatives: knownInitiatives }),
  });
  const parsed = line === undefined ? undefined : parseQuickLog(line, now());
  if (!parsed?.ok) return undefined;

  let initiative = parsed.entry.initiative && spellInitiative(parsed.entry.initiative, knownInitiatives);
  if (initiative === undefined && initiatives.length > 0) {
    const chosen = await askInitiative(prompts, {
      title,
      step: stepsBefore + 2,
      totalSteps,
      initiatives,
      kept: formatted?.unwritableInitiative,
    });
    if (chosen === 'cancelled') return undefined;
    initiative = chosen;
  }
  // Keep what the line could not carry (people, tags, links) rather than silently dropping it.
  const entry = {
    ...parsed.entry,
    people: [...parsed.entry.people, ...(formatted?.unwritablePeople ?? [])],
    tags: [...parsed.entry.tags, ...(formatted?.unwritableTags ?? [])],
    links: [...parsed.entry.links, ...(formatted?.unwritableLinks ?? [])],
    ...(initiative === undefined ? {} : { initiative }),
  };

  // The last two steps, whether or not the initiative was asked.
  const impact = await prompts.input({
    title,
    step: totalSteps - 1,
    totalSteps,
    prompt: vscode.l10n.t('What changed because of it? Optional: press Enter to skip.'),
    placeholder: vscode.l10n.t('e.g. Sam now owns the CI dashboard'),
    value: editing?.impact,
  });
  if (impact === undefined) return undefined;

  const energy = await askEnergy(prompts, title, totalSteps, totalSteps, editing?.energy);
  if (energy === 'cancelled') return undefined;
  return { entry, impact, energy };
}

function energyChoice(level: EnergyLevel): { icon: string; label: string; detail: string } {
  switch (level) {
    case 'energised':
      return {
        icon: 'flame',
        label: vscode.l10n.t('Energised'),
        detail: vscode.l10n.t('I came out of it with more energy'),
      };
    case 'neutral':
      return { icon: 'circle-large-outline', label: vscode.l10n.t('Neutral'), detail: vscode.l10n.t('Neither way') };
    case 'drained':
      return {
        icon: 'battery',
        label: vscode.l10n.t('Drained'),
        detail: vscode.l10n.t('It took more out of me than it gave'),
      };
  }
}

async function askEnergy(
  prompts: Prompts,
  title: string,
  step: number,
  totalSteps: number,
  current: EnergyLevel | undefined,
): Promise<EnergyLevel | undefined | 'cancelled'> {
  type Item = PickItem & { readonly level: EnergyLevel | undefined };
  const skip: Item = {
    icon: current ? 'check' : 'debug-step-over',
    label: current ? vscode.l10n.t('Keep: {0}', energyChoice(current).label) : vscode.l10n.t('Skip'),
    detail: current ? vscode.l10n.t('Leave the energy as it is') : vscode.l10n.t('No energy recorded for this moment'),
    level: current,
  };
  const levels: Item[] = ENERGY_LEVELS.map((level) => ({
    icon: energyChoice(level).icon,
    label: energyChoice(level).label,
    detail: energyChoice(level).detail,
    level,
  }));
  const chosen = await prompts.pick([skip, ...levels], {
    title,
    step,
    totalSteps,
    // The privacy note is about the energy itself, whichever item is chosen.
    placeholder: vscode.l10n.t(
      'How did it feel? Optional: press Enter to skip. Energy is private: it never appears in the brag document.',
    ),
  });
  return chosen ? chosen.level : 'cancelled';
}

export interface CompetencyPromptOptions {
  readonly title: string;
  readonly step: number;
  readonly totalSteps: number;
}

/**
 * "About which competency?", for a kind that asks it (feedback received): the competency
 * the moment is evidence for beyond its kind's. Optional: Skip (the first item, so Enter
 * skips) records none; Escape cancels the whole thing.
 */
export async function askCompetency(
  prompts: Prompts,
  { title, step, totalSteps }: CompetencyPromptOptions,
): Promise<CompetencyId | undefined | 'cancelled'> {
  type Item = PickItem & { readonly competency: CompetencyId | undefined };
  const skip: Item = {
    icon: 'debug-step-over',
    label: vscode.l10n.t('Skip'),
    detail: vscode.l10n.t('Not about one competency in particular'),
    competency: undefined,
  };
  const competencies: Item[] = COMPETENCIES.map((competency) => ({
    label: competency.label,
    competency: competency.id,
  }));
  const chosen = await prompts.pick([skip, ...competencies], {
    title,
    step,
    totalSteps,
    placeholder: vscode.l10n.t('About which competency? Optional: press Enter to skip.'),
  });
  return chosen ? chosen.competency : 'cancelled';
}
