import { formatLocalDate, parseLocalDate } from '../../core/time/calendar';
import type { WeekStartDay } from '../../shared/enums';
import { PERIOD_PRESETS, customPeriod, lastDayOf, resolvePeriod, type Period } from '../../core/insights/period';
import * as vscode from 'vscode';
import type { Prompts } from '../prompts';
import type { CommandContext } from './commandContext';

/** A period from the presets, or custom dates asked for in two more steps. */
export async function pickPeriod(
  { prompts, now: clock, language }: Pick<CommandContext, 'prompts' | 'now' | 'language'>,
  title: string,
  weekStartsOn: WeekStartDay,
): Promise<Period | undefined> {
  const now = clock();
  const presets = PERIOD_PRESETS.map((preset) => {
    const period = resolvePeriod(preset.id, now, weekStartsOn, language);
    return { label: preset.label, description: describeSpan(period), period: period as Period | undefined };
  });
  const custom = {
    label: vscode.l10n.t('Custom dates…'),
    description: vscode.l10n.t('from and to, inclusive'),
    period: undefined,
  };
  const chosen = await prompts.pick([...presets, custom], {
    title,
    placeholder: vscode.l10n.t('Which period?'),
  });
  if (!chosen) return undefined;
  return chosen.period ?? askCustomPeriod(prompts, title, now);
}

async function askCustomPeriod(prompts: Prompts, title: string, now: Date): Promise<Period | undefined> {
  const validDate = (text: string) =>
    parseLocalDate(text.trim()) ? undefined : vscode.l10n.t('Enter a date as YYYY-MM-DD, e.g. 2026-07-01');
  const customTitle = vscode.l10n.t('{0}: custom period', title);
  const fromText = await prompts.input({
    title: customTitle,
    prompt: vscode.l10n.t('First day (YYYY-MM-DD)'),
    value: `${now.getFullYear()}-01-01`,
    step: 1,
    totalSteps: 2,
    validate: validDate,
  });
  const from = fromText === undefined ? undefined : parseLocalDate(fromText.trim());
  if (!from) return undefined;
  const toText = await prompts.input({
    title: customTitle,
    prompt: vscode.l10n.t('Last day, inclusive (YYYY-MM-DD)'),
    value: formatLocalDate(now),
    step: 2,
    totalSteps: 2,
    validate: (text) => {
      const to = parseLocalDate(text.trim());
      if (!to) return validDate(text);
      return to < from ? vscode.l10n.t('The last day must not be before the first day') : undefined;
    },
  });
  const to = toText === undefined ? undefined : parseLocalDate(toText.trim());
  return to ? customPeriod(from, to) : undefined;
}

function describeSpan(period: Period): string {
  return vscode.l10n.t('{0} to {1}', formatLocalDate(period.from), formatLocalDate(lastDayOf(period)));
}
