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
  /** The terminal's width the text table wraps to; 100 when not a terminal. */
  readonly columns?: number;
}

const DEFAULT_COLUMNS = 100;

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
  const report = textReport(ladder, level, readiness, period, options.columns ?? DEFAULT_COLUMNS);
  return { stdout: `${report.join('\n')}\n`, stderr };
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
function textReport(
  ladder: Ladder,
  level: LadderLevel | undefined,
  readiness: Readiness,
  period: Period,
  columns: number,
): string[] {
  const { expectations, withEvidence, strong } = readiness;
  const from = level ? `, from ${level.name}` : '';
  // A line as wide as the terminal leaves the cursor past its edge, and some terminals wrap there.
  const width = Math.max(NARROWEST_TEXT, columns - 1);
  return [
    oneLine(
      `${readiness.level.name}: ${withEvidence} of ${expectations.length} expectations with evidence, ${strong} strong — ${describePeriod(period)}`,
    ),
    oneLine(`Ladder: ${ladder.name}${from}`),
    '',
    ...table(expectations, width),
    '',
    ...wrap(STRENGTH_RULE, width),
  ];
}

const STRENGTH_RULE =
  'Strength: none, no moment; thin, one; some, two or three; strong, four or more shared with at least two people or spread over at least two calendar months. A moment you linked to expectations (Linked) counts for those only; any other counts for each expectation its kind shares a competency with.';

/** The columns before the expectation's, which takes the rest of the line. */
const CELL_TITLES = ['Strength', 'Moments', 'Linked', 'People', 'Starred', 'Latest'];
const NUMERIC_COLUMNS: ReadonlySet<number> = new Set([1, 2, 3, 4]);
const INDENT = '  ';
const GAP = '  ';
/** The fewest characters a line an expectation is wrapped to, beside the cells or under them. */
const NARROWEST_TEXT = 30;

/**
 * The header, then the expectations under their area (areas in the order the ladder first
 * names them), each row's expectation wrapped to the terminal with a hanging indent. The
 * ids are in --json: here they would double the width.
 */
function table(expectations: readonly ExpectationReadiness[], width: number): string[] {
  const rows = expectations.map((entry) => ({
    area: oneLine(entry.expectation.area ?? ''),
    cells: [
      entry.strength,
      String(entry.evidence.length),
      String(entry.evidence.filter((evidence) => evidence.linked).length),
      String(entry.people),
      String(entry.starred),
      entry.latest ?? '—',
    ],
    text: oneLine(entry.expectation.text),
  }));
  const widths = CELL_TITLES.map((title, column) => widest([title, ...rows.map((row) => row.cells[column] ?? '')]));
  const cellsOf = (cells: readonly string[]) =>
    cells.map((cell, column) =>
      NUMERIC_COLUMNS.has(column) ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0),
    );
  const lead = `${INDENT}${cellsOf(CELL_TITLES).join(GAP)}${GAP}`;
  // Beside the cells while it has room there; in a narrower terminal, on lines of its own under them.
  const beside = width - lead.length >= NARROWEST_TEXT;
  const hanging = beside ? ' '.repeat(lead.length) : INDENT.repeat(2);
  const textWidth = Math.max(NARROWEST_TEXT, width - hanging.length);
  const line = (cells: readonly string[], text: string) => {
    const row = `${INDENT}${cellsOf(cells).join(GAP)}`;
    const [first = '', ...rest] = wrap(text, textWidth);
    const under = (beside ? rest : [first, ...rest]).map((part) => `${hanging}${part}`);
    return [beside ? `${row}${GAP}${first}` : row, ...under].map((part) => part.trimEnd()).join('\n');
  };
  const lines = [`${lead}Expectation`];
  const grouped = rows.some((row) => row.area !== '');
  for (const [area, inArea] of groupByArea(rows)) {
    if (grouped) lines.push('', area || 'No area');
    for (const row of inArea) lines.push(line(row.cells, row.text));
  }
  return lines;
}

/** The rows per area, areas in the order of their first row. */
function groupByArea<Row extends { readonly area: string }>(rows: readonly Row[]): Map<string, Row[]> {
  const areas = new Map<string, Row[]>();
  for (const row of rows) {
    const inArea = areas.get(row.area);
    if (inArea) inArea.push(row);
    else areas.set(row.area, [row]);
  }
  return areas;
}

/**
 * `text` in lines of at most `width` characters, broken between words; a longer word has a
 * line of its own. The spaces inside a line stay as written.
 */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let start = 0;
  let end = 0;
  for (const word of text.matchAll(/\S+/g)) {
    const wordEnd = word.index + word[0].length;
    if (end > start && wordEnd - start > width) {
      lines.push(text.slice(start, end));
      start = word.index;
    }
    end = wordEnd;
  }
  lines.push(text.slice(start, end));
  return lines;
}

/**
 * Links to an expectation this ladder does not have, named with the moments' refs so they
 * can be found and relinked. Not only a reworded or removed one: after a change of track
 * or of company ladder, every link made against the other ladder.
 */
function staleNote(stale: StaleLink): string {
  const count = stale.moments.length === 1 ? '1 moment' : `${stale.moments.length} moments`;
  const refs = stale.moments.map((moment) => momentRef(moment.id)).join(', ');
  return oneLine(
    `note: ${count} (ref ${refs}) linked to an expectation that is not in this ladder (reworded, removed, or from another ladder): "${stale.expectationId}"`,
  );
}
