import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import * as vscode from 'vscode';
import { addWeeks, startOfWeek } from '../../src/core/time/calendar';
import { encodeLogFile } from '../../src/core/model/logFileCodec';
import type { GrowthLogTestApi } from '../../src/extension/extension';
import { COMMANDS } from '../../src/extension/ids';
import { realisticLog } from '../../scripts/lib/realisticLog';
import { recordFigure } from '../../scripts/lib/performanceRecord';
import { nextSnapshot } from '../support/nextSnapshot';
import { activateExtension, answerPrompts, logFilePath, readLogFileJson, removeLogFile } from './helpers';

const SIZE = 100_000;

/** The heap in use after a full garbage collection, in MB. */
function settledHeapMb(): number {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

describe(`a log of ${SIZE.toLocaleString('en')} moments in VS Code`, function () {
  this.timeout(180_000);
  let api: GrowthLogTestApi;

  before(async () => {
    api = await activateExtension();
    recordFigure({ name: 'bundle evaluation in the extension host', value: api.startup.evaluateMs, unit: 'ms' });
    recordFigure({ name: 'activate() in the extension host', value: api.startup.activateMs, unit: 'ms' });
  });

  after(async () => {
    await removeLogFile();
  });

  it('shows the week of a years-long log in the sidebar, and logs into it', async () => {
    const now = new Date();
    const log = realisticLog(SIZE, now);
    await fs.mkdir(path.dirname(logFilePath()), { recursive: true });
    await removeLogFile();
    const heapBefore = settledHeapMb();

    // Reading and indexing the whole log takes a while on a busy machine: wait as long as the test may.
    const loaded = nextSnapshot(api, (snapshot) => snapshot.totalMoments === SIZE, 120_000);
    const started = performance.now();
    await fs.writeFile(logFilePath(), encodeLogFile(log));
    await vscode.commands.executeCommand(COMMANDS.showWeeklySummary);
    const snapshot = await loaded;
    recordFigure({
      name: `${SIZE.toLocaleString('en')}-moment log: from writing the file to the sidebar's snapshot`,
      value: performance.now() - started,
      unit: 'ms',
    });

    const weekStart = startOfWeek(now, 'monday');
    const inWeek = log.moments.filter((moment) => {
      const at = Date.parse(moment.at);
      return at >= weekStart.getTime() && at < addWeeks(weekStart, 1).getTime();
    });
    assert.equal(snapshot.week.total, inWeek.length);
    assert.equal(snapshot.week.moments[0]?.id, inWeek.at(-1)?.id, 'newest first');
    assert.ok(snapshot.streak > 1000, `a streak of ${snapshot.streak} weeks`);
    recordFigure({
      name: `extension-host heap growth holding the ${SIZE.toLocaleString('en')}-moment log`,
      value: settledHeapMb() - heapBefore,
      unit: 'MB',
    });

    const grown = nextSnapshot(api, (next) => next.totalMoments === SIZE + 1, 60_000);
    const answered = answerPrompts(api, [
      { type: 'Walked Kim through the on-call runbook' },
      { type: '' },
      { pick: 'Skip' },
    ]);
    await vscode.commands.executeCommand(COMMANDS.logMentoring);
    await answered;
    assert.equal((await grown).week.moments[0]?.summary, 'Walked Kim through the on-call runbook');
    const saved = await readLogFileJson();
    assert.equal(saved.moments.length, SIZE + 1);
    assert.equal(saved.moments.at(-1)?.summary, 'Walked Kim through the on-call runbook');
    assert.deepEqual(
      saved.moments.slice(0, 3),
      log.moments.slice(0, 3),
      'the moments already there are kept as they were',
    );
  });
});
