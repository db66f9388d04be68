import * as path from 'node:path';
import * as l10n from '@vscode/l10n';
import type { CompetencyId } from '../model/taxonomy';
import type { CsvRecordReader, CsvRow } from './csvRecords';
import { competencyChoices, competencyNamed } from './competencyNames';
import { EXPECTATION_ID_PATTERN } from './expectationIds';
import type { Ladder } from './ladder';
import { buildLadder, type ExpectationDraft, LADDER_LIMITS } from './ladderDrafts';
import { clipEnd } from '../../shared/clipText';
import { LadderFileError } from './ladderFileError';

/**
 * A company's ladder as a spreadsheet exports it: a header row naming the columns
 * `level`, `area`, `expectation` and `competencies` (any case, any order; an `id` column
 * is optional, other columns are ignored), then a row per expectation. Quoting is RFC
 * 4180's; competencies are separated by `;`; levels are ordered by their first row.
 *
 * The rows come from csvRecords.ts, the one module that imports the CSV parser, which the
 * caller passes in (the extension loads it only when a CSV ladder is read).
 */

const REQUIRED_COLUMNS = ['level', 'area', 'expectation', 'competencies'] as const;
type Column = (typeof REQUIRED_COLUMNS)[number] | 'id';

/**
 * The ladder in the CSV `text`, read from `filePath` (named in errors, and the ladder's
 * name), its rows read by `readRecords` (csvRecords.ts's `readCsvRecords`).
 */
export function parseCsvLadder(text: string, filePath: string, readRecords: CsvRecordReader): Ladder {
  const rows = readRows(text, filePath, readRecords);
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
  return buildLadder(path.basename(filePath, path.extname(filePath)), drafts, filePath);
}

function readRows(text: string, filePath: string, readRecords: CsvRecordReader): readonly CsvRow[] {
  const records = readRecords(text);
  if (records.ok) return records.rows;
  throw new LadderFileError(filePath, csvProblem(records.problem), l10n.t('line {0}', records.line), records.line);
}

/** What stopped the parser, in words. */
function csvProblem(problem: 'unclosed-quote' | 'stray-quote' | 'unreadable'): string {
  switch (problem) {
    case 'unclosed-quote':
      return l10n.t('the file ends inside a quoted cell: a closing " is missing');
    case 'stray-quote':
      return l10n.t('a " inside a cell must be doubled (""), and the whole cell quoted');
    default:
      return l10n.t('the file is not valid CSV');
  }
}

function columnsOf(header: CsvRow, filePath: string): Map<Column, number> {
  const columns = new Map<Column, number>();
  header.cells.forEach((cell, index) => {
    const name = cell.trim().toLowerCase();
    if ((REQUIRED_COLUMNS as readonly string[]).includes(name) || name === 'id') {
      if (columns.has(name as Column))
        throw new LadderFileError(
          filePath,
          l10n.t('the header row has the column "{0}" twice', name),
          l10n.t('line {0}', header.line),
          header.line,
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
      header.line,
    );
  return columns;
}

function draftOf(row: CsvRow, columns: ReadonlyMap<Column, number>, filePath: string): ExpectationDraft {
  const cell = (column: Column) => {
    const index = columns.get(column);
    return index === undefined ? '' : (row.cells[index] ?? '').trim();
  };
  const at = (column: Column) => l10n.t('line {0}, column "{1}"', row.line, column);
  const fail = (column: Column, detail: string) => new LadderFileError(filePath, detail, at(column), row.line);
  for (const column of ['level', 'expectation', 'competencies'] as const)
    if (cell(column) === '') throw fail(column, l10n.t('must not be blank'));
  const level = cell('level');
  const text = cell('expectation');
  const area = cell('area');
  const tooLong = (
    [
      ['level', level, LADDER_LIMITS.nameLength],
      ['area', area, LADDER_LIMITS.nameLength],
      ['expectation', text, LADDER_LIMITS.expectationLength],
    ] as const
  ).find(([, value, max]) => value.length > max);
  if (tooLong) throw fail(tooLong[0], l10n.t('must be {0} characters or fewer', tooLong[2]));
  const words = cell('competencies')
    .split(';')
    .map((word) => word.trim())
    .filter((word) => word !== '');
  const competencies = words.map((word): CompetencyId => {
    const competency = competencyNamed(word);
    if (!competency)
      throw fail(
        'competencies',
        l10n.t('"{0}" is not a competency; use one of {1}', clipEnd(word), competencyChoices()),
      );
    return competency;
  });
  if (competencies.length === 0) throw fail('competencies', l10n.t('name one competency or more'));
  const id = cell('id');
  if (id !== '' && !EXPECTATION_ID_PATTERN.test(id))
    throw fail('id', l10n.t('an id is up to 80 letters, digits, ".", "_" and "-", starting with a letter or digit'));
  return {
    level,
    text,
    competencies,
    ...(area === '' ? {} : { area }),
    ...(id === '' ? {} : { id, idPlace: at('id') }),
    place: l10n.t('line {0}', row.line),
    line: row.line,
  };
}
