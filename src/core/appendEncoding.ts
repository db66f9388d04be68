import { randomUUID } from 'node:crypto';
import { encodeLogFile, type TextFormat } from './logFileCodec';
import type { LogFile, Moment } from './schema';

/**
 * Appending a moment to a big log without encoding the whole log again. When the file
 * on disk is exactly `encodeLogFile(log, format)` and `log` has at least one moment, the
 * encoding of the log with more moments at the end is that text up to its last moment,
 * then the new moments, then the same tail (the close of the moments array, any fields
 * after it, the final line ending). A property test holds this to `encodeLogFile`.
 */

/** What follows the last moment in `encodeLogFile(log, format)`, for a log with moments. */
export function encodedTail(log: LogFile, format: TextFormat): string {
  // A placeholder no field can contain, so finding it cannot land inside other fields.
  const placeholder = JSON.stringify(`growth-log-placeholder-${randomUUID()}`);
  const text = encodeLogFile({ ...log, moments: [JSON.parse(placeholder) as Moment] }, format);
  return text.slice(text.indexOf(placeholder) + placeholder.length);
}

/** The text that goes between the last moment and the tail to add `moments`. */
export function encodeAppendedMoments(moments: readonly Moment[], format: TextFormat): string {
  // Moments sit two levels deep: in the top-level object, in the `moments` array.
  const lineStart = `${format.lineEnding}${format.indent}${format.indent}`;
  return moments.map((moment) => `,${lineStart}${JSON.stringify(moment, null, format.indent).replace(/\n/g, lineStart)}`).join('');
}
