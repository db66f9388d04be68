import type { LogFile } from '../core/model/schema';

/**
 * What "Undo Last Change" can take back: each change made through Growth Log in this
 * window records how to reverse itself. The reversal is applied to the log as it is on
 * disk then (under the lock), so undoing never discards what another window wrote since.
 */
export interface UndoableChange {
  /** Shown to the user: "log of “Paired with Sam…”". */
  readonly description: string;
  readonly revert: (log: LogFile) => LogFile;
}

const LIMIT = 50;

export class UndoHistory {
  private readonly changes: UndoableChange[] = [];

  record(change: UndoableChange): void {
    this.changes.push(change);
    if (this.changes.length > LIMIT) this.changes.shift();
  }

  /** The most recent change, removed from the history. */
  takeLast(): UndoableChange | undefined {
    return this.changes.pop();
  }

  /** Puts a change back, when undoing it failed. */
  restore(change: UndoableChange): void {
    this.changes.push(change);
  }
}
