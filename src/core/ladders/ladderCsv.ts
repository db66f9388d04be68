import * as path from 'node:path';
import * as l10n from '@vscode/l10n';
import { CsvError, parse } from 'csv-parse/sync';
import type { CompetencyId } from '../model/taxonomy';
import { competencyChoices, competencyNamed } from './competencyNames';
import { EXPECTATION_ID_PATTERN } from './expectationIds';
import type { Ladder } from './ladder';
import { buildLadder, type ExpectationDraft, LadderDraftProblem } from './ladderDrafts';
import { LadderFileError } from './ladderFile';

/**
 * A company's ladder as a spreadsheet exports it: a header row naming the columns
 * `level`, `area`, `expectation` and `competencies` (any case, any order; an `id` column
 * is optional, other columns are ignored), then a row per expectation. Quoting is RFC
 * 4180's; competencies are separated by `;`; levels are ordered by their first row.
 *
 * The only module that imports csv-parse: the extension loads it from a bundle of its
 * own when a CSV ladder is read, so the parser does not weigh on every activation.
 */

const REQUIRED_COLUMNS = ['level', 'area', 'expectation', 'competencies'] as const;
type Column = (typeof REQUIRED_COLUMNS)[number] | 'id';

interface Row {
  readonly cells: readonly string[];
  /** The line the row starts on, 1-based; a quoted cell may span several. */
  readonly line: number;
}

/** The ladder in the CSV `text`, read from `filePath` (named in errors, and the ladder's name). */
export function parseCsvLadder(text: string, filePath: string): Ladder {
  const rows = readRows(text, filePath);
  const [header, ...body] = rows;
  if (!header)
    throw new LadderFileError(
      filePath,
      l10n.t('the file is empty; a CSV ladder has a header row with the columns {0}', REQUIRED_COLUMNS.join(', ')),
    );
  const columns = columnsOf(header, filePath);
  if (body.length === 0)
    throw new LadderFileError(filePath, l10n.t('the file has a header row but no expectation below it'));
  const drafts = body.map((row) => draftOf(row, columns, filePath));
  try {
    return buildLadder(path.basename(filePath, path.extname(filePath)), drafts);
  } catch (error) {
    if (error instanceof LadderDraftProblem) throw new LadderFileError(filePath, error.detail, error.place);
    throw error;
  }
}

function readRows(text: string, filePath: string): Row[] {
  try {
    const records = parse(text, {
      bom: true,
      info: true,
      // Rows as the spreadsheet wrote them; a short row's missing cells are blank, named below if needed.
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
      // Whatever line ends the file uses, even mixed (a row added by hand in another editor).
      record_delimiter: ['\r\n', '\n', '\r'],
    }) as unknown as { record: string[]; info: { lines: number } }[];
    // `lines` is where a row ends; it starts as many lines earlier as its quoted cells hold line breaks.
    return records.map(({ record, info }) => ({
      cells: record,
      line: info.lines - record.reduce((breaks, cell) => breaks + (cell.match(/\r\n|\r|\n/gu)?.length ?? 0), 0),
    }));
  } catch (error) {
    if (error instanceof CsvError)
      throw new LadderFileError(filePath, csvProblem(error), l10n.t('line {0}', lineOf(error)));
    throw error;
  }
}

function lineOf(error: CsvError): number {
  return (error as CsvError & { lines?: number }).lines ?? 1;
}

/** csv-parse's problems in our words (its own name its internals: "field 0", "Invalid Opening Quote"). */
function csvProblem(error: CsvError): string {
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return l10n.t('the file ends inside a quoted cell: a closing " is missing');
    case 'INVALID_OPENING_QUOTE':
    case 'CSV_INVALID_CLOSING_QUOTE':
      return l10n.t('a " inside a cell must be doubled (""), and the whole cell quoted');
    default:
      return l10n.t('the file is not valid CSV');
  }
}

function columnsOf(header: Row, filePath: string): Map<Column, number> {
  const columns = new Map<Column, number>();
  header.cells.forEach((cell, index) => {
    const name = cell.trim().toLowerCase();
    if ((REQUIRED_COLUMNS as readonly string[]).includes(name) || name === 'id') {
      if (columns.has(name as Column))
        throw new LadderFileError(
          filePath,
          l10n.t('the header row has the column "{0}" twice', name),
          l10n.t('line {0}', header.line),
        );
      columns.set(name as Column, index);
    }
  });
  const missing = REQUIRED_COLUMNS.filter((column) => !columns.has(column));
  if (missing.length > 0)
    throw new LadderFileError(
      filePath,
      l10n.t(
        'the header row lacks {0}; a CSV ladder has the columns {1} (an id column is optional)',
        missing.map((column) => `"${column}"`).join(', '),
        REQUIRED_COLUMNS.join(', '),
      ),
      l10n.t('line {0}', header.line),
    );
  return columns;
}

function draftOf(row: Row, columns: ReadonlyMap<Column, number>, filePath: string): ExpectationDraft {
  const cell = (column: Column) => {
    const index = columns.get(column);
    return index === undefined ? '' : (row.cells[index] ?? '').trim();
  };
  const at = (column: Column) => l10n.t('line {0}, column "{1}"', row.line, column);
  const fail = (column: Column, detail: string) => new LadderFileError(filePath, detail, at(column));
  for (const column of ['level', 'expectation', 'competencies'] as const)
    if (cell(column) === '') throw fail(column, l10n.t('must not be blank'));
  const level = cell('level');
  const text = cell('expectation');
  if (level.length > 80) throw fail('level', l10n.t('must be {0} characters or fewer', 80));
  if (text.length > 1000) throw fail('expectation', l10n.t('must be {0} characters or fewer', 1000));
  const words = cell('competencies')
    .split(';')
    .map((word) => word.trim())
    .filter((word) => word !== '');
  const competencies = words.map((word): CompetencyId => {
    const competency = competencyNamed(word);
    if (!competency)
      throw fail('competencies', l10n.t('"{0}" is not a competency; use one of {1}', word, competencyChoices()));
    return competency;
  });
  if (competencies.length === 0) throw fail('competencies', l10n.t('name one competency or more'));
  const id = cell('id');
  if (id !== '' && !EXPECTATION_ID_PATTERN.test(id))
    throw fail('id', l10n.t('an id is up to 80 letters, digits, ".", "_" and "-", starting with a letter or digit'));
  const area = cell('area');
  return {
    level,
    text,
    competencies,
    ...(area === '' ? {} : { area }),
    ...(id === '' ? {} : { id, idPlace: at('id') }),
    place: l10n.t('line {0}', row.line),
  };
}
