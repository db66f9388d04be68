/**
 * Text from the log, or a file name, made safe to print to a terminal, which would act on
 * control characters rather than show them: ESC and the C1 controls start escape sequences
 * (ESC ] 52 writes the clipboard in some terminals; U+009B is a CSI on its own), carriage
 * return and backspace overwrite what is shown, and the bidirectional overrides and
 * isolates reorder it. Each is shown as a `\uXXXX` escape instead. Line feeds and tabs stay:
 * they lay the output out and can do no harm.
 *
 * `\uXXXX` is also how JSON escapes a character, so JSON passed through here is still valid
 * JSON that reads back as the same values. (JSON.stringify escapes the C0 controls itself,
 * but leaves DEL, C1 and the bidirectional controls raw.)
 */

// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const UNSAFE_FOR_TERMINAL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export function escapeForTerminal(text: string): string {
  return text.replace(
    UNSAFE_FOR_TERMINAL,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
