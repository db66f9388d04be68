import type { PeopleResolver } from '../model/people';
import type { Moment } from '../model/schema';

type LeadSource = Pick<Moment, 'summary' | 'impact' | 'outcome' | 'people'>;

/** What a reader learns first about a moment, in two parts: the result, when there is one, and the summary after it. */
export interface MomentLeadParts {
  /** The outcome recorded later, else the impact written at the time; undefined when neither was written. */
  readonly result?: string;
  /** The summary, its first word lower-cased when it follows a result and is an ordinary English verb in the past tense. */
  readonly summary: string;
}

/**
 * What a reader should learn first about a moment, as plain text (escape it for the
 * document it goes into): the outcome recorded later, else the impact written at the
 * time, else the summary. A leader's work is judged by what it changed.
 *
 * "Sam now owns the CI dashboard — paired with Sam on flaky test triage": see
 * `momentLeadParts` for when the summary's first letter is lower-cased after the dash.
 */
export function momentLead(moment: LeadSource, people?: PeopleResolver): string {
  const { result, summary } = momentLeadParts(moment, people);
  return result ? `${result} — ${summary}` : summary;
}

/**
 * The lead in its parts, for a document that sets the result apart (in bold, say).
 *
 * After the dash the summary reads as the rest of one sentence, so a leading verb in the
 * past tense ("Paired", "Handed", "Ran": how moments are usually written) is lower-cased.
 * Nothing else is: not a name (of anyone on the moment, or anyone the log's people list
 * knows, aliases included), not an acronym, not a noun ("Review that…", or any German
 * noun), not a word we cannot tell from a proper noun ("Postgres"). A capital left after
 * the dash reads as a list item; a name lower-cased would be wrong.
 */
export function momentLeadParts(moment: LeadSource, people?: PeopleResolver): MomentLeadParts {
  const summary = moment.summary.trim();
  const result = moment.outcome?.text.trim() || moment.impact?.trim();
  if (!result) return { summary };
  return { result, summary: lowerCasedPastTenseStart(summary, moment.people ?? [], people) };
}

/** Irregular past tenses a leader's log starts with; regular ones end in "-ed". */
const IRREGULAR_PAST_TENSES: ReadonlySet<string> = new Set([
  'began',
  'brought',
  'built',
  'caught',
  'chose',
  'did',
  'drew',
  'drove',
  'fought',
  'found',
  'gave',
  'got',
  'had',
  'held',
  'hired',
  'kept',
  'knew',
  'led',
  'left',
  'lent',
  'made',
  'met',
  'paid',
  'put',
  'ran',
  'sat',
  'saw',
  'said',
  'sent',
  'set',
  'showed',
  'shut',
  'sold',
  'spent',
  'spoke',
  'stood',
  'taught',
  'told',
  'took',
  'thought',
  'threw',
  'went',
  'won',
  'wrote',
]);

/** A first word like "Priya" or "Postgres": a capital, then small letters only (so not "CI", "I", "iOS" or "McKay"). */
const ORDINARY_CAPITALISED_FIRST_WORD = /^\p{Lu}\p{Ll}+(?![\p{L}'’-])/u;

function lowerCasedPastTenseStart(summary: string, names: readonly string[], people?: PeopleResolver): string {
  const firstWord = ORDINARY_CAPITALISED_FIRST_WORD.exec(summary)?.[0];
  if (!firstWord) return summary;
  const word = firstWord.toLowerCase();
  const pastTense = IRREGULAR_PAST_TENSES.has(word) || (word.length >= 5 && word.endsWith('ed'));
  if (!pastTense || namesSomeone(word, names, people)) return summary;
  return word + summary.slice(firstWord.length);
}

/** Whether `word` (lower case) is a word of a name on the moment, or any name or alias the log's people list knows. */
function namesSomeone(word: string, names: readonly string[], people?: PeopleResolver): boolean {
  if (people?.personOf(word)) return true;
  return names.some((name) => {
    const person = people?.personOf(name);
    const spellings = [name, ...(person ? [person.name, ...(person.aliases ?? [])] : [])];
    return spellings.some((spelling) =>
      spelling
        .toLowerCase()
        .split(/[\s@_]+/u)
        .includes(word),
    );
  });
}
