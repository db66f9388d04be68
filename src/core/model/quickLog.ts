import * as l10n from '@vscode/l10n';
import { isWebUrl } from '../../shared/webUrl';
import { formatLocalDate } from '../time/calendar';
import { parseDayWord } from '../time/dayWords';
import { occurrencesOf, trimEndWhile } from './textSearch';

/**
 * The quick-log line: one sentence with light inline syntax, so two keystrokes and a
 * sentence are enough to log a moment.
 *
 *   "Paired with @Sam on flaky tests #testing !"
 *   → summary "Paired with Sam on flaky tests", people ["Sam"], tags ["testing"], starred
 *
 * - `@Name` names a person (underscores stand for spaces: `@Sam_Lee` is "Sam Lee"); the
 *   name stays in the summary, without the `@`.
 * - `#tag` adds a tag and is taken out of the summary.
 * - a lone `!` stars the moment.
 * - a web address (`https://…/pull/12`) is kept as a link and taken out of the summary.
 * - `~yesterday`, `~tue` or `~2026-11-24` says on which day it happened (today when there
 *   is none); the `~` keeps an ordinary "yesterday" in a sentence a word.
 */

export interface QuickLogEntry {
  readonly summary: string;
  readonly people: string[];
  readonly tags: string[];
  readonly starred: boolean;
  readonly links: string[];
  /** The local day (`YYYY-MM-DD`) the line names with `~`; absent for none. */
  readonly day?: string;
}

export type QuickLogResult =
  | { readonly ok: true; readonly entry: QuickLogEntry }
  | { readonly ok: false; readonly error: string };

/** What the quick-log line understands, for the input box's prompt. */
export function quickLogHint(): string {
  return l10n.t(
    'Name people with @Sam, add tags with #testing, star it with !, paste a PR link, give the day with ~yesterday',
  );
}

const PERSON = /^@([\p{L}\p{N}][\p{L}\p{N}_.-]*)(.*)$/u;
const TAG = /^#([\p{L}\p{N}][\p{L}\p{N}_/.-]*)$/u;
/** What ends a sentence or a clause, taken off the end of a name or a tag ("@Sam," names Sam). */
const TRAILING_PUNCTUATION: ReadonlySet<string> = new Set(['.', ',', ';', ':', '!', '?', ')', "'", '"', '-']);
/** `~` and a word or a date; `~3 hours` stays words. */
const DAY = /^~(\p{L}+|\d{4}-\d{2}-\d{2})[.,;:!?)]*$/u;

/** The line's parts; `now` is what `~yesterday` and a weekday are counted from. */
export function parseQuickLog(line: string, now: Date = new Date()): QuickLogResult {
  const { dayProblem, ...entry } = readQuickLog(line, now);
  if (dayProblem !== undefined) return { ok: false, error: dayProblem };
  if (!entry.summary) {
    return { ok: false, error: l10n.t('Describe the moment in a few words. {0}.', quickLogHint()) };
  }
  return { ok: true, entry };
}

/** What a line says so far, even one that cannot be logged yet: for showing it while it is typed. */
export interface QuickLogReading extends QuickLogEntry {
  /** Why the day given with `~` is not understood, when it is not. */
  readonly dayProblem?: string;
}

/** The line's parts as far as they are understood, with the first day that is not. */
export function readQuickLog(line: string, now: Date = new Date()): QuickLogReading {
  const words: string[] = [];
  let day: string | undefined;
  let dayProblem: string | undefined;
  const people: string[] = [];
  const tags: string[] = [];
  const links: string[] = [];
  let starred = false;

  for (const token of line.split(/\s+/u).filter(Boolean)) {
    if (token === '!') {
      starred = true;
      continue;
    }
    if (isWebUrl(token)) {
      addUnique(links, token);
      continue;
    }
    const dayWord = DAY.exec(token)?.[1];
    if (dayWord) {
      const named = parseDayWord(dayWord, now);
      if (named.ok) day = named.day;
      else dayProblem ??= named.error;
      continue;
    }
    const tag = TAG.exec(withoutTrailingPunctuation(token));
    if (tag?.[1]) {
      addUnique(tags, tag[1]);
      continue;
    }
    const person = PERSON.exec(token);
    if (person?.[1]) {
      // "@Sam," names Sam; the comma belongs to the sentence.
      const rawName = withoutTrailingPunctuation(person[1]);
      const name = rawName.replace(/_/gu, ' ');
      addUnique(people, name);
      words.push(name + person[1].slice(rawName.length) + (person[2] ?? ''));
      continue;
    }
    words.push(token);
  }

  const summary = words.join(' ').trim();
  return {
    summary,
    people,
    tags,
    starred,
    links,
    ...(day === undefined ? {} : { day }),
    ...(dayProblem === undefined ? {} : { dayProblem }),
  };
}

function withoutTrailingPunctuation(text: string): string {
  return trimEndWhile(text, (character) => TRAILING_PUNCTUATION.has(character));
}

function addUnique(list: string[], value: string): void {
  const lower = value.toLocaleLowerCase();
  if (!list.some((existing) => existing.toLocaleLowerCase() === lower)) list.push(value);
}

/** The parts of a moment the quick-log line carries. */
export interface QuickLogFields {
  readonly summary: string;
  readonly people?: readonly string[];
  readonly tags?: readonly string[];
  readonly starred?: boolean;
  readonly links?: readonly string[];
  /** When the moment happened: written as `~YYYY-MM-DD` unless it is the day of `now`. */
  readonly at?: string;
}

/**
 * The quick-log line that gives back `fields`, for editing a moment in the same input it
 * was logged with: each person's name in the summary becomes `@Name` again (or is added
 * at the end when the summary does not mention them), then the tags, the links, the day
 * (`~2026-11-24`, when it is not today), then `!`.
 *
 * Returns the line and what it could not write so that it reads back the same — people
 * that are no `@` name (a name with an apostrophe, say), tags that are no `#tag`, links
 * that are not web links (a log can hold any URL) — so an edit keeps them rather than
 * drops them.
 */
export function formatQuickLog(
  fields: QuickLogFields,
  now: Date = new Date(),
): {
  line: string;
  unwritablePeople: string[];
  unwritableTags: string[];
  unwritableLinks: string[];
} {
  let summary = fields.summary;
  const trailing: string[] = [];
  const unwritablePeople: string[] = [];
  for (const person of fields.people ?? []) {
    const token = `@${person.replace(/ /gu, '_')}`;
    if (!isWholePersonToken(token, person)) {
      unwritablePeople.push(person);
      continue;
    }
    const mention = findMention(summary, person);
    if (mention >= 0) summary = summary.slice(0, mention) + token + summary.slice(mention + person.length);
    else trailing.push(token);
  }
  const [writableTags, unwritableTags] = partition(fields.tags ?? [], readsBackAsTag);
  const [links, unwritableLinks] = partition(fields.links ?? [], isWebUrl);
  const tags = writableTags.map((tag) => `#${tag}`);
  const day = fields.at === undefined ? undefined : formatLocalDate(new Date(fields.at));
  const dayToken = day === undefined || day === formatLocalDate(now) ? [] : [`~${day}`];
  const parts = [summary, ...trailing, ...tags, ...links, ...dayToken, ...(fields.starred ? ['!'] : [])];
  return { line: parts.join(' '), unwritablePeople, unwritableTags, unwritableLinks };
}

/** Whether `#tag` in a line is read back as exactly `tag`. */
function readsBackAsTag(tag: string): boolean {
  const parsed = TAG.test(`#${tag}`) && parseQuickLog(`x #${tag}`);
  return parsed !== false && parsed.ok && parsed.entry.tags.length === 1 && parsed.entry.tags[0] === tag;
}

function partition<T>(items: readonly T[], test: (item: T) => boolean): [T[], T[]] {
  return [items.filter(test), items.filter((item) => !test(item))];
}

/** Whether `@token` would be read back as exactly `person`. */
function isWholePersonToken(token: string, person: string): boolean {
  const match = PERSON.exec(token);
  return (
    match?.[1] !== undefined && match[2] === '' && withoutTrailingPunctuation(match[1]).replace(/_/gu, ' ') === person
  );
}

/**
 * Where `person` stands in `summary` so that writing `@` before it (and `_` for its
 * spaces) reads back as exactly that person, or -1: the mention starts a word, and what
 * follows it in that word would not be read as part of the name ("e" in "e-mail" is no
 * mention of "e"). `person` is one `isWholePersonToken` accepts, so the name read back
 * would run on over a letter, a digit or `_` after it, even past full stops and hyphens
 * (which alone are taken off its end as punctuation), and stop at anything else.
 */
function findMention(summary: string, person: string): number {
  for (const index of occurrencesOf(summary, person)) {
    const before = summary[index - 1];
    if (before !== undefined && !/\s/u.test(before)) continue;
    let after = index + person.length;
    // `person` does not end in a full stop or hyphen, so the runs skipped after two mentions never overlap.
    while (summary[after] === '.' || summary[after] === '-') after++;
    if (!/^[\p{L}\p{N}_]/u.test(summary.slice(after, after + 2))) return index;
  }
  return -1;
}

/**
 * The people of a moment its summary does not already name, so that "Paired with Sam on
 * flaky tests" is not followed by "with Sam" (a quick-log @mention stays in the summary
 * as the name). A name counts as named when it stands in the summary as whole words, in
 * any case.
 */
export function peopleNotNamedIn(summary: string, people: readonly string[]): string[] {
  const text = summary.toLocaleLowerCase();
  return people.filter((person) => !standsAsWords(text, person.toLocaleLowerCase()));
}

function standsAsWords(text: string, words: string): boolean {
  if (words.trim() === '') return false;
  for (const index of occurrencesOf(text, words)) {
    const before = text[index - 1];
    const after = text[index + words.length];
    if (!isWordCharacter(before) && !isWordCharacter(after)) return true;
  }
  return false;
}

function isWordCharacter(character: string | undefined): boolean {
  return character !== undefined && /[\p{L}\p{N}_]/u.test(character);
}
