import * as vscode from 'vscode';
import { createMoment } from '../../core/model/newMoment';
import type { Moment } from '../../core/model/schema';
import type { KindCatalogue } from '../../core/model/kindCatalogue';
import type { CompetencyId, KindDefinition } from '../../core/model/taxonomy';
import type { Prompts } from '../prompts';
import type { CommandContext } from './commandContext';
import { initiativesInLog } from './initiativePrompt';
import { askCompetency, askMomentDetails, momentDetailSteps } from './momentPrompts';
import { saveNewMoment } from './saveChange';

/**
 * Logs one moment: the quick-log line, then the optional impact and energy. With no
 * `kindId` the user picks the kind first; a kind that asks it (feedback received) asks
 * next which competency the moment was about. With `expectations` (from the readiness
 * view's Log a Moment for This) the moment is linked to those expectations. Escape at any
 * step cancels with nothing written. Resolves to the moment that was saved, or undefined if
 * nothing was.
 */
export async function logMoment(
  context: CommandContext,
  kindId?: string,
  expectations?: readonly string[],
): Promise<Moment | undefined> {
  const initiatives = await initiativesInLog(context);
  const kind = kindId
    ? context.kinds.describe(kindId)
    : await pickKind(context.prompts, context.kinds, 1 + momentDetailSteps(initiatives));
  if (!kind) return undefined;
  const title = vscode.l10n.t('Log {0}', kind.label);
  let stepsBefore = kindId ? 0 : 1;
  let competency: CompetencyId | undefined;
  if (kind.asksCompetency) {
    const chosen = await askCompetency(context.prompts, {
      title,
      step: stepsBefore + 1,
      totalSteps: stepsBefore + 1 + momentDetailSteps(initiatives),
    });
    if (chosen === 'cancelled') return undefined;
    competency = chosen;
    stepsBefore++;
  }
  const details = await askMomentDetails(context.prompts, {
    title,
    kind,
    stepsBefore,
    now: context.now,
    language: context.language,
    initiatives,
  });
  if (!details) return undefined;

  const typed = createMoment({ kind: kind.id, ...details, competency, now: context.now() });
  const moment = expectations && expectations.length > 0 ? { ...typed, expectations: [...expectations] } : typed;
  return saveNewMoment(context, moment, vscode.l10n.t('logged {0}: {1}', kind.label.toLowerCase(), moment.summary));
}

async function pickKind(
  prompts: Prompts,
  kinds: KindCatalogue,
  totalSteps: number,
): Promise<KindDefinition | undefined> {
  const items = kinds.all().map((kind) => ({
    icon: kind.icon,
    label: kind.label,
    detail: kind.description,
    definition: kind,
  }));
  const chosen = await prompts.pick(items, {
    title: vscode.l10n.t('Log a Leadership Moment'),
    placeholder: vscode.l10n.t('What kind of moment was it?'),
    step: 1,
    totalSteps,
  });
  return chosen?.definition;
}
