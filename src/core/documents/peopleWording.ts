import * as l10n from '@vscode/l10n';
import { peopleNotNamedIn } from '../model/quickLog';
import type { PeopleResolver } from '../model/people';
import type { Moment } from '../model/schema';
import type { KindDefinition } from '../model/taxonomy';
import { markdownText } from './markdownText';
import { remembered } from './remembered';

/**
 * How the people on a moment are named in a document, in the words the work calls for:
 * someone mentored or handed a task was supported; two colleagues in a conflict were
 * mediated between; a mentor, or whoever gave feedback, was learned from; everyone else was worked with. Saying
 * "supported" of a colleague one argued with, or a peer whose design one reviewed, would
 * misreport both of them.
 */
export type PeopleRelation = 'supported' | 'worked-with' | 'mediated' | 'learned-from';

/** Competencies whose moments develop another person: a kind led by one of them supports its people. */
const DEVELOPING_COMPETENCIES: ReadonlySet<string> = new Set(['team-development', 'delegation']);

/** The relation a kind's moments have to their people; a kind of one's own by its main competency. */
export function relationOf(kind: KindDefinition): PeopleRelation {
  if (kind.id === 'conflict') return 'mediated';
  if (kind.id === 'learning' || kind.id === 'feedback-received') return 'learned-from';
  const main = kind.competencies[0];
  return main !== undefined && DEVELOPING_COMPETENCIES.has(main) ? 'supported' : 'worked-with';
}

/** One name on a moment, as a document needs it. */
export interface NameOnMoment {
  /** What all of one person's names share (PeopleResolver.keyOf). */
  readonly key: string;
  /** The name to show. */
  readonly shown: string;
  /** Every way a text may name them: as written, their listed name and aliases, without `@`, with spaces for `_`. */
  readonly spellings: readonly string[];
  /** The same, in lower case. */
  readonly lowerSpellings: readonly string[];
}

/**
 * How each name on a moment is shown and may be written, remembered per name for one
 * document (a year names the same few people thousands of times). Undefined for a name
 * that would show as nothing (only line breaks, say): it names no one.
 */
export function namesOnMoments(resolver: PeopleResolver): (name: string) => NameOnMoment | undefined {
  return remembered((name: string) => {
    const shown = resolver.nameOf(name);
    if (markdownText(shown) === '') return undefined;
    const person = resolver.personOf(name);
    const written = [name, ...(person ? [person.name, ...(person.aliases ?? [])] : [])];
    const spellings = written.flatMap(spellingsOf);
    return {
      key: resolver.keyOf(name),
      shown,
      spellings,
      lowerSpellings: spellings.map((spelling) => spelling.toLowerCase()),
    };
  });
}

/**
 * The people of `moment` that `text` (what the document already says of it) does not name,
 * each by the name to show, once. A person counts as named when the text holds their name as
 * written on the moment, their listed name or any alias, as whole words and in any case:
 * "Paired with sam" names "@Sam", and names "Sam Lee" when the log lists "Sam" as an alias.
 */
export function peopleNotNamedInText(
  text: string,
  moment: Pick<Moment, 'people'>,
  nameOf: (name: string) => NameOnMoment | undefined,
): string[] {
  const names = (moment.people ?? []).flatMap((name) => nameOf(name) ?? []);
  if (names.length === 0) return [];
  const lowerText = text.toLowerCase();
  if (names.length === 1) {
    const [only] = names as [NameOnMoment];
    return isNamedIn(text, lowerText, only) ? [] : [only.shown];
  }
  const unnamed = new Map<string, string>();
  const named = new Set<string>();
  for (const name of names) {
    if (named.has(name.key)) continue;
    if (isNamedIn(text, lowerText, name)) {
      named.add(name.key);
      unnamed.delete(name.key);
    } else if (!unnamed.has(name.key)) unnamed.set(name.key, name.shown);
  }
  return [...unnamed.values()];
}

/**
 * Whether the text names the person by one of their spellings, as whole words. Most texts
 * that hold a spelling hold it as words where it first appears, found by one `indexOf`; only
 * when it first appears inside a longer word does the search go on, with peopleNotNamedIn,
 * which stays linear however long the text and the name.
 */
function isNamedIn(text: string, lowerText: string, name: NameOnMoment): boolean {
  let inside = false;
  for (const spelling of name.lowerSpellings) {
    const at = lowerText.indexOf(spelling);
    if (at < 0) continue;
    if (!isWordCharacter(lowerText[at - 1]) && !isWordCharacter(lowerText[at + spelling.length])) return true;
    inside = true;
  }
  return inside && peopleNotNamedIn(text, name.spellings).length < name.spellings.length;
}

/** A letter, digit or underscore in any script; ASCII told apart without a regular expression, as most names are. */
function isWordCharacter(character: string | undefined): boolean {
  if (character === undefined) return false;
  const code = character.charCodeAt(0);
  if (code < 128)
    return (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 95;
  return /[\p{L}\p{N}_]/u.test(character);
}

/** A name as a sentence may hold it: without the `@` of a mention, and with spaces for the underscores of `@Sam_Lee`. */
function spellingsOf(name: string): string[] {
  const bare = name.trim().replace(/^@/u, '');
  const spaced = bare.replace(/_/gu, ' ');
  // A blank spelling would be found anywhere, and names no one.
  return (spaced === bare ? [bare] : [bare, spaced]).filter((spelling) => spelling.trim() !== '');
}

/** "Supported Priya and Sam", "Mediated between Alex and Jo": `names` are shown as written, escaped here. */
export function peopleClause(relation: PeopleRelation, names: readonly string[], list: Intl.ListFormat): string {
  const who = list.format(names.map(markdownText));
  switch (relation) {
    case 'supported':
      return l10n.t('Supported {0}', who);
    case 'learned-from':
      return l10n.t('Learned from {0}', who);
    case 'mediated':
      // One person in a conflict is the other side of a hard conversation, not someone mediated between.
      return names.length > 1 ? l10n.t('Mediated between {0}', who) : l10n.t('With {0}', who);
    case 'worked-with':
      return l10n.t('Worked with {0}', who);
  }
}

/**
 * The people of a period in two sentences: whom the work supported, then everyone else it
 * involved (each person once, in the first that applies). Empty when no moment names anyone.
 */
export function peopleAtAGlance(
  moments: readonly Moment[],
  relation: (moment: Moment) => PeopleRelation,
  resolver: PeopleResolver,
  list: Intl.ListFormat,
): string[] {
  // One pass: each person by key, with the name first met, and whether any moment supported them.
  const everyone = new Map<string, { name: string; supported: boolean }>();
  for (const moment of moments) {
    if (!moment.people?.length) continue;
    const supports = relation(moment) === 'supported';
    for (const name of moment.people) {
      const key = resolver.keyOf(name);
      const person = everyone.get(key);
      if (!person) everyone.set(key, { name: resolver.nameOf(name), supported: supports });
      else if (supports) person.supported = true;
    }
  }
  const supported = [...everyone.values()].filter((person) => person.supported);
  const others = [...everyone.values()].filter((person) => !person.supported);
  const names = (people: readonly { name: string }[]) =>
    list.format(
      people
        .map((person) => person.name)
        .sort((a, b) => a.localeCompare(b))
        .map(markdownText),
    );
  const sentences: string[] = [];
  if (supported.length > 0) sentences.push(supportedSentence(supported.length, names(supported)));
  if (others.length > 0) sentences.push(workedWithSentence(others.length, names(others), supported.length > 0));
  return sentences;
}

// Each count is a whole sentence for the translator, one for one and one for more: word
// order and plural forms differ between languages.
function supportedSentence(count: number, names: string): string {
  return count === 1
    ? l10n.t('Supported **{0}** person: {1}.', count, names)
    : l10n.t('Supported **{0}** people: {1}.', count, names);
}

function workedWithSentence(count: number, names: string, afterSupported: boolean): string {
  if (afterSupported) {
    return count === 1
      ? l10n.t('Also worked with **{0}** person: {1}.', count, names)
      : l10n.t('Also worked with **{0}** people: {1}.', count, names);
  }
  return count === 1
    ? l10n.t('Worked with **{0}** person: {1}.', count, names)
    : l10n.t('Worked with **{0}** people: {1}.', count, names);
}

/**
 * `resolver`, remembering each answer: a year of moments names the same few people
 * thousands of times, and each question otherwise normalises the name again. For one
 * document; the log's people do not change while it is written.
 */
export function rememberingResolver(resolver: PeopleResolver): PeopleResolver {
  return {
    personOf: remembered((name: string) => resolver.personOf(name)),
    keyOf: remembered((name: string) => resolver.keyOf(name)),
    nameOf: remembered((name: string) => resolver.nameOf(name)),
  };
}
