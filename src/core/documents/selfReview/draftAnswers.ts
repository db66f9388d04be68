import { isWebUrl } from '../../../shared/webUrl';
import { findCitations } from '../citation';

/**
 * A self-review draft, read back as the user edits it: where each question's answer is,
 * what it says as plain text (what a review tool's web form takes), and how much of it
 * fits the question's limit.
 *
 * The draft marks each question with a comment under its heading:
 *
 *     ## What impact did you have?
 *
 *     <!-- growth-log:question id="impact" limit="1500" -->
 *
 * and the answer is everything from that line to the next heading of level one or two
 * (HTML comments left out). The user may rewrite the answer freely; only the marker is
 * needed to find it again.
 */

export interface DraftQuestion {
  /** The form's id of the question. */
  readonly id: string;
  /** The most characters its answer may have; undefined when the form sets no limit. */
  readonly limit: number | undefined;
  /** The zero-based line of the question's heading; the marker's own line when the heading was removed. */
  readonly headingLine: number;
  /** The zero-based line of the marker. */
  readonly markerLine: number;
  /** Where the answer is in the text: from the start of the line after the marker to the next heading (or the end). */
  readonly answerRange: { readonly start: number; readonly end: number };
  /** The answer's Markdown, without HTML comments. */
  readonly answerText: string;
}

/** A line of the text: where it starts, and its content (without its line break). */
interface Line {
  readonly start: number;
  readonly text: string;
}

/** How every question's marker starts: a document without it is no draft, and need not be parsed. */
export const QUESTION_MARKER_START = '<!-- growth-log:question ';
/** The marker the draft writes under each question's heading. */
const QUESTION_MARKER = /^ {0,3}<!-- growth-log:question id="([^"]*)" limit="(\d{1,9}|none)" -->[ \t]*$/;
/**
 * The marker the draft writes under each private section's heading ("Who can speak to your
 * work"): what follows it is for the user alone. It ends an answer, as a heading does, so
 * that removing the heading above it neither copies nor sends the section with the answer.
 */
export const PRIVATE_MARKER = '<!-- growth-log:private -->';
const PRIVATE_MARKER_LINE = /^ {0,3}<!-- growth-log:private -->[ \t]*$/;
/** A heading of level one or two: it ends an answer. */
const ANSWER_END_HEADING = /^ {0,3}#{1,2}(?:[ \t]|$)/;
/** Any ATX heading: the question's own, above its marker. */
const ANY_HEADING = /^ {0,3}#{1,6}(?:[ \t]|$)/;
/** A code fence's opening or closing line: inside one, nothing is a heading or a marker. */
const CODE_FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** Every question marked in `text`, in order, in one pass over its lines. Any line break works: LF, CRLF or CR. */
export function parseDraftQuestions(text: string): DraftQuestion[] {
  const lines = splitLines(text);
  const questions: DraftQuestion[] = [];
  let open: Omit<DraftQuestion, 'answerRange' | 'answerText'> | undefined;
  let lastHeading = -1;
  let lastMarker = -1;
  /** Ends the open question's answer where line `endLine` starts. */
  const close = (endLine: number) => {
    if (!open) return;
    const start = lines[open.markerLine + 1]?.start ?? text.length;
    const end = Math.max(start, lines[endLine]?.start ?? text.length);
    questions.push({
      ...open,
      answerRange: { start, end },
      answerText: withoutComments(text.slice(start, end)),
    });
    open = undefined;
  };
  forEachLineOutsideCode(lines, (line, index) => {
    const marker = QUESTION_MARKER.exec(line.text);
    if (marker) {
      close(index);
      open = {
        id: marker[1] ?? '',
        limit: marker[2] === 'none' ? undefined : Number(marker[2]),
        // The heading above, unless it is the previous question's (this one's was removed).
        headingLine: lastHeading > lastMarker ? lastHeading : index,
        markerLine: index,
      };
      lastMarker = index;
    } else if (PRIVATE_MARKER_LINE.test(line.text)) {
      close(index);
    } else if (ANY_HEADING.test(line.text)) {
      lastHeading = index;
      if (ANSWER_END_HEADING.test(line.text)) close(index);
    }
  });
  close(lines.length);
  return questions;
}

/**
 * `text` up to its first private section: the line of the first private marker, or the
 * first line that is one of `privateLines` (a private section's heading or its note: a
 * draft written before private sections were marked has only those to go by). Nothing
 * from there on is anyone's but the user's.
 */
export function beforePrivateSections(text: string, privateLines: readonly string[]): string {
  const known = new Set(privateLines.map((line) => line.trim()));
  const first = splitLines(text).find((line) => PRIVATE_MARKER_LINE.test(line.text) || known.has(line.text.trim()));
  return first === undefined ? text : text.slice(0, first.start);
}

/**
 * `text` without its HTML comments (on one line or several); an unclosed `<!--` is text.
 * Searched forward only, so a text of many unclosed comments costs no more than its length.
 */
function withoutComments(text: string): string {
  let kept = '';
  let from = 0;
  for (let open = text.indexOf('<!--'); open >= 0; open = text.indexOf('<!--', from)) {
    const close = text.indexOf('-->', open + 4);
    if (close < 0) break;
    kept += text.slice(from, open);
    from = close + 3;
  }
  return kept + text.slice(from);
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  for (const match of text.matchAll(/([^\r\n]*)(\r\n|\n|\r|$)/g)) {
    lines.push({ start: match.index, text: match[1] ?? '' });
    // The empty match at the very end of the text (after its last line break, or of an empty text).
    if (match[2] === '') break;
  }
  return lines;
}

/** Calls `visit` for each line that is not inside a fenced code block (nor a fence itself). */
function forEachLineOutsideCode(lines: readonly Line[], visit: (line: Line, index: number) => void): void {
  let fence: string | undefined;
  lines.forEach((line, index) => {
    const opening = CODE_FENCE.exec(line.text)?.[1];
    if (fence !== undefined) {
      if (closesFence(line.text, fence)) fence = undefined;
      return;
    }
    if (opening) {
      fence = opening;
      return;
    }
    visit(line, index);
  });
}

/** Whether `line` closes the code block `fence` opened: a fence of the same character, at least as long, alone. */
function closesFence(line: string, fence: string): boolean {
  const closing = CODE_FENCE.exec(line)?.[1];
  return closing !== undefined && closing[0] === fence[0] && closing.length >= fence.length && line.trim() === closing;
}

// ── Plain text ───────────────────────────────────────────────────────────────────────

/** The bullet a plain text box shows for a Markdown list item. */
const PLAIN_BULLET = '•';
const LIST_ITEM = /^([ \t]*)(?:([-*+])|(\d{1,9})([.)]))(?:[ \t]+(.*)|[ \t]*$)/;
const HEADING = /^ {0,3}#{1,6}(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const BLOCK_QUOTE = /^ {0,3}>[ \t]?/;
const THEMATIC_BREAK = /^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/;
/** Two spaces or a backslash at the end of a line: a line break Markdown keeps. */
const HARD_BREAK = / {2,}$|\\$/;

/**
 * An answer as the plain text a web form's text box should receive: what the Markdown
 * says, not how it is written. Escapes are undone, emphasis, code and autolink syntax
 * removed, list items start with `•` (numbers kept), the lines of one paragraph or item
 * are joined as a reader sees them, and a blank line stays between paragraphs. A web
 * link becomes `label (address)`; any other link (`command:`, `file:`…) is left exactly
 * as written, as text. Citations are kept as they are.
 */
export function answerPlainText(markdown: string): string {
  const output: string[] = [];
  /** Whether the next line of text continues the last output line (same paragraph or item). */
  let continues = false;
  let fence: string | undefined;
  for (const rawLine of withoutComments(markdown).split(/\r\n|\n|\r/)) {
    const opening = CODE_FENCE.exec(rawLine)?.[1];
    if (fence !== undefined) {
      if (closesFence(rawLine, fence)) fence = undefined;
      else output.push(rawLine);
      continue;
    }
    if (opening) {
      fence = opening;
      continues = false;
      continue;
    }
    const line = rawLine.replace(BLOCK_QUOTE, '');
    if (line.trim() === '' || THEMATIC_BREAK.test(line)) {
      if (output.length > 0 && output[output.length - 1] !== '') output.push('');
      continues = false;
      continue;
    }
    const hardBreak = HARD_BREAK.test(line);
    const content = hardBreak ? line.replace(/\\$/, '').trimEnd() : line;
    const item = LIST_ITEM.exec(content);
    const heading = item ? undefined : HEADING.exec(content);
    if (item) {
      const marker = item[2] ? PLAIN_BULLET : `${item[3]}${item[4]}`;
      output.push(`${item[1]}${marker} ${inlinePlainText(item[5] ?? '')}`.trimEnd());
    } else if (heading) {
      output.push(inlinePlainText(heading[1] ?? ''));
    } else if (continues && output.length > 0) {
      output[output.length - 1] = `${output[output.length - 1]} ${inlinePlainText(content.trim())}`;
    } else {
      output.push(inlinePlainText(content.trim()));
    }
    continues = !hardBreak && !heading;
  }
  while (output[output.length - 1] === '') output.pop();
  return output.join('\n');
}

/** What one line of Markdown text shows. */
function inlinePlainText(text: string): string {
  const tokens = inlineTokens(text);
  matchEmphasis(tokens);
  return tokens.map((token) => token.text).join('');
}

/** A piece of a line: text to show as it is, or a run of `*`, `_` or `~` that may open or close emphasis. */
interface InlineToken {
  text: string;
  readonly delimiter?: {
    readonly character: string;
    readonly canOpen: boolean;
    readonly canClose: boolean;
  };
}

const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
/**
 * The patterns below are bounded and stop at the characters that would end them, so
 * searching a line for them takes time linear in its length, however it was written.
 */
const AUTOLINK = /<((?:https?|mailto):[^<>\s]*|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)>/gi;
/** `[label](address)`: only a web address is spelled out in plain text; any other stays as written. */
const INLINE_LINK = /\[((?:\\.|[^[\]\\\n]){0,500})\]\(((?:\\.|[^()\\\s]){1,2000})\)/g;
const BACKTICKS = /`+/g;

/** Where each piece of `text` that is replaced as a whole starts: its end and what it shows. */
function wholePieces(text: string): Map<number, { readonly end: number; readonly shows: string }> {
  const pieces = new Map<number, { readonly end: number; readonly shows: string }>();
  // A citation is kept whole: nothing inside it can open or close emphasis.
  for (const citation of findCitations(text)) {
    pieces.set(citation.start, { end: citation.end, shows: withoutEscapes(text.slice(citation.start, citation.end)) });
  }
  for (const match of text.matchAll(AUTOLINK)) {
    pieces.set(match.index, { end: match.index + match[0].length, shows: match[1] ?? '' });
  }
  for (const match of text.matchAll(INLINE_LINK)) {
    const address = withoutEscapes(match[2] ?? '');
    if (!isWebUrl(address)) continue;
    const label = inlinePlainText(match[1] ?? '');
    pieces.set(match.index, {
      end: match.index + match[0].length,
      shows: label === address ? address : `${label} (${address})`,
    });
  }
  return pieces;
}

/** For each run of backticks, where the next run of the same length starts (a code span's end); -1 for none. */
function closingBackticks(text: string): Map<number, number> {
  const runs = [...text.matchAll(BACKTICKS)];
  const closing = new Map<number, number>();
  const lastOfLength = new Map<number, number>();
  for (let index = runs.length - 1; index >= 0; index--) {
    const run = runs[index];
    if (!run) continue;
    closing.set(run.index, lastOfLength.get(run[0].length) ?? -1);
    lastOfLength.set(run[0].length, run.index);
  }
  return closing;
}

function inlineTokens(text: string): InlineToken[] {
  const tokens: InlineToken[] = [];
  const pieces = wholePieces(text);
  const codeSpanEnds = closingBackticks(text);
  let plain = '';
  const flush = () => {
    if (plain !== '') tokens.push({ text: plain });
    plain = '';
  };
  let index = 0;
  while (index < text.length) {
    const character = text.charAt(index);
    const piece = pieces.get(index);
    if (piece) {
      plain += piece.shows;
      index = piece.end;
    } else if (character === '\\' && ASCII_PUNCTUATION.test(text.charAt(index + 1))) {
      plain += text.charAt(index + 1);
      index += 2;
    } else if (character === '`') {
      const length = runLength(text, index);
      const close = codeSpanEnds.get(index) ?? -1;
      if (close < 0) {
        plain += text.slice(index, index + length);
        index += length;
      } else {
        plain += codeSpanContent(text.slice(index + length, close));
        index = close + length;
      }
    } else if (character === '*' || character === '_' || character === '~') {
      flush();
      const length = runLength(text, index);
      const before = text.charAt(index - 1);
      const after = text.charAt(index + length);
      // `_` inside a word (snake_case) is no emphasis; `*` may be.
      const wordy = character === '_';
      tokens.push({
        text: text.slice(index, index + length),
        delimiter: {
          character,
          canOpen: !isSpaceOrEnd(after) && !(wordy && isWordCharacter(before)),
          canClose: !isSpaceOrEnd(before) && !(wordy && isWordCharacter(after)),
        },
      });
      index += length;
    } else {
      plain += character;
      index += 1;
    }
  }
  flush();
  return tokens;
}

/** Removes each pair of delimiter runs that opens and closes emphasis (or `~~` strikethrough); others stay as text. */
function matchEmphasis(tokens: InlineToken[]): void {
  /** The runs that may still open, per character, the nearest last. */
  const openers = new Map<string, InlineToken[]>();
  for (const token of tokens) {
    const delimiter = token.delimiter;
    if (!delimiter) continue;
    const stack = openers.get(delimiter.character) ?? [];
    openers.set(delimiter.character, stack);
    const opener = delimiter.canClose ? stack.pop() : undefined;
    if (opener) {
      const removed = Math.min(opener.text.length, token.text.length);
      opener.text = opener.text.slice(removed);
      token.text = token.text.slice(removed);
      if (token.text !== '' && delimiter.canOpen) stack.push(token);
    } else if (delimiter.canOpen) {
      stack.push(token);
    }
  }
}

/** How many times the character at `index` repeats from there. */
function runLength(text: string, index: number): number {
  let end = index + 1;
  while (text.charAt(end) === text.charAt(index)) end++;
  return end - index;
}

function isSpaceOrEnd(character: string): boolean {
  return character === '' || /\s/.test(character);
}

function isWordCharacter(character: string): boolean {
  return /[\p{L}\p{N}]/u.test(character);
}

/** A code span's text: one space stripped from each end when both have one, as CommonMark does. */
function codeSpanContent(content: string): string {
  return /^ .*[^ ].* $/.test(content) ? content.slice(1, -1) : content;
}

function withoutEscapes(text: string): string {
  return text.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

// ── Counting and the limit ───────────────────────────────────────────────────────────

/**
 * How many characters a web form counts in `text`: UTF-16 code units, as a browser's
 * `maxlength` and most review tools' counters do (an emoji counts as two), with a line
 * break as one.
 */
export function formCharacterCount(text: string): number {
  return text.length;
}

/** An answer cut to a limit: the text that fits, and the lines (or the part of one) left out. */
export interface FittedAnswer {
  readonly text: string;
  /** What was left out, line by line (blank lines not counted); empty when everything fits. */
  readonly omitted: readonly string[];
}

/**
 * `plain` cut to at most `limit` characters at a whole line, so no bullet or sentence is
 * left half-written; everything from the first line that does not fit is left out. Only
 * when not even the first line fits is that line cut, at the last sentence that fits, or
 * else at the last word.
 */
export function fitToLimit(plain: string, limit: number | undefined): FittedAnswer {
  if (limit === undefined || formCharacterCount(plain) <= limit) return { text: plain, omitted: [] };
  const lines = plain.split('\n');
  const kept: string[] = [];
  let length = 0;
  let index = 0;
  for (; index < lines.length; index++) {
    const line = lines[index] ?? '';
    const added = (kept.length > 0 ? 1 : 0) + formCharacterCount(line);
    if (length + added > limit) break;
    kept.push(line);
    length += added;
  }
  const omitted = lines.slice(index);
  if (!kept.some((line) => line.trim() !== '')) {
    const first = omitted.shift() ?? '';
    const head = cutLine(first, limit);
    return { text: head, omitted: [first.slice(head.length).trim(), ...omitted].filter(isNotBlank) };
  }
  while (kept.length > 0 && kept[kept.length - 1]?.trim() === '') kept.pop();
  return { text: kept.join('\n'), omitted: omitted.filter(isNotBlank) };
}

/** The longest start of `line` within `limit` that ends a sentence, else a word, else the limit itself. */
function cutLine(line: string, limit: number): string {
  // One character past the limit, so a sentence or word ending right at the limit is seen to end there.
  const window = line.slice(0, limit + 1);
  const lastEnd = (pattern: RegExp) => {
    let end = -1;
    for (const match of window.matchAll(pattern)) {
      const candidate = match.index + match[0].length;
      if (candidate <= limit) end = candidate;
    }
    return end;
  };
  const end = Math.max(lastEnd(/[.!?…](?=\s|$)/g), 0) || Math.max(lastEnd(/\S(?=\s|$)/g), 0) || limit;
  return line.slice(0, end);
}

function isNotBlank(line: string): boolean {
  return line.trim() !== '';
}
