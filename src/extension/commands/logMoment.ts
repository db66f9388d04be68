import * as vscode from 'vscode';
import { shorten } from '../../core/git/suggestionWording';
import { kindsForExpectation } from '../../core/ladders/expectationKinds';
import type { Expectation } from '../../core/ladders/ladder';
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
 * view's Log a Moment for This) the moment is linked to those expectations; with
 * `forExpectation` the kind pick names it and offers the kinds that would match it first.
 * Escape at any step cancels with nothing written. Resolves to the moment that was saved,
 * or undefined if nothing was.
 */
export async function logMoment(
  context: CommandContext,
  kindId?: string,
  expectations?: readonly string[],
  forExpectation?: ExpectationToLogFor,
): Promise<Moment | undefined> {
  const initiatives = await initiativesInLog(context);
  const kind = kindId
    ? context.kinds.describe(kindId)
    : await pickKind(context.prompts, context.kinds, 1 + momentDetailSteps(initiatives), forExpectation);
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

/** What the kind pick needs of the expectation a moment is logged for. */
export type ExpectationToLogFor = Pick<Expectation, 'text' | 'competencies' | 'kinds'>;

/** How much of an expectation's text the kind pick's title holds. */
const TITLE_TEXT_LENGTH = 60;

async function pickKind(
  prompts: Prompts,
  kinds: KindCatalogue,
  totalSteps: number,
  forExpectation?: ExpectationToLogFor,
): Promise<KindDefinition | undefined> {
  const ordered = forExpectation ? kindsForExpectation(kinds.all(), forExpectation) : kinds.all();
  const items = ordered.map((kind) => ({
    icon: kind.icon,
    label: kind.label,
    detail: kind.description,
    definition: kind,
  }));
  const chosen = await prompts.pick(items, {
    title: forExpectation
      ? vscode.l10n.t('Log a Moment for “{0}”', shorten(forExpectation.text, TITLE_TEXT_LENGTH))
      : vscode.l10n.t('Log a Leadership Moment'),
    placeholder: vscode.l10n.t('What kind of moment was it?'),
    step: 1,
    totalSteps,
  });
  return chosen?.definition;
}
