import * as assert from 'node:assert/strict';
import type { LogFile, Moment } from '../../src/core/model/schema';
import { emptyLog } from '../../src/core/model/schema';
import { mergeMoments, removeMoments } from '../../src/core/storage/logStore';
import { type UndoableChange, UndoHistory, revertChange } from '../../src/core/storage/undoHistory';
import { undoOfferSchema, webviewToHostSchema } from '../../src/protocol';
import { momentAt } from '../support/moments';

/** The changes the commands record, applied to `log` as the log store would. */
function logged(moment: Moment): UndoableChange {
  return {
    description: `log of ${moment.summary}`,
    action: 'log',
    revert: (log) => removeMoments(log, [moment.id]),
    touches: [moment.id],
  };
}
function deleted(moment: Moment): UndoableChange {
  return {
    description: `deletion of ${moment.summary}`,
    action: 'deletion',
    revert: (log) => mergeMoments(log, [moment]),
    touches: [moment.id],
  };
}
function edited(before: Moment): UndoableChange {
  return {
    description: `edit of ${before.summary}`,
    action: 'edit',
    revert: (log) => mergeMoments(log, [before]),
    touches: [before.id],
  };
}
/** The real path of the log the changes are made in. */
const LOG = '/home/dev/repo-a/.vscode/growth-log.json';
const summaries = (log: LogFile) => log.moments.map((moment) => moment.summary);

describe('undo history', () => {
  const a = momentAt('2026-11-23T10:00', { summary: 'A' });
  const b = momentAt('2026-11-23T11:00', { summary: 'B' });
  const c = momentAt('2026-11-23T12:00', { summary: 'C' });

  it('undoes the change a button names, not the later one: log A, delete B, log C, undo the deletion', () => {
    const history = new UndoHistory();
    let log = mergeMoments(emptyLog(), [b]);
    log = mergeMoments(log, [a]);
    history.record(logged(a), log, LOG);
    log = removeMoments(log, [b.id]);
    const deletion = history.record(deleted(b), log, LOG);
    log = mergeMoments(log, [c]);
    history.record(logged(c), log, LOG);

    const taken = history.take(deletion);
    assert.ok(taken.ok);
    const reverted = revertChange(log, taken.change);
    assert.ok(reverted.ok);
    assert.deepEqual(summaries(reverted.log), ['A', 'C', 'B'], 'B is back and C stays');

    assert.deepEqual(history.take(deletion), { ok: false, reason: 'undone', description: 'deletion of B' });
    assert.equal(history.latest()?.description, 'log of C', 'the last change is still there for Undo Last Change');
  });

  it('takes the most recent change when no id is given, then the one before, then says there is none', () => {
    const history = new UndoHistory();
    history.record(logged(a), mergeMoments(emptyLog(), [a]), LOG);
    history.record(logged(b), mergeMoments(emptyLog(), [a, b]), LOG);
    const last = history.take();
    const before = history.take();
    assert.ok(last.ok && before.ok);
    assert.deepEqual([last.change.description, before.change.description], ['log of B', 'log of A']);
    assert.deepEqual(history.take(), { ok: false, reason: 'empty' });
  });

  it('refuses to undo over a moment changed since, here or in another window', () => {
    const history = new UndoHistory();
    const first = { ...a, summary: 'A, first edit' };
    const second = { ...a, summary: 'A, second edit' };
    const firstEdit = history.record(edited(a), mergeMoments(emptyLog(), [first]), LOG);
    history.record(edited(first), mergeMoments(emptyLog(), [second]), LOG);
    const taken = history.take(firstEdit);
    assert.ok(taken.ok);
    assert.deepEqual(revertChange(mergeMoments(emptyLog(), [second]), taken.change), { ok: false });
    history.refuse(taken.change);
    assert.deepEqual(history.take(firstEdit), { ok: false, reason: 'changed-since', description: 'edit of A' });
  });

  it('refuses to bring back a deleted moment that was written again since, and a log whose moment was deleted since', () => {
    const history = new UndoHistory();
    const deletion = history.take(history.record(deleted(b), emptyLog(), LOG));
    assert.ok(deletion.ok);
    assert.deepEqual(revertChange(mergeMoments(emptyLog(), [{ ...b, summary: 'B again' }]), deletion.change), {
      ok: false,
    });
    const log = history.take(history.record(logged(c), mergeMoments(emptyLog(), [c]), LOG));
    assert.ok(log.ok);
    assert.deepEqual(revertChange(emptyLog(), log.change), { ok: false });
  });

  it('sees a moment read back from disk, its keys in another order, as unchanged', () => {
    const history = new UndoHistory();
    const taken = history.take(history.record(logged(a), mergeMoments(emptyLog(), [a]), LOG));
    assert.ok(taken.ok);
    const reordered = Object.fromEntries(Object.entries(a).reverse()) as Moment;
    assert.ok(revertChange(mergeMoments(emptyLog(), [reordered]), taken.change).ok);
  });

  it('puts a change whose undo could not be written back in its place, undoable again', () => {
    const history = new UndoHistory();
    const first = history.record(logged(a), emptyLog(), LOG);
    history.record(logged(b), emptyLog(), LOG);
    const taken = history.take(first);
    assert.ok(taken.ok);
    history.restore(taken.change);
    assert.equal(history.latest()?.description, 'log of B', 'restored where it was, not as the latest');
    assert.ok(history.take(first).ok);
  });

  it('says a change it never had, or no longer keeps, can no longer be undone', () => {
    const history = new UndoHistory();
    assert.deepEqual(history.take('41'), { ok: false, reason: 'unknown' });
    const oldest = history.record(logged(a), emptyLog(), LOG);
    for (let index = 0; index < 60; index++) history.record(logged(b), emptyLog(), LOG);
    assert.deepEqual(history.take(oldest), { ok: false, reason: 'unknown' });
  });

  it('remembers the log each change was made in, so it is undone there and nowhere else', () => {
    const history = new UndoHistory();
    const other = '/home/dev/repo-b/.vscode/growth-log.json';
    const inA = history.record(deleted(a), emptyLog(), LOG);
    const inB = history.record(deleted(b), emptyLog(), other);
    const takenA = history.take(inA);
    const takenB = history.take(inB);
    assert.ok(takenA.ok && takenB.ok);
    assert.deepEqual([takenA.change.logPath, takenB.change.logPath], [LOG, other]);
  });

  it('undoes an import exactly: the moments it added, unless one was edited since', () => {
    const history = new UndoHistory();
    const imported = mergeMoments(mergeMoments(emptyLog(), [a]), [b, c]);
    const importChange: UndoableChange = {
      description: 'import of other.json',
      revert: (log) => removeMoments(log, [b.id, c.id]),
      touches: [b.id, c.id],
    };
    const id = history.record(importChange, imported, LOG);
    const taken = history.take(id);
    assert.ok(taken.ok);
    const reverted = revertChange(imported, taken.change);
    assert.ok(reverted.ok);
    assert.deepEqual(summaries(reverted.log), ['A']);
    const edited = mergeMoments(imported, [{ ...c, summary: 'C, edited after the import' }]);
    assert.deepEqual(revertChange(edited, taken.change), { ok: false });
  });

  it('undoes a merge of people exactly: refused once the merged person was changed since', () => {
    const history = new UndoHistory();
    const sam = { id: 'p-sam', name: 'Sam' };
    const samLee = { id: 'p-sam-lee', name: 'Sam Lee' };
    const before: LogFile = { ...emptyLog(), people: [sam, samLee] };
    const merged: LogFile = { ...emptyLog(), people: [{ id: 'p-sam', name: 'Sam Lee', aliases: ['Sam'] }] };
    const mergeChange: UndoableChange = {
      description: 'merge into Sam Lee',
      revert: (log) => ({ ...log, people: [sam, samLee] }),
      touchesPeople: ['p-sam', 'p-sam-lee'],
    };
    const taken = history.take(history.record(mergeChange, merged, LOG));
    assert.ok(taken.ok);
    const reverted = revertChange(merged, taken.change);
    assert.ok(reverted.ok);
    assert.deepEqual(reverted.log.people, before.people);
    const renamed: LogFile = { ...emptyLog(), people: [{ id: 'p-sam', name: 'Samuel Lee', aliases: ['Sam'] }] };
    assert.deepEqual(revertChange(renamed, taken.change), { ok: false }, 'a rename since is not undone over');
    const readded: LogFile = { ...merged, people: [...(merged.people ?? []), samLee] };
    assert.deepEqual(revertChange(readded, taken.change), { ok: false }, 'a person added back since is kept');
  });

  it('tells its owner whenever its latest change may have changed', () => {
    let calls = 0;
    class Watched extends UndoHistory {
      protected override changed(): void {
        calls++;
      }
    }
    const history = new Watched();
    const id = history.record(logged(a), emptyLog(), LOG);
    const taken = history.take(id);
    assert.ok(taken.ok);
    history.restore(taken.change);
    assert.equal(calls, 3);
  });
});

describe('the sidebar’s Undo offer at the border', () => {
  it('carries a change id both ways, and nothing else passes as one', () => {
    assert.ok(webviewToHostSchema.safeParse({ type: 'undo', changeId: '12' }).success);
    for (const changeId of ['', 'last', '../1', '1; rm', 12, undefined]) {
      assert.equal(webviewToHostSchema.safeParse({ type: 'undo', changeId }).success, false, String(changeId));
    }
    assert.ok(undoOfferSchema.safeParse({ changeId: '3', label: 'Undo the deletion of “[a](command:x)”' }).success);
    assert.equal(undoOfferSchema.safeParse({ changeId: 'x', label: 'Undo' }).success, false);
  });
});
