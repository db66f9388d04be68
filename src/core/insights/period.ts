import * as l10n from '@vscode/l10n';
import { addDays, formatLocalDate, startOfDay, startOfWeek } from '../time/calendar';
import type { WeekStartDay } from '../../shared/enums';
import type { DisplayLanguage } from '../time/displayLanguage';

/** A span of time for a brag document: [from, to) in local time. */
export interface Period {
  readonly from: Date;
  readonly to: Date;
  readonly label: string;
  /** For file names: `2026-Q4`, `2026-10`, `2026`, `2026-05-24-to-2026-11-23`. */
  readonly slug: string;
}

/** The brag document's choices of period; labels are getters, translated when read (as in taxonomy.ts). */
export const PERIOD_PRESETS = [
  {
    id: 'this-week',
    get label() {
      return l10n.t('This week');
    },
  },
  {
    id: 'last-week',
    get label() {
      return l10n.t('Last week');
    },
  },
  {
    id: 'last-month',
    get label() {
      return l10n.t('Last month');
    },
  },
  {
    id: 'this-quarter',
    get label() {
      return l10n.t('This quarter');
    },
  },
  {
    id: 'last-quarter',
    get label() {
      return l10n.t('Last quarter');
    },
  },
  {
    id: 'last-6-months',
    get label() {
      return l10n.t('Last 6 months');
    },
  },
  {
    id: 'this-year',
    get label() {
      return l10n.t('This year');
    },
  },
] as const;

export type PeriodPresetId = (typeof PERIOD_PRESETS)[number]['id'];

/** The span `preset` names at `now`; a month is labelled by its name in `language`. */
export function resolvePeriod(
  preset: PeriodPresetId,
  now: Date,
  weekStartsOn: WeekStartDay,
  language: DisplayLanguage,
): Period {
  const year = now.getFullYear();
  const month = now.getMonth();
  const quarterStartMonth = month - (month % 3);
  switch (preset) {
    case 'this-week': {
      const thisWeek = startOfWeek(now, weekStartsOn);
      return datedSpan(thisWeek, addDays(thisWeek, 7), l10n.t('This week'));
    }
    case 'last-week': {
      const thisWeek = startOfWeek(now, weekStartsOn);
      return datedSpan(addDays(thisWeek, -7), thisWeek, l10n.t('Last week'));
    }
    case 'last-month': {
      const from = new Date(year, month - 1, 1);
      const label = language.dateFormat({ month: 'long', year: 'numeric' }).format(from);
      return { from, to: new Date(year, month, 1), label, slug: formatLocalDate(from).slice(0, 7) };
    }
    case 'this-quarter':
      return quarter(year, quarterStartMonth);
    case 'last-quarter':
      return quarter(year, quarterStartMonth - 3);
    case 'last-6-months':
      return datedSpan(new Date(year, month - 6, now.getDate() + 1), addDays(now, 1), l10n.t('Last 6 months'));
    case 'this-year':
      return { from: new Date(year, 0, 1), to: new Date(year + 1, 0, 1), label: String(year), slug: String(year) };
  }
}

/** A custom period from two inclusive local dates. */
export function customPeriod(from: Date, toInclusive: Date): Period {
  const period = datedSpan(from, addDays(toInclusive, 1), '');
  return { ...period, label: l10n.t('{0} to {1}', formatLocalDate(from), formatLocalDate(toInclusive)) };
}

/**
 * From the day after the last export to today, both included: what is new for a 1:1 since
 * the document last shown. None when the last export was today (or, with a clock set back,
 * later): that span holds no day.
 */
export function sinceLastExport(lastExport: Date, now: Date): Period | undefined {
  const from = addDays(startOfDay(lastExport), 1);
  const today = startOfDay(now);
  return from > today ? undefined : customPeriod(from, today);
}

/** The last day a period covers, for display. */
export function lastDayOf(period: Period): Date {
  return addDays(period.to, -1);
}

/** The quarter starting at `startMonth` of `year` (a month below 0 reaches into the year before). */
function quarter(year: number, startMonth: number): Period {
  const from = new Date(year, startMonth, 1);
  const number = from.getMonth() / 3 + 1;
  return {
    from,
    to: new Date(year, startMonth + 3, 1),
    label: l10n.t('Q{0} {1}', number, from.getFullYear()),
    slug: `${from.getFullYear()}-Q${number}`,
  };
}

function datedSpan(from: Date, to: Date, label: string): Period {
  return { from, to, label, slug: `${formatLocalDate(from)}-to-${formatLocalDate(addDays(to, -1))}` };
}
