import * as l10n from '@vscode/l10n';
import * as z from 'zod/mini';
import { REVIEW_CYCLE_LENGTHS, type ReviewCycleLength } from '../../shared/enums';
import { NON_BLANK_PATTERN } from '../../shared/patterns';
import { issueMessage } from '../model/validationMessages';
import { addDays } from '../time/calendar';
import type { DisplayLanguage } from '../time/displayLanguage';
import type { Period } from './period';

/**
 * The company's review cycle (`growthLog.reviewCycle`, or `--cycle-start` and
 * `--cycle-length` on the command line): the month its fiscal year starts in and how long
 * a cycle lasts. A fiscal year is named by the calendar year it ends in, as most companies
 * name theirs: with April as the first month, April 2026 to March 2027 is FY27.
 */

/** The longest wording of the user's own a cycle's name may have, so it fits a heading and a picker row. */
export const MAX_CYCLE_NAME_LENGTH = 60;

/** The placeholders a cycle's `name` may hold. */
export const CYCLE_NAME_PLACEHOLDERS = ['cycle', 'fy', 'year'] as const;

const PLACEHOLDER = /\{([^{}]*)\}/g;

const reviewCycleSchema = z.strictObject({
  startMonth: z.int().check(z.minimum(1), z.maximum(12)),
  length: z.enum(REVIEW_CYCLE_LENGTHS),
  name: z.optional(
    z.string().check(
      z.regex(NON_BLANK_PATTERN, { error: () => l10n.t('must not be blank') }),
      z.maxLength(MAX_CYCLE_NAME_LENGTH),
      z.refine((name) => unknownPlaceholder(name) === undefined, {
        error: (issue) =>
          l10n.t(
            'has an unknown placeholder {0}; use {1}',
            `{${unknownPlaceholder(String(issue.input)) ?? ''}}`,
            CYCLE_NAME_PLACEHOLDERS.map((name) => `{${name}}`).join(', '),
          ),
      }),
    ),
  ),
});

export type ReviewCycle = z.infer<typeof reviewCycleSchema>;

/** The setting as read: a cycle, none (not set), or a problem naming the field and what is wrong. */
export type ReviewCycleSetting =
  | { readonly cycle?: ReviewCycle; readonly problem?: undefined }
  | { readonly cycle?: undefined; readonly problem: string };

/** Reads the setting's value; `null` or absent is no cycle, anything that does not fit is one problem line. */
export function parseReviewCycle(raw: unknown, setting = 'growthLog.reviewCycle'): ReviewCycleSetting {
  if (raw === undefined || raw === null) return {};
  const parsed = reviewCycleSchema.safeParse(raw, { error: issueMessage });
  if (parsed.success) return { cycle: parsed.data };
  const issue = parsed.error.issues[0];
  const where = `${setting}${issue?.path.map((segment) => `.${String(segment)}`).join('') ?? ''}`;
  return { problem: `${where}: ${issue?.message ?? l10n.t('does not fit')}` };
}

function unknownPlaceholder(name: string): string | undefined {
  const known: readonly string[] = CYCLE_NAME_PLACEHOLDERS;
  return Array.from(name.matchAll(PLACEHOLDER), (match) => match[1] ?? '').find((found) => !known.includes(found));
}

const MONTHS_IN: Record<ReviewCycleLength, number> = { quarter: 3, half: 6, year: 12 };

/** The review cycle periods a choice of period offers once a cycle is known; labels translated when read. */
export const CYCLE_PERIODS = [
  {
    id: 'this-cycle',
    get label() {
      return l10n.t('This cycle');
    },
  },
  {
    id: 'last-cycle',
    get label() {
      return l10n.t('Last cycle');
    },
  },
] as const;

export type CyclePeriodId = (typeof CYCLE_PERIODS)[number]['id'];

/** The cycle `id` names at `now`: the one `now` falls in, or the one before it. */
export function resolveCyclePeriod(
  id: CyclePeriodId,
  now: Date,
  cycle: ReviewCycle,
  language: DisplayLanguage,
): Period {
  const current = cycleStartingBefore(now, cycle);
  const from =
    id === 'this-cycle' ? current : new Date(current.getFullYear(), current.getMonth() - MONTHS_IN[cycle.length], 1);
  return cyclePeriod(from, cycle, language);
}

/** The first day of the cycle `date` falls in. */
function cycleStartingBefore(date: Date, cycle: ReviewCycle): Date {
  const months = MONTHS_IN[cycle.length];
  const sinceYearStart = (date.getMonth() - (cycle.startMonth - 1) + 12) % 12;
  return new Date(date.getFullYear(), date.getMonth() - (sinceYearStart % months), 1);
}

/** The cycle starting on `from`, named by its place in the fiscal year and by its dates in `language`. */
function cyclePeriod(from: Date, cycle: ReviewCycle, language: DisplayLanguage): Period {
  const months = MONTHS_IN[cycle.length];
  const to = new Date(from.getFullYear(), from.getMonth() + months, 1);
  const sinceYearStart = (from.getMonth() - (cycle.startMonth - 1) + 12) % 12;
  const number = sinceYearStart / months + 1;
  // The calendar year the fiscal year ends in: its last month is the one before `startMonth`.
  const year = new Date(from.getFullYear(), from.getMonth() - sinceYearStart + 11, 1).getFullYear();
  const fiscalYear = l10n.t('FY{0}', String(year % 100).padStart(2, '0'));
  // A year that starts in January is the calendar year, and named so: "Q4 2026", not "Q4 FY26".
  const yearName = cycle.startMonth === 1 ? String(year) : fiscalYear;
  const part =
    cycle.length === 'quarter' ? l10n.t('Q{0}', number) : cycle.length === 'half' ? l10n.t('H{0}', number) : undefined;
  const values: Record<(typeof CYCLE_NAME_PLACEHOLDERS)[number], string> = {
    cycle: part ?? yearName,
    fy: fiscalYear,
    year: String(year),
  };
  const name =
    cycle.name === undefined
      ? part === undefined
        ? yearName
        : l10n.t('{0} {1}', part, yearName)
      : cycle.name.trim().replace(PLACEHOLDER, (text, key: string) => values[key as keyof typeof values] ?? text);
  const dates = language.dateFormat({ month: 'short', year: 'numeric' }).formatRange(from, addDays(to, -1));
  const yearSlug = cycle.startMonth === 1 ? String(year) : `FY${year}`;
  return {
    from,
    to,
    label: l10n.t('{0}: {1}', name, dates),
    // File names stay the same in every language.
    slug: cycle.length === 'year' ? yearSlug : `${yearSlug}-${cycle.length === 'quarter' ? 'Q' : 'H'}${number}`,
  };
}
