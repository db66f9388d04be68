import type { LogFile, Moment, Person } from '../model/schema';

/**
 * What Growth Log can take back: each change made in this window records how to reverse
 * itself, and gets an id, so that an Undo button undoes its own change — never a later,
 * unrelated one. The reversal is applied to the log as it is on disk then (under the
 * lock), so undoing never discards what another window wrote since; and a change whose
 * moments or people were changed since (by an edit, here or elsewhere) is not undone over
 * them. Each change belongs to the log it was made in: it is undone in that log only.
 */
export interface UndoableChange {
  /** Shown to the user: "deletion of “Paired with Sam…”". */
  readonly description: string;
  /** What the change was; a deletion is offered for undoing in the sidebar as well. */
  readonly action?: 'log' | 'edit' | 'deletion';
  readonly revert: (log: LogFile) => LogFile;
  /** The ids of the moments it wrote or removed: undoing it waits for them to be as it left them. */
  readonly touches?: readonly string[];
  /** The ids of the people (in the log's list of people) it wrote or removed, likewise. */
  readonly touchesPeople?: readonly string[];
}

/**
 * A change in the history, with its id, the log it was made in, and the moments and
 * people it touched as it left them (undefined: removed).
 */
export interface RecordedChange extends UndoableChange {
  readonly id: string;
  /** The real path of the log file the change was written to: it is undone there, or not at all. */
  readonly logPath: string;
  readonly left: ReadonlyMap<string, Moment | undefined>;
  readonly leftPeople: ReadonlyMap<string, Person | undefined>;
}

/** Why a change cannot be undone (any more). */
export type UndoRefusal =
  /** There is nothing in the history. */
  | { readonly reason: 'empty' }
  /** No change has this id: from an earlier session, or too old to be kept. */
  | { readonly reason: 'unknown' }
  | { readonly reason: 'undone'; readonly description: string }
  /** One of its moments is no longer as the change left it. */
  | { readonly reason: 'changed-since'; readonly description: string };

export type UndoLookup =
  | { readonly ok: true; readonly change: RecordedChange }
  | ({ readonly ok: false } & UndoRefusal);

/** How many changes are kept to undo, and how many undone ones are remembered to say so. */
const LIMIT = 50;

export class UndoHistory {
  private readonly changes: RecordedChange[] = [];
  /** Changes taken out of the history, by id: what a second click on their Undo is told. */
  private readonly settled = new Map<string, UndoRefusal & { readonly description: string }>();
  private sequence = 0;

  /** Records a change just saved as `saved` in the log file at (real path) `logPath`; returns its id, for its Undo buttons. */
  record(change: UndoableChange, saved: LogFile, logPath: string): string {
    const id = String(++this.sequence);
    const left = new Map((change.touches ?? []).map((momentId) => [momentId, findMoment(saved, momentId)]));
    const leftPeople = new Map((change.touchesPeople ?? []).map((personId) => [personId, findPerson(saved, personId)]));
    this.changes.push({ ...change, id, logPath, left, leftPeople });
    if (this.changes.length > LIMIT) this.changes.shift();
    this.changed();
    return id;
  }

  /**
   * Takes the change `id` (the most recent one when none is given) out of the history to
   * undo it, or says why it cannot be. Until `restore`, a second take of it is told it was undone.
   */
  take(id?: string): UndoLookup {
    const index = id === undefined ? this.changes.length - 1 : this.changes.findIndex((change) => change.id === id);
    const change = this.changes[index];
    if (!change) {
      if (id === undefined) return { ok: false, reason: 'empty' };
      return { ok: false, ...(this.settled.get(id) ?? { reason: 'unknown' }) };
    }
    this.changes.splice(index, 1);
    this.settle(change, 'undone');
    return { ok: true, change };
  }

  /** Puts a taken change back in its place, when undoing it failed to be written. */
  restore(change: RecordedChange): void {
    this.settled.delete(change.id);
    const index = this.changes.findIndex((other) => Number(other.id) > Number(change.id));
    this.changes.splice(index < 0 ? this.changes.length : index, 0, change);
    this.changed();
  }

  /** Notes that a taken change could not be undone because its moments were changed since. */
  refuse(change: RecordedChange): void {
    this.settle(change, 'changed-since');
  }

  /** The most recent change still to undo, if any. */
  latest(): RecordedChange | undefined {
    return this.changes.at(-1);
  }

  /** Called whenever what `latest` returns may have changed. */
  protected changed(): void {}

  private settle(change: RecordedChange, reason: 'undone' | 'changed-since'): void {
    this.settled.set(change.id, { reason, description: change.description });
    if (this.settled.size > LIMIT) this.settled.delete(this.settled.keys().next().value ?? '');
    this.changed();
  }
}

/**
 * `log` with `change` reverted, or `changed-since` when one of the moments or people it
 * touched is no longer as the change left it: reverting then would overwrite a later
 * edit, bring back a moment deleted since, or delete one edited since.
 */
export function revertChange(
  log: LogFile,
  change: RecordedChange,
): { readonly ok: true; readonly log: LogFile } | { readonly ok: false } {
  for (const [momentId, left] of change.left) {
    if (!sameValue(findMoment(log, momentId), left)) return { ok: false };
  }
  for (const [personId, left] of change.leftPeople) {
    if (!sameValue(findPerson(log, personId), left)) return { ok: false };
  }
  return { ok: true, log: change.revert(log) };
}

function findMoment(log: LogFile, id: string): Moment | undefined {
  return log.moments.find((moment) => moment.id === id);
}

function findPerson(log: LogFile, id: string): Person | undefined {
  return log.people?.find((person) => person.id === id);
}

/** Whether two moments (or two people) hold the same fields, whatever the order of their keys. */
function sameValue(a: Moment | Person | undefined, b: Moment | Person | undefined): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
      : inner,
  );
}
