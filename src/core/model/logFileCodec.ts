import * as l10n from '@vscode/l10n';
import { findNodeAtLocation, parse as parseTolerant, parseTree, ParseErrorCode, type ParseError } from 'jsonc-parser';
import type { z } from 'zod/mini';
import { LogFileError, formatFieldPath, positionAt, type SourcePosition } from './logFileError';
import { migrateToCurrent } from './migrations';
import { validateLog } from './logValidation';
import { CURRENT_LOG_VERSION, type LogFile } from './schema';

const BYTE_ORDER_MARK = '\uFEFF';

/** How a log file is laid out, so a rewrite keeps the user's byte order mark, line endings and indentation. */
export interface TextFormat {
  readonly byteOrderMark: boolean;
  readonly lineEnding: '\n' | '\r\n';
  readonly indent: string;
}

export const DEFAULT_TEXT_FORMAT: TextFormat = { byteOrderMark: false, lineEnding: '\n', indent: '  ' };

export function detectTextFormat(text: string): TextFormat {
  const indent = /\n([ \t]+)\S/.exec(text)?.[1];
  return {
    byteOrderMark: text.startsWith(BYTE_ORDER_MARK),
    lineEnding: text.includes('\r\n') ? '\r\n' : '\n',
    indent: indent && (indent === '\t' || /^ {1,8}$/.test(indent)) ? indent : DEFAULT_TEXT_FORMAT.indent,
  };
}

/** Decodes strictly: a byte that is not UTF-8 is refused, never read as U+FFFD (and then written back as it). */
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * The text of a log file's bytes, or a `LogFileError` naming the first byte that is not
 * UTF-8. The byte order mark, if any, is kept in the text, so a rewrite keeps it too.
 */
export function logFileText(bytes: Uint8Array, filePath: string): string {
  try {
    return STRICT_UTF8.decode(bytes);
  } catch {
    const lenient = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
    const offset = firstMalformedSequence(bytes);
    // UTF-16 and binary files are not UTF-8 either: say what they are, as for valid UTF-8 holding NULs.
    const encoding = encodingProblem(lenient, filePath);
    if (encoding) throw encoding;
    const before = STRICT_UTF8.decode(bytes.subarray(0, offset));
    const source = before.startsWith(BYTE_ORDER_MARK) ? before.slice(1) : before;
    throw new LogFileError(
      filePath,
      'syntax',
      l10n.t(
        'byte {0} is not UTF-8 text (the file may be saved in another encoding); a log is UTF-8: save it as UTF-8',
        offset,
      ),
      positionAt(source, source.length),
    );
  }
}

/**
 * The offset of the first byte that does not start a well-formed UTF-8 sequence (the
 * Unicode Standard's table 3-7: no overlong forms, no surrogates, nothing above
 * U+10FFFF), or -1 when every sequence is well formed.
 */
export function firstMalformedSequence(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index] as number;
    if (lead < 0x80) {
      index++;
      continue;
    }
    const length =
      lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0) return index;
    // Only the second byte has a narrower range, and only after these four leads.
    const secondMin = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
    const secondMax = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
    for (let offset = 1; offset < length; offset++) {
      const byte = bytes[index + offset];
      const [min, max] = offset === 1 ? [secondMin, secondMax] : [0x80, 0xbf];
      if (byte === undefined || byte < min || byte > max) return index;
    }
    index += length;
  }
  return -1;
}

/**
 * Turns the text of a log file into a validated `LogFile`, or throws a `LogFileError`
 * that says what is wrong and where.
 *
 * The happy path is a plain `JSON.parse` plus the direct checks of logValidation.ts; the
 * slower tolerant parser is only used once something is wrong, to find the line and
 * column to report.
 */
export function decodeLogFile(text: string, filePath: string): LogFile {
  return decodeLog(text, filePath).log;
}

export interface DecodedLog {
  readonly log: LogFile;
  /** The file is in an older format, upgraded on reading: its text does not say `log` as it is. */
  readonly upgraded: boolean;
}

/** `decodeLogFile`, saying too whether the log had to be upgraded from an older format. */
export function decodeLog(text: string, filePath: string): DecodedLog {
  const source = text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text;
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch {
    throw syntaxError(source, filePath);
  }
  rejectNewerVersion(value, filePath);
  const current = migrateToCurrent(value);
  const result = validateLog(current);
  if (!result.success) throw schemaError(source, filePath, result.error);
  return { log: result.data, upgraded: current !== value };
}

/** The text written for a log: JSON laid out as `format` says, with a final line ending. */
export function encodeLogFile(log: LogFile, format: TextFormat = DEFAULT_TEXT_FORMAT): string {
  const json = JSON.stringify(log, null, format.indent);
  const text = format.lineEnding === '\n' ? json : json.replace(/\n/g, '\r\n');
  return `${format.byteOrderMark ? BYTE_ORDER_MARK : ''}${text}${format.lineEnding}`;
}

function syntaxError(source: string, filePath: string): LogFileError {
  const encoding = encodingProblem(source, filePath);
  if (encoding) return encoding;
  if (source.trim() === '') {
    return new LogFileError(
      filePath,
      'syntax',
      l10n.t('the file is empty; a log starts as {0}', '{"version": 1, "moments": []}'),
      {
        line: 1,
        column: 1,
      },
    );
  }
  const problem = jsonSyntaxProblem(source);
  return new LogFileError(filePath, 'syntax', problem.detail, problem.position);
}

/**
 * Why `source`, which JSON.parse refused, is not JSON, in words, and where when that is
 * known: for every JSON file Growth Log reads (a log, a file of review forms).
 */
export function jsonSyntaxProblem(source: string): { readonly detail: string; readonly position?: SourcePosition } {
  const errors: ParseError[] = [];
  try {
    parseTolerant(source, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  } catch {
    // Nesting deep enough to exhaust the stack: report what is known.
    return { detail: l10n.t('the file is not valid JSON (nested too deeply to read)') };
  }
  const first = errors[0];
  // JSON.parse refused what the tolerant parser accepts: a lone surrogate, say.
  if (!first) return { detail: l10n.t('the file is not valid JSON') };
  return {
    detail: l10n.t('invalid JSON: {0}', (SYNTAX_PROBLEMS[first.error] ?? UNREADABLE)()),
    position: positionAt(source, first.offset),
  };
}

/** A UTF-16 or binary file, recognised by its NUL characters; undefined for anything else. */
function encodingProblem(source: string, filePath: string): LogFileError | undefined {
  if (!source.includes('\u0000')) return undefined;
  // UTF-16 read as UTF-8 shows every other character as a zero (after a mangled byte
  // order mark); anything else with NUL characters is binary.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for NUL characters is the point
  const utf16 = /^\uFFFD{0,2}[^\u0000]\u0000[^\u0000]\u0000/.test(source);
  return new LogFileError(
    filePath,
    'syntax',
    utf16
      ? l10n.t('the file looks like UTF-16 text; a log is UTF-8: save it as UTF-8')
      : l10n.t('the file holds binary data, not JSON text'),
    { line: 1, column: 1 },
  );
}

/** The JSON parser's problems in words, one for each code it can report (the type checks that). */
const SYNTAX_PROBLEMS: Record<ParseErrorCode, () => string> = {
  [ParseErrorCode.InvalidSymbol]: () => l10n.t('invalid symbol'),
  [ParseErrorCode.InvalidNumberFormat]: () => l10n.t('invalid number format'),
  [ParseErrorCode.PropertyNameExpected]: () => l10n.t('property name expected'),
  [ParseErrorCode.ValueExpected]: () => l10n.t('value expected'),
  [ParseErrorCode.ColonExpected]: () => l10n.t('colon expected'),
  [ParseErrorCode.CommaExpected]: () => l10n.t('comma expected'),
  [ParseErrorCode.CloseBraceExpected]: () => l10n.t('closing brace expected'),
  [ParseErrorCode.CloseBracketExpected]: () => l10n.t('closing bracket expected'),
  [ParseErrorCode.EndOfFileExpected]: () => l10n.t('end of file expected'),
  [ParseErrorCode.InvalidCommentToken]: () => l10n.t('comments are not allowed'),
  [ParseErrorCode.UnexpectedEndOfComment]: () => l10n.t('unexpected end of comment'),
  [ParseErrorCode.UnexpectedEndOfString]: () => l10n.t('unexpected end of string'),
  [ParseErrorCode.UnexpectedEndOfNumber]: () => l10n.t('unexpected end of number'),
  [ParseErrorCode.InvalidUnicode]: () => l10n.t('invalid Unicode escape'),
  [ParseErrorCode.InvalidEscapeCharacter]: () => l10n.t('invalid escape character'),
  [ParseErrorCode.InvalidCharacter]: () => l10n.t('invalid character'),
};

/** For a code a newer parser might add. */
const UNREADABLE = () => l10n.t('unreadable content');

function rejectNewerVersion(value: unknown, filePath: string): void {
  if (typeof value !== 'object' || value === null || !('version' in value)) return;
  const version = (value as { version: unknown }).version;
  if (typeof version === 'number' && Number.isInteger(version) && version > CURRENT_LOG_VERSION) {
    // Shown read-only when its moments still fit this version's format; never written.
    const readable = validateLog({ ...value, version: CURRENT_LOG_VERSION });
    throw new LogFileError(
      filePath,
      'newer-version',
      l10n.t(
        'the file is format version {0}, written by a newer Growth Log; this version reads up to {1}, so the log is read-only here. Update Growth Log to keep logging',
        version,
        CURRENT_LOG_VERSION,
      ),
      undefined,
      undefined,
      readable.success ? readable.data : undefined,
    );
  }
}

function schemaError(source: string, filePath: string, error: z.core.$ZodError): LogFileError {
  const issue = error.issues[0];
  if (!issue) return new LogFileError(filePath, 'schema', l10n.t('the file does not match the log format'));
  const path = issue.path.filter((segment): segment is string | number => typeof segment !== 'symbol');
  return new LogFileError(filePath, 'schema', issue.message, locateField(source, path), formatFieldPath(path));
}

/** Where the value at `path` (or, if it is missing, its nearest present parent) starts. */
function locateField(source: string, path: (string | number)[]) {
  let root: ReturnType<typeof parseTree>;
  try {
    root = parseTree(source);
  } catch {
    return undefined; // nested too deeply for the tolerant parser: the field path still says where
  }
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
