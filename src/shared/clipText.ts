/**
 * Foreign text quoted in a message (a setting, a ladder's cell, a file's path) cut to a
 * length a person can read and a message channel can carry: a 25,000-character level
 * name is a mistake or an attack, and either way the message stays about it, not made of it.
 */

/** The length a quoted value is cut to. */
export const QUOTED_LENGTH = 80;

/** The length a quoted path is cut to: whole for any real path, far below every channel's limit for a hostile one. */
export const QUOTED_PATH_LENGTH = 300;

/** `text` cut to at most `max` characters, ending with an ellipsis when cut. */
export function clipEnd(text: string, max = QUOTED_LENGTH): string {
  if (text.length <= max) return text;
  return `${text.slice(0, Math.max(0, max - 1))}…`;
}

/** `text` cut to at most `max` characters with an ellipsis in the middle: a path keeps its start and its file name. */
export function clipMiddle(text: string, max: number): string {
  if (text.length <= max) return text;
  const kept = Math.max(0, max - 1);
  const head = Math.ceil(kept / 2);
  return `${text.slice(0, head)}…${text.slice(text.length - (kept - head))}`;
}
