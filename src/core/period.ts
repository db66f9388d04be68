import { addDays, formatLocalDate, startOfWeek, type WeekStartDay } from './calendar';

/** A span of time for a brag document: [from, to) in local time. */
export interface Period {
  readonly from: Date;
  readonly to: Date;
  readonly label: string;
}

export const PERIOD_PRESETS = [
  { id: 'last-week', label: 'Last week' },
  { id: 'last-month', label: 'Last month' },
  { id: 'this-quarter', label: 'This quarter' },
  { id: 'last-quarter', label: 'Last quarter' },
  { id: 'last-6-months', label: 'Last 6 months' },
  { id: 'this-year', label: 'This year' },
] as const;

export type PeriodPresetId = (typeof PERIOD_PRESETS)[number]['id'];

export function resolvePeriod(preset: PeriodPresetId, now: Date, weekStartsOn: WeekStartDay): Period {
  const year = now.getFullYear();
  const month = now.getMonth();
  const quarterStartMonth = month - (month % 3);
  switch (preset) {
    case 'last-week': {
      const thisWeek = startOfWeek(now, weekStartsOn);
      return span(addDays(thisWeek, -7), thisWeek, 'Last week');
    }
    case 'last-month': {
      const from = new Date(year, month - 1, 1);
      return span(from, new Date(year, month, 1), from.toLocaleString('en', { month: 'long', year: 'numeric' }));
    }
    case 'this-quarter':
      return span(new Date(year, quarterStartMonth, 1), new Date(year, quarterStartMonth + 3, 1), quarterLabel(year, quarterStartMonth));
    case 'last-quarter': {
      const from = new Date(year, quarterStartMonth - 3, 1);
      return span(from, new Date(year, quarterStartMonth, 1), quarterLabel(from.getFullYear(), from.getMonth()));
    }
    case 'last-6-months': {
      const tomorrow = addDays(now, 1);
      return span(new Date(year, month - 6, now.getDate() + 1), tomorrow, 'Last 6 months');
    }
    case 'this-year':
      return span(new Date(year, 0, 1), new Date(year + 1, 0, 1), String(year));
  }
}

/** A custom period from two inclusive local dates. */
export function customPeriod(from: Date, toInclusive: Date): Period {
  return span(from, addDays(toInclusive, 1), `${formatLocalDate(from)} to ${formatLocalDate(toInclusive)}`);
}

/** The last day a period covers, for display. */
export function lastDayOf(period: Period): Date {
  return addDays(period.to, -1);
}

function quarterLabel(year: number, startMonth: number): string {
  return `Q${startMonth / 3 + 1} ${year}`;
}

function span(from: Date, to: Date, label: string): Period {
  return { from, to, label };
}
