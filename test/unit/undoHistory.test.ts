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
const summaries = (log: LogFile) => log.moments.map((moment) => moment.summary);

describe('undo history', () => {
  const a = momentAt('2026-11-23T10:00', { summary: 'A' });
  const b = momentAt('2026-11-23T11:00', { summary: 'B' });
  const c = momentAt('2026-11-23T12:00', { summary: 'C' });

  it('undoes the change a button names, not the later one: log A, delete B, log C, undo the deletion', () => {
    const history = new UndoHistory();
    let log = mergeMoments(emptyLog(), [b]);
    log = mergeMoments(log, [a]);
    history.record(logged(a), log);
    log = removeMoments(log, [b.id]);
    const deletion = history.record(deleted(b), log);
    log = mergeMoments(log, [c]);
    history.record(logged(c), log);

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
    history.record(logged(a), mergeMoments(emptyLog(), [a]));
    history.record(logged(b), mergeMoments(emptyLog(), [a, b]));
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
    const firstEdit = history.record(edited(a), mergeMoments(emptyLog(), [first]));
    history.record(edited(first), mergeMoments(emptyLog(), [second]));
    const taken = history.take(firstEdit);
    assert.ok(taken.ok);
    assert.deepEqual(revertChange(mergeMoments(emptyLog(), [second]), taken.change), { ok: false });
    history.refuse(taken.change);
    assert.deepEqual(history.take(firstEdit), { ok: false, reason: 'changed-since', description: 'edit of A' });
  });

  it('refuses to bring back a deleted moment that was written again since, and a log whose moment was deleted since', () => {
    const history = new UndoHistory();
    const deletion = history.take(history.record(deleted(b), emptyLog()));
    assert.ok(deletion.ok);
    assert.deepEqual(revertChange(mergeMoments(emptyLog(), [{ ...b, summary: 'B again' }]), deletion.change), {
      ok: false,
    });
    const log = history.take(history.record(logged(c), mergeMoments(emptyLog(), [c])));
    assert.ok(log.ok);
    assert.deepEqual(revertChange(emptyLog(), log.change), { ok: false });
  });

  it('sees a moment read back from disk, its keys in another order, as unchanged', () => {
    const history = new UndoHistory();
    const taken = history.take(history.record(logged(a), mergeMoments(emptyLog(), [a])));
    assert.ok(taken.ok);
    const reordered = Object.fromEntries(Object.entries(a).reverse()) as Moment;
    assert.ok(revertChange(mergeMoments(emptyLog(), [reordered]), taken.change).ok);
  });

  it('puts a change whose undo could not be written back in its place, undoable again', () => {
    const history = new UndoHistory();
    const first = history.record(logged(a), emptyLog());
    history.record(logged(b), emptyLog());
    const taken = history.take(first);
    assert.ok(taken.ok);
    history.restore(taken.change);
    assert.equal(history.latest()?.description, 'log of B', 'restored where it was, not as the latest');
    assert.ok(history.take(first).ok);
  });

  it('says a change it never had, or no longer keeps, can no longer be undone', () => {
    const history = new UndoHistory();
    assert.deepEqual(history.take('41'), { ok: false, reason: 'unknown' });
    const oldest = history.record(logged(a), emptyLog());
    for (let index = 0; index < 60; index++) history.record(logged(b), emptyLog());
    assert.deepEqual(history.take(oldest), { ok: false, reason: 'unknown' });
  });

  it('tells its owner whenever its latest change may have changed', () => {
    let calls = 0;
    class Watched extends UndoHistory {
      protected override changed(): void {
        calls++;
      }
    }
    const history = new Watched();
    const id = history.record(logged(a), emptyLog());
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
