/**
 * A separate process that appends moments to a log through the core store, for tests of
 * writers that race each other. Usage: node appendWorker.js FILE COUNT LABEL
 */
import { LogStore } from '../../src/core/storage/logStore';
import { createMoment } from '../../src/core/model/newMoment';

async function main(): Promise<void> {
  const [filePath, countText, label] = process.argv.slice(2);
  if (!filePath || !countText || !label) throw new Error('usage: appendWorker FILE COUNT LABEL');
  const store = new LogStore();
  for (let index = 0; index < Number(countText); index++) {
    const entry = { summary: `${label} ${index}`, people: [], tags: [label], starred: false, links: [] };
    await store.append(filePath, createMoment({ kind: 'mentoring', entry, now: new Date() }), { timeoutMs: 60_000 });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
