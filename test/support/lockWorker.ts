/**
 * A separate process that adds one moment to a log through the core store, with lock
 * options of the test's choosing, for tests of how writers judge each other's locks.
 * Usage: node lockWorker.js FILE SUMMARY STALE_MS TIMEOUT_MS [pause-inside-lock]
 *
 * With pause-inside-lock it prints "locked" once it holds the lock and has read the log,
 * then stops itself with SIGSTOP until the test sends SIGCONT. It stops itself, rather than
 * being stopped by the test, so that the pause lands inside the lock every time. It prints
 * "acknowledged" once the moment is saved.
 */
import { LogStore, mergeMoments } from '../../src/core/storage/logStore';
import { createMoment } from '../../src/core/model/newMoment';

async function main(): Promise<void> {
  const [filePath, summary, staleText, timeoutText, mode] = process.argv.slice(2);
  if (!filePath || !summary || !staleText || !timeoutText)
    throw new Error('usage: lockWorker FILE SUMMARY STALE_MS TIMEOUT_MS [pause-inside-lock]');
  const entry = { summary, people: [], tags: [], starred: false, links: [] };
  const moment = createMoment({ kind: 'mentoring', entry, now: new Date() });
  await new LogStore().update(
    filePath,
    (log) => {
      if (mode === 'pause-inside-lock') {
        // A write to a pipe is synchronous, so the test reads this before the pause.
        process.stdout.write('locked\n');
        process.kill(process.pid, 'SIGSTOP');
      }
      return mergeMoments(log, [moment]);
    },
    { staleMs: Number(staleText), timeoutMs: Number(timeoutText) },
  );
  process.stdout.write('acknowledged\n');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
