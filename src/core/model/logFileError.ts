/**
 * Why a log file could not be used. The message always names the file, and where it can,
 * the line and column (for a syntax error) or the field path (for a value that does not
 * fit the schema), so the user can go straight to the problem.
 */

import * as l10n from '@vscode/l10n';
import type { LogFile } from './schema';

export type LogFileProblem = 'syntax' | 'schema' | 'newer-version' | 'io';

export interface SourcePosition {
  /** 1-based. */
  readonly line: number;
  /** 1-based. */
  readonly column: number;
}

export class LogFileError extends Error {
  override readonly name = 'LogFileError';

  constructor(
    readonly filePath: string,
    readonly problem: LogFileProblem,
    readonly detail: string,
    readonly position?: SourcePosition,
    readonly fieldPath?: string,
    /** For a file from a newer version whose moments this version can still show. */
    readonly readOnlyLog?: LogFile,
  ) {
    super(describe(filePath, detail, position, fieldPath));
  }
}

function describe(filePath: string, detail: string, position?: SourcePosition, fieldPath?: string): string {
  const where = position ? `${filePath}:${position.line}:${position.column}` : filePath;
  return fieldPath ? `${where}: ${l10n.t('{0} at {1}', detail, fieldPath)}` : `${where}: ${detail}`;
}

/** Renders a zod-style path such as `["moments", 3, "kind"]` as `moments[3].kind`. */
export function formatFieldPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else text += text ? `.${String(segment)}` : String(segment);
  }
  return text || '(root)';
}

/** The 1-based line and column of a character offset in `text`. */
export function positionAt(text: string, offset: number): SourcePosition {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let index = 0; index < end; index++) {
    if (text.charCodeAt(index) === 10) {
      line++;
      lineStart = index + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}
