import * as l10n from '@vscode/l10n';
import { distinctNames, PeopleDirectory, peopleResolver } from './people';
import { sameJson } from './sameJson';
import type { KindRecord, LogFile, Moment, Person } from './schema';

/**
 * Another log merged into this one, by id, as every list of the log merges: so the logs
 * of five repositories become one. Importing the same log twice adds nothing.
 *
 * - A moment this log does not have is added; one it has with the same content is
 *   already here; one it has with different content keeps this log's version, and is
 *   reported.
 * - The people and kinds of your own the imported log's moments use come with them. A
 *   person is matched by id, or else by any of their names (so "Sam" listed in both logs
 *   under different ids stays one person); names this log did not have become aliases.
 *   A kind this log already defines keeps its definition.
 */

export interface ImportReport {
  /** Moments added. */
  readonly added: number;
  /** Moments this log had already, the same. */
  readonly alreadyHere: number;
  /** Ids of moments this log has with other content: this log's were kept. */
  readonly conflicts: readonly string[];
  /** People added to the list (not counting names added to people already listed). */
  readonly peopleAdded: number;
  readonly kindsAdded: number;
}

export interface ImportResult {
  /** The merged log; `current` itself when the import adds nothing. */
  readonly log: LogFile;
  readonly report: ImportReport;
}

export function importLog(current: LogFile, source: LogFile): ImportResult {
  const byId = new Map(current.moments.map((moment) => [moment.id, moment]));
  const added: Moment[] = [];
  const conflicts: string[] = [];
  let alreadyHere = 0;
  for (const moment of source.moments) {
    const here = byId.get(moment.id);
    if (!here) {
      added.push(moment);
      byId.set(moment.id, moment);
    } else if (sameJson(here, moment)) alreadyHere++;
    else conflicts.push(moment.id);
  }
  let log: LogFile = added.length > 0 ? { ...current, moments: [...current.moments, ...added] } : current;
  const people = importPeople(log, peopleUsed(source));
  log = people.log;
  const kinds = importKinds(log, kindsUsed(source));
  return {
    log: kinds.log,
    report: { added: added.length, alreadyHere, conflicts, peopleAdded: people.added, kindsAdded: kinds.added },
  };
}

/** The people of `log`'s list that its moments name. */
function peopleUsed(log: LogFile): Person[] {
  const resolver = peopleResolver(log.people);
  const used = new Set<string>();
  for (const moment of log.moments) {
    for (const name of moment.people ?? []) {
      const person = resolver.personOf(name);
      if (person) used.add(person.id);
    }
  }
  return (log.people ?? []).filter((person) => used.has(person.id));
}

function kindsUsed(log: LogFile): KindRecord[] {
  const used = new Set(log.moments.map((moment) => moment.kind));
  return (log.kinds ?? []).filter((kind) => used.has(kind.id));
}

function importPeople(log: LogFile, incoming: readonly Person[]): { log: LogFile; added: number } {
  const directory = new PeopleDirectory(log.people);
  let added = 0;
  let changed = false;
  for (const person of incoming) {
    const names = [person.name, ...(person.aliases ?? [])];
    const here =
      directory.withId(person.id) ?? names.map((name) => directory.personOf(name)).find((entry) => entry !== undefined);
    if (!here) {
      directory.add(person);
      added++;
      changed = true;
      continue;
    }
    // A name someone here goes by already keeps meaning them: only names new to this log are added.
    const newNames = distinctNames(names).filter((name) => !directory.isKnown(name));
    if (newNames.length === 0) continue;
    directory.addAliases(here.id, newNames);
    changed = true;
  }
  // A log without people gains no empty list.
  return { log: changed ? { ...log, people: directory.people } : log, added };
}

function importKinds(log: LogFile, incoming: readonly KindRecord[]): { log: LogFile; added: number } {
  const known = new Set((log.kinds ?? []).map((kind) => kind.id));
  const missing = incoming.filter((kind) => !known.has(kind.id));
  // As the other log wrote them, fields this version does not know included.
  return {
    log: missing.length > 0 ? { ...log, kinds: [...(log.kinds ?? []), ...missing] } : log,
    added: missing.length,
  };
}

/**
 * What an import did, in a sentence or two: "Imported 12 moments and 2 people from
 * logs/api.json; 3 were already here." `source` is how to name the imported file.
 */
export function describeImport(report: ImportReport, source: string): string {
  const parts = [countOf(report.added, l10n.t('1 moment'), l10n.t('{0} moments', report.added))];
  if (report.peopleAdded > 0)
    parts.push(countOf(report.peopleAdded, l10n.t('1 person'), l10n.t('{0} people', report.peopleAdded)));
  if (report.kindsAdded > 0)
    parts.push(countOf(report.kindsAdded, l10n.t('1 kind'), l10n.t('{0} kinds', report.kindsAdded)));
  const [moments, second, third] = parts;
  const what =
    third !== undefined
      ? l10n.t('{0}, {1} and {2}', moments as string, second as string, third)
      : second !== undefined
        ? l10n.t('{0} and {1}', moments as string, second)
        : (moments as string);
  let sentence = l10n.t('Imported {0} from {1}', what, source);
  if (report.alreadyHere > 0)
    sentence = countOf(
      report.alreadyHere,
      l10n.t('{0}; 1 was already here', sentence),
      l10n.t('{0}; {1} were already here', sentence, report.alreadyHere),
    );
  const sentences = [`${sentence}.`];
  if (report.conflicts.length > 0)
    sentences.push(
      countOf(
        report.conflicts.length,
        l10n.t(
          '1 moment has the id of a different moment here, so the one here was kept: {0}.',
          report.conflicts.join(', '),
        ),
        l10n.t(
          '{0} moments have the ids of different moments here, so the ones here were kept: {1}.',
          report.conflicts.length,
          report.conflicts.join(', '),
        ),
      ),
    );
  return sentences.join(' ');
}

// Whole phrases for one and for more: word order and plural forms differ between languages.
function countOf(count: number, one: string, more: string): string {
  return count === 1 ? one : more;
}
