import { indentationAt, type JsonContainer, type JsonItem, skipString, spansLines } from './jsonLayout';
import type { TextFormat } from '../model/logFileCodec';

/**
 * How to write new JSON into a text so that it looks like what is around it, whoever
 * formatted the file: new items are separated as the container's items already are, and
 * laid out over lines (with the file's indentation and line ending) where their
 * neighbours are, on one line where their neighbours are.
 */

/** `value` as JSON: on one line, or when `lineStart` is given, over lines that start with it. */
export function encodeJson(value: unknown, format: TextFormat, lineStart: string | undefined): string {
  if (lineStart === undefined) return JSON.stringify(value);
  // JSON.stringify escapes line breaks inside strings, so every line break it writes is layout.
  return JSON.stringify(value, null, format.indent).replace(/\n/g, lineStart);
}

/**
 * How a value written in place of `item`'s, or beside it, starts its lines: like `item`'s
 * own value when that is a non-empty object or array, else like the container. Undefined
 * means on one line.
 */
export function lineStartLike(
  text: string,
  format: TextFormat,
  item: JsonItem,
  container: JsonContainer,
): string | undefined {
  const overLines = isFilledContainer(text, item)
    ? spansLines(text, item.valueStart, item.end)
    : spansLines(text, container.start, container.end);
  return overLines ? `${format.lineEnding}${indentationAt(text, item.start)}` : undefined;
}

/**
 * What goes between two items of `container`: what already does, or for a lone item, a
 * comma and the white space before it (for no item, a comma and a space).
 */
export function separatorOf(text: string, container: JsonContainer): string {
  const { items } = container;
  const last = items.at(-1);
  const previous = items.at(-2);
  if (!last) return ', ';
  return previous ? text.slice(previous.end, last.start) : `,${text.slice(container.start + 1, last.start)}`;
}

/** What goes between a key and its value in `object`: what already does (`": "`, say), or for no property, `": "`. */
export function colonOf(text: string, object: JsonContainer): string {
  const last = object.items.at(-1);
  return last ? text.slice(skipString(text, last.start), last.valueStart) : ': ';
}

/** Whether `item`'s value is an object or array with something in it. */
function isFilledContainer(text: string, item: JsonItem): boolean {
  const first = text[item.valueStart];
  return (first === '{' || first === '[') && !/^[[{]\s*[\]}]$/.test(text.slice(item.valueStart, item.end));
}
