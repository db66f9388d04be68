import { formatLocalDate, parseLocalDate } from '../../core/time/calendar';
import type { WeekStartDay } from '../../shared/enums';
import {
  PERIOD_PRESETS,
  customPeriod,
  lastDayOf,
  resolvePeriod,
  sinceLastExport,
  type Period,
} from '../../core/insights/period';
import { CYCLE_PERIODS, resolveCyclePeriod } from '../../core/insights/reviewCycle';
import * as vscode from 'vscode';
import type { PickItem, Prompts } from '../prompts';
import { readReviewCycle, readSettings } from '../settings';
import type { CommandContext } from './commandContext';

/** What the choice of period needs from the running extension. */
export type PeriodPickerContext = Pick<CommandContext, 'prompts' | 'now' | 'language' | 'logs' | 'exports' | 'output'>;

interface PeriodItem extends PickItem {
  /** Undefined for custom dates, asked for in two more steps. */
  readonly period: Period | undefined;
}

/**
 * The one choice of period every command that reads a span of the log asks: the
 * company's review cycles when `growthLog.reviewCycle` names one, this week, since the
 * last brag document made from this log (for a 1:1), the calendar's periods, or custom
 * dates. It reads the settings of the log in use itself; `weekStartsOn` spares a second
 * read to a caller that has them at hand.
 */
export async function pickPeriod(
  context: PeriodPickerContext,
  title: string,
  weekStartsOn?: WeekStartDay,
): Promise<Period | undefined> {
  const { prompts, now: clock, language } = context;
  const now = clock();
  const location = context.logs.locateAndFollow();
  const weekStart = weekStartsOn ?? readSettings(location.folder).weekStartsOn;
  const calendar = PERIOD_PRESETS.map(
    (preset): PeriodItem => presetItem(preset.label, resolvePeriod(preset.id, now, weekStart, language)),
  );
  const cycle = readReviewCycle(location.folder, context.output);
  const cycles = cycle
    ? CYCLE_PERIODS.map((preset): PeriodItem => {
        const period = resolveCyclePeriod(preset.id, now, cycle, language);
        // The cycle's name holds its dates; said once is enough.
        return { label: preset.label, description: period.label, period };
      })
    : [];
  const lastExport = context.exports.lastExport(location.filePath);
  const sinceExport = lastExport && sinceLastExport(lastExport, now);
  const sinceExportItems = sinceExport ? [presetItem(vscode.l10n.t('Since my last export'), sinceExport)] : [];
  const custom: PeriodItem = {
    label: vscode.l10n.t('Custom dates…'),
    description: vscode.l10n.t('from and to, inclusive'),
    period: undefined,
  };
  // The company's cycles first: once named, they are what a review asks for. Since my last
  // export follows This week, the calendar's first: both are about the days just past.
  const items = [...cycles, ...calendar.slice(0, 1), ...sinceExportItems, ...calendar.slice(1), custom];
  const chosen = await prompts.pick(items, {
    title,
    placeholder: vscode.l10n.t('Which period?'),
  });
  if (!chosen) return undefined;
  return chosen.period ?? askCustomPeriod(prompts, title, now);
}

function presetItem(label: string, period: Period): PeriodItem {
  return { label, description: describeSpan(period), period };
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
