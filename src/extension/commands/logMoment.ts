import * as vscode from 'vscode';
import { createMoment } from '../../core/newMoment';
import { LogFileError } from '../../core/logFileError';
import { QUICK_LOG_HINT, parseQuickLog } from '../../core/quickLog';
import type { Moment } from '../../core/schema';
import { BUILT_IN_KINDS, describeKind, type KindDefinition } from '../../core/taxonomy';
import { reportLogFileError } from '../logFileErrors';
import type { Prompts } from '../prompts';
import type { CommandContext } from './commandContext';

const EXAMPLE = 'Paired with @Sam on flaky test triage #testing !';

/**
 * Logs one moment: the quick-log line, then an optional impact line. With no `kindId`
 * the user picks the kind first. Escape at any step cancels with nothing written.
 * Resolves to the moment that was saved, or undefined if nothing was.
 */
export async function logMoment(context: CommandContext, kindId?: string): Promise<Moment | undefined> {
  const kind = kindId ? describeKind(kindId) : await pickKind(context.prompts);
  if (!kind) return undefined;
  const steps = kindId ? 2 : 3;
  const firstStep = kindId ? 1 : 2;
  const title = `Log ${kind.label}`;

  const line = await context.prompts.input({
    title,
    step: firstStep,
    totalSteps: steps,
    prompt: `${kind.description}. ${QUICK_LOG_HINT}.`,
    placeholder: EXAMPLE,
    validate: (text) => {
      const parsed = parseQuickLog(text);
      return parsed.ok ? undefined : parsed.error;
    },
  });
  if (line === undefined) return undefined;
  const parsed = parseQuickLog(line);
  if (!parsed.ok) return undefined;

  const impact = await context.prompts.input({
    title,
    step: firstStep + 1,
    totalSteps: steps,
    prompt: 'What changed because of it? Optional: press Enter to skip.',
    placeholder: 'e.g. Sam now owns the CI dashboard',
  });
  if (impact === undefined) return undefined;

  const moment = createMoment({ kind: kind.id, entry: parsed.entry, impact, now: context.now() });
  try {
    await context.logs.append(moment);
  } catch (error) {
    if (!(error instanceof LogFileError)) throw error;
    // The moment the user just typed must not vanish with the error.
    void reportLogFileError(error, {
      'Copy Moment': () => vscode.env.clipboard.writeText(JSON.stringify(moment, null, 2)),
    });
    return undefined;
  }
  vscode.window.setStatusBarMessage(`$(check) Growth Log: logged ${kind.label.toLowerCase()}: ${moment.summary}`, 5000);
  return moment;
}

async function pickKind(prompts: Prompts): Promise<KindDefinition | undefined> {
  const items = BUILT_IN_KINDS.map((kind) => ({
    label: `$(${kind.icon}) ${kind.label}`,
    detail: kind.description,
    definition: kind as KindDefinition,
  }));
  const chosen = await prompts.pick(items, {
    title: 'Log a Leadership Moment',
    placeholder: 'What kind of moment was it?',
    step: 1,
    totalSteps: 3,
  });
  return chosen?.definition;
}
