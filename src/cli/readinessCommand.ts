import { momentRef } from '../core/documents/citation';
import { lastDayOf, type Period } from '../core/insights/period';
import { Timeline } from '../core/insights/timeline';
import { type ExpectationReadiness, type Readiness, readinessOf, type StaleLink } from '../core/ladders/evidence';
import type { Ladder, LadderLevel } from '../core/ladders/ladder';
import { KindCatalogue } from '../core/model/kindCatalogue';
import { peopleOf } from '../core/model/people';
import { formatLocalDate } from '../core/time/calendar';
import type { TrackId, WeekStartDay } from '../shared/enums';
import { type CommandOutput, type CommonOptions, readLogFile } from './commands';
import { chooseLadder, type LadderArguments } from './ladderOptions';
import { choosePeriod, describePeriod, type PeriodArguments } from './periodOptions';
import { oneLine, widest } from './terminalText';

/**
 * `growth-log readiness`: where the log stands against a level of a career ladder — per
 * expectation of the target level, the moments that are evidence for it and how strong
 * that evidence is. The ladder is the track's built-in one, or the file --ladder names
 * (JSON, or CSV as a spreadsheet exports it). Reads the log and the ladder only.
 */

export interface ReadinessOptions extends CommonOptions, PeriodArguments, LadderArguments {
  readonly json: boolean;
  readonly weekStartsOn: WeekStartDay;
  readonly defaultTrack: TrackId;
}

/** Readiness is about a stretch of work, not a week: without a period option, the last six months. */
const DEFAULT_PERIOD = 'last-6-months';

export async function readinessCommand(options: ReadinessOptions): Promise<CommandOutput> {
  const givesDays = options.from !== undefined || options.to !== undefined;
  const period = choosePeriod({ ...options, period: options.period ?? (givesDays ? undefined : DEFAULT_PERIOD) });
  const { ladder, level, target } = await chooseLadder(options, options.defaultTrack);
  const log = await readLogFile(options.file);
  const moments = Timeline.build(log.moments).between(period.from, period.to);
  const readiness = readinessOf(ladder, target, moments, { kinds: KindCatalogue.ofLog(log), people: peopleOf(log) });
  const notes = readiness.staleLinks.map(staleNote);
  const stderr = notes.length > 0 ? `${notes.join('\n')}\n` : undefined;
  if (options.json) return { stdout: `${JSON.stringify(asJson(ladder, level, readiness, period), null, 2)}\n`, stderr };
  return { stdout: `${textReport(ladder, level, readiness, period).join('\n')}\n`, stderr };
}

/** The fields the JSON output promises, in a fixed order; `to` is the last day included, as --to takes it. */
function asJson(ladder: Ladder, level: LadderLevel | undefined, readiness: Readiness, period: Period) {
  return {
    ladder: ladder.name,
    level: level?.name ?? null,
    target: readiness.level.name,
    period: { from: formatLocalDate(period.from), to: formatLocalDate(lastDayOf(period)) },
    expectations: readiness.expectations.map((entry) => ({
      id: entry.expectation.id,
      level: entry.expectation.level,
      area: entry.expectation.area ?? null,
      text: entry.expectation.text,
      competencies: entry.expectation.competencies,
      evidence: {
        moments: entry.evidence.length,
        people: entry.people,
        starred: entry.starred,
        latest: entry.latest,
      },
      strength: entry.strength,
      momentIds: entry.evidence.map((evidence) => evidence.moment.id),
    })),
    summary: {
      expectations: readiness.expectations.length,
      withEvidence: readiness.withEvidence,
      strong: readiness.strong,
    },
  };
}

/** A line of totals, a table of the target level's expectations in ladder order, and the rule strength follows. */
function textReport(ladder: Ladder, level: LadderLevel | undefined, readiness: Readiness, period: Period): string[] {
  const { expectations, withEvidence, strong } = readiness;
  const from = level ? `, from ${level.name}` : '';
  return [
    oneLine(
      `${readiness.level.name}: ${withEvidence} of ${expectations.length} expectations with evidence, ${strong} strong — ${describePeriod(period)}`,
    ),
    oneLine(`Ladder: ${ladder.name}${from}`),
    '',
    ...table(expectations),
    '',
    'Strength: none, no moment; thin, one; some, two or three; strong, four or more shared with at least two',
    'people or spread over at least two calendar months. A moment you linked to expectations (Linked) counts',
    'for those only; any other counts for each expectation its kind shares a competency with.',
  ];
}

function table(expectations: readonly ExpectationReadiness[]): string[] {
  const rows = expectations.map((entry) => [
    entry.strength,
    String(entry.evidence.length),
    String(entry.evidence.filter((evidence) => evidence.linked).length),
    String(entry.people),
    String(entry.starred),
    entry.latest ?? '—',
    oneLine(entry.expectation.id),
    oneLine(entry.expectation.area ?? ''),
    oneLine(entry.expectation.text),
  ]);
  const header = ['Strength', 'Moments', 'Linked', 'People', 'Starred', 'Latest', 'Id', 'Area', 'Expectation'];
  const widths = header.map((title, column) => widest([title, ...rows.map((row) => row[column] ?? '')]));
  const numeric = new Set([1, 2, 3, 4]);
  const last = header.length - 1;
  const pad = (cell: string, column: number) =>
    numeric.has(column)
      ? cell.padStart(widths[column] ?? 0)
      : column === last
        ? cell
        : cell.padEnd(widths[column] ?? 0);
  const line = (cells: readonly string[]) => `  ${cells.map(pad).join('  ')}`.trimEnd();
  return [line(header), ...rows.map(line)];
}

/** Links to an expectation the ladder no longer has, named with the moments' refs so they can be found and relinked. */
function staleNote(stale: StaleLink): string {
  const count = stale.moments.length === 1 ? '1 moment' : `${stale.moments.length} moments`;
  const refs = stale.moments.map((moment) => momentRef(moment.id)).join(', ');
  return oneLine(
    `note: ${count} (ref ${refs}) linked to an expectation that is no longer in the ladder: "${stale.expectationId}"`,
  );
}
