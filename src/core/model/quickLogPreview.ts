import * as l10n from '@vscode/l10n';
import { formatLocalDate, parseLocalDate, startOfDay } from '../time/calendar';
import type { DisplayLanguage } from '../time/displayLanguage';
import { type QuickLogReading, readQuickLog, spellInitiative } from './quickLog';
import type { BuiltInKindId } from './taxonomy';

/**
 * What the quick log understood of the line typed so far, shown under the input on every
 * keystroke, so that a typo (`~tuesdy`, `@ Sam`, `htps://…`) is seen before Enter:
 *
 *   "Understood: Mentoring, Tue 24 Nov · initiative payments · with Sam and Priya · #testing · ★ starred · 1 link · “Paired with Sam…”"
 *
 * `problem` is set when the line cannot be logged as it is, in the words Enter would use.
 */
export interface QuickLogPreview {
  readonly text: string;
  readonly problem?: string;
}

export interface QuickLogPreviewOptions {
  /** The kind being logged, as the user reads it. */
  readonly kindLabel: string;
  /** What `~yesterday` and a weekday are counted from, and what "today" is. */
  readonly now: Date;
  readonly language: DisplayLanguage;
  /**
   * The log's initiatives, most recent first: a `+name` among them is shown as the log
   * spells it, and one that is not is shown as new, so a typo (`+paymnets`) is seen.
   * Without it, the name is shown as typed.
   */
  readonly initiatives?: readonly string[];
}

/** The longest summary quoted whole; a longer one is cut with an ellipsis. */
const SUMMARY_SHOWN = 80;

export function previewQuickLog(line: string, options: QuickLogPreviewOptions): QuickLogPreview {
  const { kindLabel, now, language, initiatives } = options;
  const reading = readQuickLog(line, now);
  const day =
    reading.dayProblem !== undefined
      ? l10n.t('day not understood')
      : dayInWords(reading.day ?? formatLocalDate(now), now, language);
  const parts = [
    l10n.t('{0}, {1}', kindLabel, day),
    initiativeInWords(reading, initiatives),
    reading.people.length > 0 ? l10n.t('with {0}', language.formatList(reading.people)) : undefined,
    reading.tags.length > 0 ? reading.tags.map((tag) => `#${tag}`).join(' ') : undefined,
    reading.starred ? l10n.t('★ starred') : undefined,
    linkCount(reading.links.length),
    reading.summary ? quote(reading.summary) : l10n.t('no description yet'),
  ].filter((part): part is string => part !== undefined);
  const text = l10n.t('Understood: {0}', parts.join(' · '));
  const problem = reading.dayProblem ?? reading.initiativeProblem;
  return problem === undefined ? { text } : { text, problem };
}

/** "initiative payments", "new initiative payments", or "two initiatives" for a line that names two. */
function initiativeInWords(reading: QuickLogReading, known: readonly string[] | undefined): string | undefined {
  if (reading.initiativeProblem !== undefined) return l10n.t('two initiatives');
  if (reading.initiative === undefined) return undefined;
  if (known === undefined) return l10n.t('initiative {0}', reading.initiative);
  const spelt = spellInitiative(reading.initiative, known);
  const isKnown = known.some((name) => name === spelt);
  return isKnown ? l10n.t('initiative {0}', spelt) : l10n.t('new initiative {0}', spelt);
}

/** "today", "yesterday", or the day as the language writes it short ("Tue 24 Nov"). */
function dayInWords(day: string, now: Date, language: DisplayLanguage): string {
  const date = parseLocalDate(day) ?? startOfDay(now);
  const daysAgo = Math.round((startOfDay(now).getTime() - date.getTime()) / 86_400_000);
  if (daysAgo === 0) return l10n.t('today');
  if (daysAgo === 1) return l10n.t('yesterday');
  return language.dateFormat({ weekday: 'short', day: 'numeric', month: 'short' }).format(date);
}

function linkCount(count: number): string | undefined {
  if (count === 0) return undefined;
  return count === 1 ? l10n.t('1 link') : l10n.t('{0} links', count);
}

function quote(summary: string): string {
  const shown = summary.length > SUMMARY_SHOWN ? `${summary.slice(0, SUMMARY_SHOWN - 1)}…` : summary;
  return l10n.t('“{0}”', shown);
}

/**
 * The input's placeholder: an example line of the kind being logged, using the syntax a
 * moment of that kind most often needs. A kind of the user's own gets a generic one.
 */
export function quickLogExample(kindId: string): string {
  // Own entries only: a kind of the user's own may be called `constructor`.
  const example = Object.hasOwn(BUILT_IN_EXAMPLES, kindId) ? BUILT_IN_EXAMPLES[kindId as BuiltInKindId] : undefined;
  return example
    ? example()
    : l10n.t('What happened, with @Name, a #tag, +initiative, ~yesterday for the day, ! to star it');
}

const BUILT_IN_EXAMPLES: Readonly<Record<BuiltInKindId, () => string>> = {
  mentoring: () => l10n.t('Paired with @Sam on flaky test triage #testing !'),
  'code-review': () => l10n.t('Reviewed @Priya’s retry design: asked for idempotent jobs +payments #reliability'),
  delegation: () => l10n.t('Handed the release checklist to @Priya, with a walkthrough +release-train'),
  communication: () => l10n.t('Presented the billing RFC to @Dana and the product team #rfc'),
  decision: () => l10n.t('Chose Postgres over DynamoDB for audit logs, ADR-12 with @Alex #architecture'),
  strategy: () => l10n.t('Tied the reliability work to the churn goal in quarterly planning #roadmap'),
  conflict: () => l10n.t('Helped @Sam and @Alex agree on API versioning ~yesterday'),
  initiative: () => l10n.t('Led the review of the payments outage #incident !'),
  networking: () => l10n.t('Coffee with @Jordan from the platform team about shared tooling'),
  learning: () => l10n.t('Read the chapter on one-to-ones in The Manager’s Path #reading'),
  craft: () => l10n.t('Tracked the checkout memory leak to a cache that never evicted +payments #performance !'),
  'feedback-received': () => l10n.t('Asked @Dana how the planning meeting went: let others speak first #feedback'),
};
