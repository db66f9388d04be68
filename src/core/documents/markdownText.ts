import { BIDI_CONTROLS, escapeControlCharacters } from '../../shared/controlCharacters';
import { isWebUrl } from '../../shared/webUrl';

/**
 * Text from a log, placed in Markdown so that it renders as written and nothing more: no
 * heading, list, table, quote, HTML, image or link that the document itself did not write.
 * The log is foreign input (a cloned repository can hold one), so every field of it that
 * reaches Markdown goes through one of the functions here.
 *
 * Ordinary text stays readable in the Markdown source: only the characters that can open or
 * close syntax are escaped. Every result is one line, and safe wherever it stands in a line,
 * the start included. Control characters and the bidirectional overrides and isolates show
 * as `\uXXXX`, as in the CLI (controlCharacters.ts): `Staff\u202e` would turn the sentence
 * around in a preview, and ESC ] 52 in a written `.md` writes the clipboard when the file is
 * printed in a terminal. In a web address they are percent-encoded instead.
 */

/**
 * Every character some editor, renderer or tool takes for a line break, CRLF as one: those
 * CommonMark knows, those Unicode adds, and the separators (U+001C to U+001E) some split on.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these control characters are the line breaks in question
const LINE_BREAK = /\r\n|[\n\r\v\f\u001c-\u001e\u0085\u2028\u2029]/g;

/**
 * Open or close inline Markdown or HTML wherever they stand: code, emphasis, links, tags,
 * table cells, strikethrough; `$` opens math in VS Code's preview; an escaped `@` keeps
 * linkify from making a `mailto:` link of an e-mail address.
 */
const INLINE_SYNTAX = /[\\`*_[\]<>|~$@]/g;

/** An ampersand that starts an entity such as `&lt;` or `&#60;`, which would render as the character it names. */
const ENTITY_START = /&(?=#?\w+;)/g;

/**
 * The second slash of a `//` that does not follow `http:` or `https:`. Linkify (on in VS
 * Code's preview) turns `//host` and `ftp://host` into links; an escaped slash keeps it
 * text. Web addresses still link, to the web, as the reader expects.
 */
const SLASHES_BEYOND_THE_WEB = /(https?:)?\/\//gi;

/**
 * What opens a citation of a moment (citation.ts): escaped in text from the log, so that a
 * summary cannot pass for a citation of another moment, which the editor would link.
 */
const CITATION_START = /\((?=\d{4}-\d{2}-\d{2}, )/g;

/** A heading, bullet or setext underline when the text starts a line, as a translation may place it. */
const LEADING_BLOCK_MARKER = /^[#+=-]/;
/** An ordered list item ("1." or "1)") when the text starts a line: the dot or parenthesis is escaped. */
const LEADING_LIST_NUMBER = /^(\d+)([.)])/;

/**
 * A web address inside text. VS Code's preview links any `http://` or `https://` it finds,
 * reading the address from the source, backslashes included — so an escape right after one
 * (`https://x.example\<iframe>`) would be swallowed into the link and the tag left raw.
 * Each is written as an autolink instead, which ends where the address ends.
 */
const WEB_ADDRESS_IN_TEXT = /https?:\/\/\S+/gi;

/** Plain text, escaped; a web address in it stays a link to the web. */
export function markdownText(text: string): string {
  const line = oneLine(text).trim();
  let written = '';
  let from = 0;
  for (const address of line.matchAll(WEB_ADDRESS_IN_TEXT)) {
    written += escapePlainText(line.slice(from, address.index), from === 0) + autolink(address[0]);
    from = address.index + address[0].length;
  }
  return written + escapePlainText(line.slice(from), from === 0);
}

/**
 * `<address>`, with what an autolink cannot hold percent-encoded, and `|`, which would
 * split a table's cell even inside one: it shows and opens that address.
 */
function autolink(address: string): string {
  const written = address.replace(/[<>|\p{Cc}]/gu, percentEncoded).replace(BIDI_CONTROLS, percentEncoded);
  // A renderer that refuses the address as a link (the HTML export takes only addresses that
  // parse) shows the autolink as text, where `*`, `_`, `~`, `` ` ``, `[`, `]` and `\` would
  // open emphasis or code: in an address that does not parse they are encoded too.
  return `<${isWebUrl(written) ? written : written.replace(/[*_~`[\]\\]/g, percentEncoded)}>`;
}

function percentEncoded(character: string): string {
  return encodeURIComponent(character).replace(
    /[*~_]/g,
    (unreserved) => `%${unreserved.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** Text with no web address in it, escaped; `atLineStart` when it may open a line, where block markers count. */
function escapePlainText(text: string, atLineStart: boolean): string {
  const escaped = escapeControlCharacters(text)
    .replace(INLINE_SYNTAX, (character) => `\\${character}`)
    .replace(ENTITY_START, '\\&')
    .replace(SLASHES_BEYOND_THE_WEB, (slashes, webScheme: string | undefined) => (webScheme ? slashes : '/\\/'))
    .replace(CITATION_START, '\\(');
  return atLineStart ? escaped.replace(LEADING_BLOCK_MARKER, '\\$&').replace(LEADING_LIST_NUMBER, '$1\\$2') : escaped;
}

/**
 * A code span showing `text` exactly (in running text: a table would split the span at a
 * `|`, so only `markdownText` goes into the document's table cells): its fence is longer than any run of backticks inside,
 * and it is padded with a space when the text would otherwise join the fence or lose the
 * one space CommonMark strips from each end.
 */
export function markdownCode(text: string): string {
  const content = escapeControlCharacters(oneLine(text));
  if (content === '') return '` `';
  // A loop, not Math.max(...runs): a log's text can hold more runs than a call takes arguments.
  let longestBacktickRun = 0;
  for (const run of content.matchAll(/`+/g)) longestBacktickRun = Math.max(longestBacktickRun, run[0].length);
  const fence = '`'.repeat(longestBacktickRun + 1);
  const needsPadding = /^[ `]|[ `]$/.test(content) && !/^ +$/.test(content);
  return needsPadding ? `${fence} ${content} ${fence}` : `${fence}${content}${fence}`;
}

/** `label` linking to `url` when that is a web address; otherwise the label as code, since no other scheme is followed. */
export function markdownLink(label: string, url: string): string {
  return isWebUrl(url) ? `[${markdownText(label)}](${linkDestination(url)})` : markdownCode(label);
}

/** A web address as a link showing itself; anything else (`command:`, `file:`, `javascript:`…) as code. */
export function markdownUrl(url: string): string {
  return isWebUrl(url) ? autolink(url) : markdownCode(url);
}

/** Backslash escapes, not percent-encoding, so the link opens the very address: `&` in a query must stay `&`. */
function linkDestination(url: string): string {
  return url
    .replace(/[\\()<>]/g, (character) => `\\${character}`)
    .replace(ENTITY_START, '\\&')
    .replace(BIDI_CONTROLS, percentEncoded);
}

function oneLine(text: string): string {
  return text.replace(LINE_BREAK, ' ');
}
