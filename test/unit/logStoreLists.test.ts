import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { recordKinds } from '../../src/core/model/kindRecords';
import { mergePeople } from '../../src/core/model/people';
import { LogStore, mergeMoments } from '../../src/core/storage/logStore';
import { momentAt } from '../support/moments';
import { useTempDir } from '../support/tempDir';

describe('log store: people and kinds merge by id', () => {
  const tempDir = useTempDir();
  const logPath = () => path.join(tempDir(), 'growth-log.json');

  it("never loses another writer's people or kinds: each change applies to the log as it is on disk", async () => {
    const [window, otherWindow] = [new LogStore(), new LogStore()];
    await window.append(logPath(), momentAt('2026-11-17T10:00', { people: ['Sam', 'Sam Lee'] }));
    // The other window has read the log, and remembers it, before the first writes again.
    await otherWindow.read(logPath());
    await window.update(logPath(), (log) => recordKinds(log, [{ id: 'hiring', label: 'Hiring' }]));
    await otherWindow.update(logPath(), (log) => mergePeople(log, ['Sam', 'Sam Lee'], 'Sam Lee', () => 'p-sam'));
    await window.update(logPath(), (log) => mergePeople(log, ['Ana', 'Ana P'], 'Ana', () => 'p-ana'));
    await otherWindow.append(logPath(), momentAt('2026-11-18T10:00', { kind: 'hiring' }));

    const onDisk = JSON.parse(await fs.readFile(logPath(), 'utf8'));
    assert.deepEqual(onDisk.kinds, [{ id: 'hiring', label: 'Hiring' }]);
    assert.deepEqual(onDisk.people, [
      { id: 'p-sam', name: 'Sam Lee', aliases: ['Sam'] },
      { id: 'p-ana', name: 'Ana', aliases: ['Ana P'] },
    ]);
    assert.equal(onDisk.moments.length, 2);
  });

  it('changes only the bytes of the person that changed, in a hand-formatted file', async () => {
    const text = [
      '{ "version": 1,',
      '  "people": [',
      '    {"id": "p-ana", "name": "Ana",   "aliases": []},   ',
      '    {"id": "p-sam", "name": "Sam Lee", "aliases": ["Sam"], "since": 1e309},',
      '    {"id": "p-zoe", "name": "Zoe"}',
      '  ],',
      '  "moments": [],',
      '  "kinds": [ {"id": "hiring", "label": "Hiring"} ]',
      '}',
      '',
    ].join('\r\n');
    await fs.writeFile(logPath(), text);
    const store = new LogStore();
    await store.update(logPath(), (log) => mergePeople(log, ['Sam', 'sammy'], 'Sam Lee'));
    await store.update(logPath(), (log) => mergeMoments(log, [momentAt('2026-11-18T10:00', { kind: 'hiring' })]));
    const after = await fs.readFile(logPath(), 'utf8');
    assert.equal(
      after.split('\r\n').slice(0, 5).join('\r\n'),
      [
        '{ "version": 1,',
        '  "people": [',
        '    {"id": "p-ana", "name": "Ana",   "aliases": []},   ',
        '    {"id": "p-sam", "name": "Sam Lee", "aliases": ["Sam","sammy"], "since": 1e309},',
        '    {"id": "p-zoe", "name": "Zoe"}',
      ].join('\r\n'),
      'the other people, the layout and the number JSON cannot hold stay as written',
    );
    assert.ok(after.endsWith('  "kinds": [ {"id": "hiring", "label": "Hiring"} ]\r\n}\r\n'), after);
  });
});
