import * as vscode from 'vscode';
import { renderBragDocument } from '../../core/bragDocument';
import { formatLocalDate, parseLocalDate, type WeekStartDay } from '../../core/calendar';
import { PERIOD_PRESETS, customPeriod, lastDayOf, resolvePeriod, type Period } from '../../core/period';
import { reportLogFileError } from '../logFileErrors';
import type { Prompts } from '../prompts';
import { readSettings } from '../settings';
import type { CommandContext } from './commandContext';

/**
 * Asks for a review period and opens the brag document for it as a Markdown editor, so
 * the user can read it, edit it and save it wherever they like. Resolves to the
 * document, or undefined if the user cancelled or the log could not be read.
 */
export async function exportBragDocument(context: CommandContext): Promise<vscode.TextDocument | undefined> {
  const { weekStartsOn } = readSettings(context.logs.location().folder);
  const period = await pickPeriod(context.prompts, context.now(), weekStartsOn);
  if (!period) return undefined;

  const loaded = await context.logs.load();
  if (!loaded.ok) {
    void reportLogFileError(loaded.error);
    return undefined;
  }
  const content = renderBragDocument(loaded.log.moments, period, { weekStartsOn });
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content });
  await vscode.window.showTextDocument(document);
  return document;
}

async function pickPeriod(prompts: Prompts, now: Date, weekStartsOn: WeekStartDay): Promise<Period | undefined> {
  const presets = PERIOD_PRESETS.map((preset) => {
    const period = resolvePeriod(preset.id, now, weekStartsOn);
    return { label: preset.label, description: describeSpan(period), period: period as Period | undefined };
  });
  const custom = { label: 'Custom dates…', description: 'from and to, inclusive', period: undefined };
  const chosen = await prompts.pick([...presets, custom], {
    title: 'Export Brag Document',
    placeholder: 'Which period is the review for?',
  });
  if (!chosen) return undefined;
  return chosen.period ?? askCustomPeriod(prompts, now);
}

async function askCustomPeriod(prompts: Prompts, now: Date): Promise<Period | undefined> {
  const validDate = (text: string) => (parseLocalDate(text.trim()) ? undefined : 'Enter a date as YYYY-MM-DD, e.g. 2026-07-01');
  const fromText = await prompts.input({
    title: 'Export Brag Document: custom period',
    prompt: 'First day (YYYY-MM-DD)',
    value: `${now.getFullYear()}-01-01`,
    step: 1,
    totalSteps: 2,
    validate: validDate,
  });
  const from = fromText === undefined ? undefined : parseLocalDate(fromText.trim());
  if (!from) return undefined;
  const toText = await prompts.input({
    title: 'Export Brag Document: custom period',
    prompt: 'Last day, inclusive (YYYY-MM-DD)',
    value: formatLocalDate(now),
    step: 2,
    totalSteps: 2,
    validate: (text) => {
      const to = parseLocalDate(text.trim());
      if (!to) return validDate(text);
      return to < from ? 'The last day must not be before the first day' : undefined;
    },
  });
  const to = toText === undefined ? undefined : parseLocalDate(toText.trim());
  return to ? customPeriod(from, to) : undefined;
}

function describeSpan(period: Period): string {
  return `${formatLocalDate(period.from)} to ${formatLocalDate(lastDayOf(period))}`;
}
