import { escapeControlCharacters } from '../shared/controlCharacters';

/**
 * Text from the log, or a file name, made safe to print to a terminal, which would act on
 * control characters rather than show them: ESC and the C1 controls start escape sequences
 * (ESC ] 52 writes the clipboard in some terminals; U+009B is a CSI on its own), carriage
 * return and backspace overwrite what is shown, the bidirectional overrides and isolates
 * reorder it, and the Unicode line and paragraph separators break it in some. Each is shown
 * as a `\uXXXX` escape instead. Line feeds and tabs stay: they lay the output out. A field
 * printed on a line of its own is folded with `oneLine` first, so that a line feed inside
 * it cannot start a line that passes for another.
 *
 * `\uXXXX` is also how JSON escapes a character, so JSON passed through here is still valid
 * JSON that reads back as the same values. (JSON.stringify escapes the C0 controls itself,
 * but leaves DEL, C1 and the bidirectional controls raw.)
 */
export function escapeForTerminal(text: string): string {
  return escapeControlCharacters(text);
}

/** Every way text can break a line: CR LF, LF, CR, NEL and the Unicode line and paragraph separators. */
const LINE_BREAK = /\r\n|[\n\r\u0085\u2028\u2029]/g;

/** Shown where a one-line field held a line break. */
const FOLDED_LINE_BREAK = '⏎';

/**
 * `text` for one line of output, its line breaks folded into a visible ⏎: a summary, a
 * review's title or a file name read from a file can then never start a line of its own
 * that reads as another suggestion, moment or message.
 */
export function oneLine(text: string): string {
  return text.replace(LINE_BREAK, FOLDED_LINE_BREAK);
}

/**
 * The length of the longest of `texts`, 0 for none: the width a column is padded to. A
 * loop, not `Math.max(...lengths)`: a week of a large log holds more moments than one call
 * takes arguments.
 */
export function widest(texts: Iterable<string>): number {
  let width = 0;
  for (const text of texts) width = Math.max(width, text.length);
  return width;
}
