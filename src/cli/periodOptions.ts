import {
  customPeriod,
  lastDayOf,
  PERIOD_PRESETS,
  resolvePeriod,
  type Period,
  type PeriodPresetId,
} from '../core/insights/period';
import { CYCLE_PERIODS, resolveCyclePeriod, type ReviewCycle } from '../core/insights/reviewCycle';
import { formatLocalDate, parseLocalDate } from '../core/time/calendar';
import { DisplayLanguage } from '../core/time/displayLanguage';
import { REVIEW_CYCLE_LENGTHS, type ReviewCycleLength, type WeekStartDay } from '../shared/enums';
import { UsageError } from './cliError';

/**
 * The period options every command that reads a span of the log takes (`export`,
 * `suggest`, …): `--period NAME`, or `--from` and `--to`; the review cycle's periods with
 * `--cycle-start` and `--cycle-length`. One place reads them, so each command says the
 * same things about the same mistakes.
 */

/** The command line speaks English, its dates included. */
/** The command line speaks English (see englishL10n.ts): its dates and documents are in English too. */
export const CLI_LANGUAGE = 'en';

/** Every name `--period` takes, the calendar's first. */
export const PERIOD_NAMES: readonly string[] = [...PERIOD_PRESETS, ...CYCLE_PERIODS].map((period) => period.id);

/** The period options as typed, before they are checked. */
export interface PeriodArguments {
  readonly period?: string;
  readonly from?: string;
  readonly to?: string;
  readonly cycleStart?: string;
  readonly cycleLength?: string;
}

/** The period options among the parsed command line's values. */
export function periodArguments(values: {
  readonly period?: string;
  readonly from?: string;
  readonly to?: string;
  readonly 'cycle-start'?: string;
  readonly 'cycle-length'?: string;
}): PeriodArguments {
  return {
    period: values.period,
    from: values.from,
    to: values.to,
    cycleStart: values['cycle-start'],
    cycleLength: values['cycle-length'],
  };
}

/** The period the options name (this quarter when none is given), or a UsageError saying which option is wrong. */
export function choosePeriod(
  options: PeriodArguments & { readonly now: Date; readonly weekStartsOn: WeekStartDay },
): Period {
  const cycle = reviewCycleOf(options);
  if (options.from !== undefined || options.to !== undefined) {
    if (options.period !== undefined) throw new UsageError('use either --period or --from/--to, not both');
    if (options.from === undefined || options.to === undefined) throw new UsageError('--from and --to go together');
    if (cycle.given)
      throw new UsageError(`${cycle.given}: only with --period this-cycle or last-cycle, not --from/--to`);
    const from = parseDay(options.from, '--from');
    const to = parseDay(options.to, '--to');
    if (to < from) throw new UsageError('--to must not be before --from');
    return customPeriod(from, to);
  }
  const name = options.period ?? 'this-quarter';
  const language = new DisplayLanguage(CLI_LANGUAGE);
  const cyclePeriod = CYCLE_PERIODS.find((candidate) => candidate.id === name);
  if (cyclePeriod) return resolveCyclePeriod(cyclePeriod.id, options.now, cycle.needed(name), language);
  if (!PERIOD_PRESETS.some((candidate) => candidate.id === name))
    throw new UsageError(`unknown period "${name}"; use one of ${PERIOD_NAMES.join(', ')}`);
  if (cycle.given) throw new UsageError(`${cycle.given}: only with --period this-cycle or last-cycle, not ${name}`);
  return resolvePeriod(name as PeriodPresetId, options.now, options.weekStartsOn, language);
}

/** `--cycle-start` and `--cycle-length`, each checked when given. */
function reviewCycleOf(options: PeriodArguments) {
  const startMonth = options.cycleStart === undefined ? undefined : parseCycleStart(options.cycleStart);
  const length = options.cycleLength === undefined ? undefined : parseCycleLength(options.cycleLength);
  const given = [
    startMonth === undefined ? undefined : '--cycle-start',
    length === undefined ? undefined : '--cycle-length',
  ].filter((option) => option !== undefined);
  return {
    /** The options given, for a period that takes none: "--cycle-start", "--cycle-start and --cycle-length". */
    given: given.length === 0 ? undefined : given.join(' and '),
    /** The cycle a cycle period needs, or a UsageError naming what is missing. */
    needed(period: string): ReviewCycle {
      if (startMonth !== undefined && length !== undefined) return { startMonth, length };
      const missing = [
        startMonth === undefined
          ? "--cycle-start <month 1-12>, the month your company's review year starts in"
          : undefined,
        length === undefined
          ? `--cycle-length ${REVIEW_CYCLE_LENGTHS.join('|')}, how long one review cycle lasts`
          : undefined,
      ].filter((option) => option !== undefined);
      throw new UsageError(`--period ${period} needs ${missing.join(', and ')}`);
    },
  };
}

function parseCycleStart(text: string): number {
  const month = /^\d{1,2}$/.test(text.trim()) ? Number(text) : Number.NaN;
  if (month >= 1 && month <= 12) return month;
  throw new UsageError(`--cycle-start ${text}: give the month the review year starts in, 1 to 12 (4 for April)`);
}

function parseCycleLength(text: string): ReviewCycleLength {
  if ((REVIEW_CYCLE_LENGTHS as readonly string[]).includes(text)) return text as ReviewCycleLength;
  throw new UsageError(`--cycle-length ${text}: use one of ${REVIEW_CYCLE_LENGTHS.join(', ')}`);
}

/** A `YYYY-MM-DD` option's day, or a UsageError naming the option. */
export function parseDay(text: string, option: string): Date {
  const day = parseLocalDate(text);
  if (!day) throw new UsageError(`${option} takes a date as YYYY-MM-DD, e.g. 2026-11-20 (got "${text}")`);
  return day;
}

/** "2026-10-01 to 2026-12-31 (this quarter)": both days included, and the period's name when it has one beyond them. */
export function describePeriod(period: Period): string {
  const days = `${formatLocalDate(period.from)} to ${formatLocalDate(lastDayOf(period))}`;
  return period.label === days ? days : `${days} (${period.label})`;
}
