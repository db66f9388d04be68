/**
 * The characters that act on text rather than show in it: the C0 controls but tab and line
 * feed (ESC starts an escape sequence: ESC ] 52 writes the clipboard in some terminals;
 * carriage return and backspace overwrite what is shown), DEL and the C1 controls (U+009B
 * is a CSI on its own), the Unicode line and paragraph separators, which break a line in
 * some, and the bidirectional overrides and isolates, which make text read in another
 * order than it is stored (`Staff\u202e` turns the rest of a sentence around).
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028-\u202e\u2066-\u2069]/g;

/**
 * `text` with each of those characters shown as a `\uXXXX` escape: a reader sees that one
 * was there, and which, and nothing acts on it. `\uXXXX` is also how JSON escapes a
 * character, so JSON passed through here is still valid JSON that reads back the same.
 */
export function escapeControlCharacters(text: string): string {
  return text.replace(CONTROL_CHARACTERS, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The bidirectional overrides and isolates alone: in a web address, where they are percent-encoded. */
export const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/gu;
