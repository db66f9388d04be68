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
 * - `+payments` says which initiative (the piece of work) the moment belongs to, and is
 *   taken out of the summary. A `+` counts only at the start of a word and before a
 *   letter, so `C++`, `a+b` and `+1` stay words. A moment belongs to one initiative: a
 *   line naming two different ones is refused (see `initiativeProblem`).
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
  /** The initiative the line names with `+`; absent for none. */
  readonly initiative?: string;
}

export type QuickLogResult =
  | { readonly ok: true; readonly entry: QuickLogEntry }
  | { readonly ok: false; readonly error: string };

/** What the quick-log line understands, for the input box's prompt. */
export function quickLogHint(): string {
  return l10n.t(
    'Name people with @Sam, add tags with #testing, the initiative with +payments, star it with !, paste a PR link, give the day with ~yesterday',
  );
}

const PERSON = /^@([\p{L}\p{N}][\p{L}\p{N}_.-]*)(.*)$/u;
const TAG = /^#([\p{L}\p{N}][\p{L}\p{N}_/.-]*)$/u;
/** What ends a sentence or a clause, taken off the end of a name or a tag ("@Sam," names Sam). */
const TRAILING_PUNCTUATION: ReadonlySet<string> = new Set(['.', ',', ';', ':', '!', '?', ')', "'", '"', '-']);
/** `~` and a word or a date; `~3 hours` stays words. */
const DAY = /^~(\p{L}+|\d{4}-\d{2}-\d{2})[.,;:!?)]*$/u;
/** `+` and a letter, then letters, digits and `-_./`: `+payments`, `+q3-launch`, `+api/v2`. */
const INITIATIVE = /^\+(\p{L}[\p{L}\p{N}_./-]*)$/u;

/** The line's parts; `now` is what `~yesterday` and a weekday are counted from. */
export function parseQuickLog(line: string, now: Date = new Date()): QuickLogResult {
  const { dayProblem, initiativeProblem, ...entry } = readQuickLog(line, now);
  if (dayProblem !== undefined) return { ok: false, error: dayProblem };
  if (initiativeProblem !== undefined) return { ok: false, error: initiativeProblem };
  if (!entry.summary) {
    return { ok: false, error: l10n.t('Describe the moment in a few words. {0}.', quickLogHint()) };
  }
  return { ok: true, entry };
}

/** What a line says so far, even one that cannot be logged yet: for showing it while it is typed. */
export interface QuickLogReading extends QuickLogEntry {
  /** Why the day given with `~` is not understood, when it is not. */
  readonly dayProblem?: string;
  /**
   * Set when the line names two different initiatives. Neither is taken: the initiative
   * decides where the moment stands in the brag document, and a silent choice would file
   * it under the wrong piece of work without anyone noticing until review season.
   */
  readonly initiativeProblem?: string;
}

/** The line's parts as far as they are understood, with the first day that is not. */
export function readQuickLog(line: string, now: Date = new Date()): QuickLogReading {
  const words: string[] = [];
  let day: string | undefined;
  let dayProblem: string | undefined;
  const people: string[] = [];
  const tags: string[] = [];
  const links: string[] = [];
  const initiatives: string[] = [];
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
    const initiative = INITIATIVE.exec(withoutTrailingPunctuation(token));
    if (initiative?.[1]) {
      addUnique(initiatives, initiative[1]);
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
  const [initiative, secondInitiative] = initiatives;
  return {
    summary,
    people,
    tags,
    starred,
    links,
    ...(day === undefined ? {} : { day }),
    ...(initiative === undefined || secondInitiative !== undefined ? {} : { initiative }),
    ...(dayProblem === undefined ? {} : { dayProblem }),
    ...(initiative === undefined || secondInitiative === undefined
      ? {}
      : {
          initiativeProblem: l10n.t(
            'A moment belongs to one initiative: keep +{0} or +{1}, not both.',
            initiative,
            secondInitiative,
          ),
        }),
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
  readonly initiative?: string;
}

/**
 * The quick-log line that gives back `fields`, for editing a moment in the same input it
 * was logged with: each person's name in the summary becomes `@Name` again (or is added
 * at the end when the summary does not mention them), then the initiative (`+payments`),
 * the tags, the links, the day (`~2026-11-24`, when it is not today), then `!`.
 *
 * Returns the line and what it could not write so that it reads back the same — people
 * that are no `@` name (a name with an apostrophe, say), tags that are no `#tag`, links
 * that are not web links (a log can hold any URL), an initiative with a space in its name
 * — so an edit keeps them rather than drops them.
 */
export function formatQuickLog(
  fields: QuickLogFields,
  now: Date = new Date(),
): {
  line: string;
  unwritablePeople: string[];
  unwritableTags: string[];
  unwritableLinks: string[];
  unwritableInitiative?: string;
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
  const { initiative } = fields;
  const writesInitiative = initiative !== undefined && readsBackAsInitiative(initiative);
  const initiativeToken = writesInitiative ? [`+${initiative}`] : [];
  const day = fields.at === undefined ? undefined : formatLocalDate(new Date(fields.at));
  const dayToken = day === undefined || day === formatLocalDate(now) ? [] : [`~${day}`];
  const parts = [
    summary,
    ...trailing,
    ...initiativeToken,
    ...tags,
    ...links,
    ...dayToken,
    ...(fields.starred ? ['!'] : []),
  ];
  return {
    line: parts.join(' '),
    unwritablePeople,
    unwritableTags,
    unwritableLinks,
    ...(initiative === undefined || writesInitiative ? {} : { unwritableInitiative: initiative }),
  };
}

/** Whether `+initiative` in a line is read back as exactly `initiative`. */
function readsBackAsInitiative(initiative: string): boolean {
  const parsed = INITIATIVE.test(`+${initiative}`) && parseQuickLog(`x +${initiative}`);
  return parsed !== false && parsed.ok && parsed.entry.initiative === initiative;
}

/**
 * The initiative `name` names, spelt as the log already spells it: initiatives are one
 * whatever their case (`+Payments` files with `payments`), so the spelling of the
 * initiative's most recent moment is kept. `known` lists the log's initiatives, most
 * recent first; a name it lacks comes back trimmed.
 */
export function spellInitiative(name: string, known: readonly string[]): string {
  const key = initiativeKey(name);
  return known.find((existing) => initiativeKey(existing) === key) ?? name.trim();
}

/** What two spellings of one initiative share: `Payments ` and `payments` are one. */
export function initiativeKey(name: string): string {
  return name.trim().toLowerCase();
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
