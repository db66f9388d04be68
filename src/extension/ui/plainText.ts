/**
 * Text from outside Growth Log — a log file, a setting, git, a file name — shown in VS
 * Code's own UI. Several of those surfaces are richer than plain text: a notification or
 * a quick input's prompt turns `[label](command:…)` into a link that runs a command when
 * clicked, and labels, descriptions, titles and the status bar draw `$(name)` as an icon.
 * `plainText` makes such text read as the characters it is, whatever it holds.
 *
 * It imports nothing from VS Code, so the unit tests check it in plain Node; the
 * functions in this folder that show text call it on everything they are given.
 */

/** Invisible and never a line-break opportunity: it separates the characters of a pattern without changing what a reader sees. */
const WORD_JOINER = '\u2060';

/** Every character that ends a line somewhere: a notification or a label shows them as a space. */
const LINE_BREAKS = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/g;

/**
 * Control characters (C0 but tab, DEL, C1) and the bidirectional overrides that can make
 * text read in another order than it is stored.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this removes
const INVISIBLE_CONTROLS = /[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * `text` as plain characters on any VS Code surface: no link, no icon, no line break,
 * no control character. What a person reads is unchanged: the only additions are
 * invisible word joiners inside the two patterns VS Code would otherwise interpret.
 */
export function plainText(text: string): string {
  return text
    .replace(LINE_BREAKS, ' ')
    .replace(INVISIBLE_CONTROLS, '')
    .replace(/\]\(/g, `]${WORD_JOINER}(`)
    .replace(/\$\(/g, `$${WORD_JOINER}(`);
}
