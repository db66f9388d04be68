import * as assert from 'node:assert/strict';
import { copyFileSync, promises as fs, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LogStore } from '../../src/core/storage/logStore';
import { createMoment } from '../../src/core/model/newMoment';
import type { GrowthLogTestApi } from '../../src/extension/extension';
import { COMMANDS } from '../../src/extension/ids';
import { REPO_ROOT } from '../../scripts/lib/repoRoot';
import { cli } from '../support/cli';
import { activateExtension, answerPrompts, logFilePath, removeLogFile } from './helpers';

describe('several writers and broken files, in VS Code', function () {
  this.timeout(120_000);
  let api: GrowthLogTestApi;

  before(async () => {
    api = await activateExtension();
  });

  beforeEach(removeLogFile);

  it('loses nothing with two writers in the extension host, the CLI, and a command, all at once', async () => {
    const perWriter = 25;
    // Each a window of its own, with its own store.
    const hostWriter = async (label: string) => {
      const store = new LogStore();
      for (let index = 0; index < perWriter; index++) {
        const entry = { summary: `${label} ${index}`, people: [], tags: [label], starred: false, links: [] };
        await store.append(logFilePath(), createMoment({ kind: 'mentoring', entry, now: new Date() }));
      }
    };
    const cliWriter = async () => {
      for (let index = 0; index < perWriter; index++) {
        const result = await cli(['add', 'delegation', `cli ${index}`, '#cli', '--file', logFilePath()]);
        assert.equal(result.code, 0, result.stderr);
      }
    };
    const viaCommand = (async () => {
      const answered = answerPrompts(api, [
        { type: 'Logged through the command meanwhile' },
        { type: '' },
        { pick: 'Skip' },
      ]);
      await vscode.commands.executeCommand(COMMANDS.logMentoring);
      await answered;
    })();
    await Promise.all([hostWriter('window-a'), hostWriter('window-b'), cliWriter(), viaCommand]);

    const log = await new LogStore().read(logFilePath());
    assert.equal(log.moments.length, 3 * perWriter + 1);
    for (const tag of ['window-a', 'window-b', 'cli'])
      assert.equal(log.moments.filter((m) => m.tags?.includes(tag)).length, perWriter, tag);
    assert.ok(log.moments.some((m) => m.summary === 'Logged through the command meanwhile'));
  });

  const fixtures = readdirSync(path.join(REPO_ROOT, 'test', 'fixtures', 'malformed')).filter((name) =>
    [
      'truncated.json',
      'merge-conflict.json',
      'top-level-array.json',
      'newer-version.json',
      'kind-uppercase.json',
      'utf16.json',
      'binary-garbage.json',
      'id-duplicate.json',
    ].includes(name),
  );
  for (const name of fixtures) {
    it(`refuses to write to ${name}`, async () => {
      await fs.mkdir(path.dirname(logFilePath()), { recursive: true });
      copyFileSync(path.join(REPO_ROOT, 'test', 'fixtures', 'malformed', name), logFilePath());
      const before = readFileSync(logFilePath());
      const answered = answerPrompts(api, [
        { type: 'Typed while the file was broken' },
        { type: '' },
        { pick: 'Skip' },
      ]);
      assert.equal(await vscode.commands.executeCommand(COMMANDS.logMentoring), undefined);
      await answered;
      assert.deepEqual(readFileSync(logFilePath()), before, 'the file is byte for byte as it was');
    });
  }
});
