import { rootValueStart, scanContainer } from './jsonLayout';
import { encodeJson, lineStartLike, separatorOf } from './jsonStyle';
import type { TextFormat } from '../model/logFileCodec';
import type { Moment } from '../model/schema';
import type { EarlierMomentText } from './logFileEdits';

/**
 * Appending a moment to a big log without reading or writing the rest of it. What follows
 * the last moment in the file (the close of the moments array, any fields after it, the
 * final line ending) is its tail; appending replaces the tail with the new moments and the
 * same tail, the rest of the file copied as it is. The layout is found once per file (a
 * scan of its text) and holds for as long as only appends change the file, so later
 * appends need neither the text nor a scan. A property test holds this to the edits of
 * logFileEdits.ts, on files laid out in any way.
 */
export interface AppendLayout {
  /** Everything after the last moment. */
  readonly tail: string;
  /** What goes before each appended moment: what is between the file's last two moments. */
  readonly separator: string;
  /** How an appended moment's lines start; undefined when the moments are written on one line. */
  readonly lineStart: string | undefined;
}

/** The append layout of a log file's text, or undefined when it has no moment to append after. */
export function appendLayoutOf(text: string, format: TextFormat): AppendLayout | undefined {
  const root = scanContainer(text, rootValueStart(text), (key) => key === 'moments');
  // A top level that names a key twice is no place to splice: the full edit refuses it, saying where.
  const keys = root.items.map((item) => item.key);
  if (new Set(keys).size !== keys.length) return undefined;
  const momentsItem = root.items.find((item) => item.key === 'moments');
  if (!momentsItem) return undefined;
  const moments = momentsItem.inner;
  if (!moments) return undefined;
  const last = moments.items.at(-1);
  if (!last) return undefined;
  return {
    tail: text.slice(last.end),
    separator: separatorOf(text, moments),
    lineStart: lineStartLike(text, format, last, moments),
  };
}

/** The text that goes between the last moment and the tail to add `moments`. */
export function encodeAppendedMoments(
  moments: readonly Moment[],
  layout: AppendLayout,
  format: TextFormat,
  earlierText?: EarlierMomentText,
): string {
  return moments
    .map((moment) => `${layout.separator}${earlierText?.(moment) ?? encodeJson(moment, format, layout.lineStart)}`)
    .join('');
}
