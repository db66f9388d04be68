import { findNodeAtLocation, parse as parseTolerant, parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';
import type { z } from 'zod';
import { LogFileError, formatFieldPath, positionAt } from './logFileError';
import { CURRENT_LOG_VERSION, logFileSchema, type LogFile } from './schema';

const BYTE_ORDER_MARK = '\uFEFF';

/**
 * Turns the text of a log file into a validated `LogFile`, or throws a `LogFileError`
 * that says what is wrong and where.
 *
 * The happy path is a plain `JSON.parse` plus one schema pass; the slower tolerant parser
 * is only used once something is wrong, to find the line and column to report.
 */
export function decodeLogFile(text: string, filePath: string): LogFile {
  const source = text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text;
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch {
    throw syntaxError(source, filePath);
  }
  rejectNewerVersion(value, filePath);
  const result = logFileSchema.safeParse(value);
  if (!result.success) throw schemaError(source, filePath, result.error);
  return result.data;
}

/** The bytes written for a log: stable two-space JSON with a final newline. */
export function encodeLogFile(log: LogFile): string {
  return `${JSON.stringify(log, null, 2)}\n`;
}

function syntaxError(source: string, filePath: string): LogFileError {
  if (source.trim() === '') {
    return new LogFileError(filePath, 'syntax', 'the file is empty; a log starts as {"version": 1, "moments": []}', {
      line: 1,
      column: 1,
    });
  }
  const errors: ParseError[] = [];
  parseTolerant(source, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (!first) {
    // JSON.parse refused what the tolerant parser accepts: a lone surrogate, say.
    return new LogFileError(filePath, 'syntax', 'the file is not valid JSON');
  }
  return new LogFileError(
    filePath,
    'syntax',
    `invalid JSON: ${humanise(printParseErrorCode(first.error))}`,
    positionAt(source, first.offset),
  );
}

function humanise(code: string): string {
  // "CommaExpected" → "comma expected"
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

function rejectNewerVersion(value: unknown, filePath: string): void {
  if (typeof value !== 'object' || value === null || !('version' in value)) return;
  const version = (value as { version: unknown }).version;
  if (typeof version === 'number' && Number.isInteger(version) && version > CURRENT_LOG_VERSION) {
    throw new LogFileError(
      filePath,
      'newer-version',
      `the file is format version ${version}, written by a newer Growth Log; this version reads up to ${CURRENT_LOG_VERSION}. Update Growth Log to keep logging here`,
    );
  }
}

function schemaError(source: string, filePath: string, error: z.ZodError): LogFileError {
  const issue = error.issues[0];
  if (!issue) return new LogFileError(filePath, 'schema', 'the file does not match the log format');
  const path = issue.path.filter((segment): segment is string | number => typeof segment !== 'symbol');
  return new LogFileError(
    filePath,
    'schema',
    issue.message,
    locateField(source, path),
    formatFieldPath(path),
  );
}

/** Where the value at `path` (or, if it is missing, its nearest present parent) starts. */
function locateField(source: string, path: (string | number)[]) {
  const root = parseTree(source);
  if (!root) return undefined;
  for (let depth = path.length; depth >= 0; depth--) {
    const node = findNodeAtLocation(root, path.slice(0, depth));
    if (node) {
      // Point at the property name where there is one: that is what a reader looks for.
      const anchor = node.parent?.type === 'property' ? node.parent : node;
      return positionAt(source, anchor.offset);
    }
  }
  return undefined;
}
