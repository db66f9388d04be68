import * as l10n from '@vscode/l10n';

/**
 * Where the parts of a JSON text are, found without building its value: the items of one
 * object or array, with their ranges and an object's keys, so a write can replace exactly
 * the bytes of what changed. Only text that `JSON.parse` accepted is scanned, which keeps
 * the scanner small: it steps over strings and nested values without checking them.
 */

export interface JsonItem {
  /** Where the item starts: a property's key, or an array element's value. */
  readonly start: number;
  /** Where its value starts: after the key and colon for a property, `start` for an element. */
  readonly valueStart: number;
  /** Just after its value. */
  readonly end: number;
  /** A property's key, decoded; undefined for an array element. */
  readonly key?: string;
  /** The value's own items, when the scan was asked to look inside it. */
  readonly inner?: JsonContainer;
}

export interface JsonContainer {
  /** The opening brace or bracket. */
  readonly start: number;
  /** Just after the closing brace or bracket. */
  readonly end: number;
  readonly items: readonly JsonItem[];
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const BYTE_ORDER_MARK = 0xfeff;

/** Where the top-level value of `text` starts, after any byte order mark and white space. */
export function rootValueStart(text: string): number {
  return skipWhitespace(text, text.charCodeAt(0) === BYTE_ORDER_MARK ? 1 : 0);
}

/**
 * The object or array whose opening brace or bracket is at `start`. The values of the
 * properties `lookInside` names, when objects or arrays, are scanned for their items in
 * the same pass (a log's moments, say, which make up most of its text).
 */
export function scanContainer(text: string, start: number, lookInside?: (key: string) => boolean): JsonContainer {
  const open = text.charCodeAt(start);
  if (open !== OPEN_BRACE && open !== OPEN_BRACKET) throw unfollowable(start);
  const isObject = open === OPEN_BRACE;
  const items: JsonItem[] = [];
  let index = skipWhitespace(text, start + 1);
  if (text.charCodeAt(index) === (isObject ? CLOSE_BRACE : CLOSE_BRACKET)) return { start, end: index + 1, items };
  for (;;) {
    const itemStart = index;
    let key: string | undefined;
    let valueStart = index;
    if (isObject) {
      const keyEnd = skipString(text, index);
      key = JSON.parse(text.slice(index, keyEnd)) as string;
      // Past the colon: the scanned text is valid JSON, so it is the next character after white space.
      valueStart = skipWhitespace(text, skipWhitespace(text, keyEnd) + 1);
    }
    const first = text.charCodeAt(valueStart);
    const inner =
      key !== undefined && lookInside?.(key) && (first === OPEN_BRACE || first === OPEN_BRACKET)
        ? scanContainer(text, valueStart)
        : undefined;
    const end = inner ? inner.end : skipValue(text, valueStart);
    items.push(
      key === undefined
        ? { start: itemStart, valueStart, end }
        : { start: itemStart, valueStart, end, key, ...(inner && { inner }) },
    );
    index = skipWhitespace(text, end);
    if (text.charCodeAt(index) !== COMMA) return { start, end: index + 1, items };
    index = skipWhitespace(text, index + 1);
  }
}

/** Just after the end of the string whose opening quote is at `quote`. */
export function skipString(text: string, quote: number): number {
  let from = quote + 1;
  for (;;) {
    const close = text.indexOf('"', from);
    if (close < 0) throw unfollowable(quote);
    let backslashes = 0;
    while (text.charCodeAt(close - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return close + 1;
    from = close + 1;
  }
}

/** The leading white space of the line that holds `offset`. */
export function indentationAt(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return text.slice(lineStart, skipSpacesAndTabs(text, lineStart));
}

/** Whether the text from `start` to `end` spans more than one line. */
export function spansLines(text: string, start: number, end: number): boolean {
  const lineBreak = text.indexOf('\n', start);
  return lineBreak >= 0 && lineBreak < end;
}

function skipValue(text: string, start: number): number {
  const first = text.charCodeAt(start);
  if (first === QUOTE) return skipString(text, start);
  if (first === OPEN_BRACE || first === OPEN_BRACKET) return skipNested(text, start);
  let end = start;
  while (end < text.length && !endsLiteral(text.charCodeAt(end))) end++;
  return end;
}

/** Just after the object or array at `start`, stepping over strings so their brackets do not count. */
function skipNested(text: string, start: number): number {
  let depth = 0;
  for (let index = start; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === QUOTE) index = skipString(text, index) - 1;
    else if (code === OPEN_BRACE || code === OPEN_BRACKET) depth++;
    else if ((code === CLOSE_BRACE || code === CLOSE_BRACKET) && --depth === 0) return index + 1;
  }
  throw unfollowable(start);
}

/** Only for text that is not the JSON it was taken for: a mistake in Growth Log, reported rather than written over. */
function unfollowable(offset: number): Error {
  return new Error(
    l10n.t('Growth Log lost its way in the text of the file at character {0}; nothing was written', offset),
  );
}

function skipWhitespace(text: string, start: number): number {
  let index = start;
  while (isWhitespace(text.charCodeAt(index))) index++;
  return index;
}

function skipSpacesAndTabs(text: string, start: number): number {
  let index = start;
  while (text.charCodeAt(index) === 0x20 || text.charCodeAt(index) === 0x09) index++;
  return index;
}

/** JSON's white space: space, tab, line feed, carriage return. */
function isWhitespace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
}

/** A number, true, false or null ends at white space or at what follows a value. */
function endsLiteral(code: number): boolean {
  return isWhitespace(code) || code === COMMA || code === CLOSE_BRACE || code === CLOSE_BRACKET;
}
