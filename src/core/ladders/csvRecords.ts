import { CsvError, parse } from 'csv-parse/sync';

/**
 * The rows of a CSV file, as RFC 4180 reads them: the only module that imports csv-parse.
 * It returns plain data (no classes, no messages) because the extension loads it from a
 * bundle of its own (dist/ladderCsv.js) only when a CSV ladder is read: the parser does not
 * weigh on every activation, and nothing crosses between the bundles but values.
 */

export interface CsvRow {
  readonly cells: readonly string[];
  /** The line the row starts on, 1-based; a quoted cell may span several. */
  readonly line: number;
}

export type CsvRecords =
  | { readonly ok: true; readonly rows: readonly CsvRow[] }
  | {
      readonly ok: false;
      readonly problem: 'unclosed-quote' | 'stray-quote' | 'unreadable';
      /** Where the parser stopped, 1-based. */
      readonly line: number;
    };

/** What reads a CSV file's rows: `readCsvRecords`, however the caller loaded it. */
export type CsvRecordReader = (text: string) => CsvRecords;

export function readCsvRecords(text: string): CsvRecords {
  try {
    const records = parse(text, {
      bom: true,
      info: true,
      // Rows as the spreadsheet wrote them; a short row's missing cells are blank, named by the reader if needed.
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
      // Whatever line ends the file uses, even mixed (a row added by hand in another editor).
      record_delimiter: ['\r\n', '\n', '\r'],
    }) as unknown as { record: string[]; info: { lines: number } }[];
    // `lines` is where a row ends; it starts as many lines earlier as its quoted cells hold line breaks.
    const rows = records.map(({ record, info }) => ({
      cells: record,
      line: info.lines - record.reduce((breaks, cell) => breaks + (cell.match(/\r\n|\r|\n/gu)?.length ?? 0), 0),
    }));
    return { ok: true, rows };
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line = (error as CsvError & { lines?: number }).lines ?? 1;
    switch (error.code) {
      case 'CSV_QUOTE_NOT_CLOSED':
        return { ok: false, problem: 'unclosed-quote', line };
      case 'INVALID_OPENING_QUOTE':
      case 'CSV_INVALID_CLOSING_QUOTE':
        return { ok: false, problem: 'stray-quote', line };
      default:
        return { ok: false, problem: 'unreadable', line };
    }
  }
}
