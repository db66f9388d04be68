import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { LockTimeoutError, withFileLock } from '../../src/core/storage/fileLock';
import { LogFileError } from '../../src/core/model/logFileError';
import { LogStore, mergeMoments, removeMoments } from '../../src/core/storage/logStore';
import { emptyLog } from '../../src/core/model/schema';
import { useLogStore } from '../support/logStore';
import { momentAt } from '../support/moments';
import { useTempDir } from '../support/tempDir';

describe('log store', () => {
  const tempDir = useTempDir();
  const store = useLogStore();
  const logPath = () => path.join(tempDir(), '.vscode', 'growth-log.json');

  it('reads a missing file as an empty log', async () => {
    assert.deepEqual(await store().read(logPath()), emptyLog());
  });

  it('appends, creating the folder and a file laid out two-space, LF, with no byte order mark', async () => {
    const moment = momentAt(new Date());
    await store().append(logPath(), moment);
    const text = await fs.readFile(logPath(), 'utf8');
    assert.deepEqual(JSON.parse(text), { version: 1, moments: [moment] });
    assert.match(
      text,
      /^\{\n {2}"version": 1,\n {2}"moments": \[\n {4}\{\n {6}"id": /,
      'two-space indentation, from the first byte',
    );
    assert.doesNotMatch(text, /\r/, 'LF line endings');
  });

  it('leaves no temporary or lock files behind', async () => {
    await store().append(logPath(), momentAt(new Date()));
    assert.deepEqual(await fs.readdir(path.dirname(logPath())), ['growth-log.json']);
  });

  it('merges by id: appending the same moment twice keeps one', async () => {
    const moment = momentAt(new Date());
    await store().append(logPath(), moment);
    await store().append(logPath(), { ...moment, summary: 'edited' });
    const log = await store().read(logPath());
    assert.equal(log.moments.length, 1);
    assert.equal(log.moments[0]?.summary, 'edited');
  });

  it('keeps a moment written by someone else since our last read', async () => {
    const theirs = momentAt(new Date());
    const ours = momentAt(new Date());
    await store().read(logPath()); // our (now stale) view: empty
    await new LogStore().append(logPath(), theirs); // another window writes
    await store().append(logPath(), ours);
    assert.deepEqual(
      (await store().read(logPath())).moments.map((m) => m.id),
      [theirs.id, ours.id],
    );
  });

  for (const [name, contents] of [
    ['bad JSON', '{"version": 1, "moments": [}'],
    ['a schema error', '{"version": 1, "moments": [{"id": 1}]}'],
    ['a newer version', '{"version": 9, "moments": []}'],
  ] as const) {
    it(`never overwrites a file with ${name}, and says where the problem is`, async () => {
      await fs.mkdir(path.dirname(logPath()), { recursive: true });
      await fs.writeFile(logPath(), contents);
      await assert.rejects(store().append(logPath(), momentAt(new Date())), (error: unknown) => {
        assert.ok(error instanceof LogFileError);
        assert.ok(error.message.startsWith(logPath()), error.message);
        return true;
      });
      assert.equal(await fs.readFile(logPath(), 'utf8'), contents);
    });
  }

  it('refuses a file that is not UTF-8, naming the byte, and leaves it as it is', async () => {
    const text = `{\n  "version": 1,\n  "moments": [\n    {"id": "a", "kind": "mentoring", "at": "2026-11-20T14:03:00.000Z", "summary": "Jos\u00e9", "people": ["Jos\u00e9"]}\n  ]\n}\n`;
    const latin1 = Buffer.from(text, 'latin1');
    await fs.mkdir(path.dirname(logPath()), { recursive: true });
    await fs.writeFile(logPath(), latin1);
    for (const attempt of [() => store().append(logPath(), momentAt(new Date())), () => store().read(logPath())]) {
      await assert.rejects(attempt(), (error: unknown) => {
        assert.ok(error instanceof LogFileError);
        assert.equal(error.problem, 'syntax');
        assert.match(error.message, new RegExp(`byte ${latin1.indexOf(0xe9)} is not UTF-8`));
        assert.equal(error.position?.line, 4);
        return true;
      });
    }
    assert.deepEqual(await fs.readFile(logPath()), latin1);
  });

  it('keeps every byte it does not change: unknown fields, number literals, layout', async () => {
    const moment = (id: string) =>
      `{ "id": "${id}",  "kind": "mentoring", "at": "2026-11-20T14:03:00.000Z",\r\n\t\t"summary": "Paired", "big": 12345678901234567890123, "huge": 1e309, "zero": -0.0 }`;
    const text = `\uFEFF{\r\n\t"owner": { "since": 1.50, "score": 1E400 },\r\n\t"moments": [\r\n\t\t${moment('a')},\r\n\t\t${moment('b')},\r\n\t\t${moment('c')}\r\n\t],\r\n\t"version": 1.0\r\n}`;
    await fs.mkdir(path.dirname(logPath()), { recursive: true });
    await fs.writeFile(logPath(), text);

    const added = momentAt(new Date('2026-11-21T10:00:00Z'));
    await store().append(logPath(), added);
    let now = await fs.readFile(logPath(), 'utf8');
    const addedAt = now.indexOf(`"id": "${added.id}"`);
    assert.ok(addedAt > 0);
    assert.equal(
      now.slice(0, now.lastIndexOf(',', addedAt)),
      text.slice(0, text.indexOf('\r\n\t]')),
      'all before it kept',
    );
    assert.ok(
      now.endsWith('}\r\n\t],\r\n\t"version": 1.0\r\n}'),
      "its lines end as the file's do, and the tail is kept",
    );

    await store().update(logPath(), (log) =>
      mergeMoments(log, [{ ...(log.moments[1] as (typeof log.moments)[number]), summary: 'Edited' }]),
    );
    let expected = now.replace(`${moment('b')}`, moment('b').replace('"Paired"', '"Edited"'));
    now = await fs.readFile(logPath(), 'utf8');
    assert.equal(now, expected, 'an edit rewrites the edited field only');

    await store().update(logPath(), (log) => removeMoments(log, ['a']));
    expected = expected.replace(`${moment('a')},\r\n\t\t`, '');
    now = await fs.readFile(logPath(), 'utf8');
    assert.equal(now, expected, 'a delete removes the moment and one separator');
    assert.deepEqual(
      (await store().read(logPath())).moments.map(({ id, summary }) => [id, summary]),
      [
        ['b', 'Edited'],
        ['c', 'Paired'],
        [added.id, added.summary],
      ],
    );
  });

  it('writes nothing for a change that changes nothing', async () => {
    await fs.mkdir(path.dirname(logPath()), { recursive: true });
    const text =
      '{"version": 1, "moments": [ {"id": "a", "kind": "mentoring", "at": "2026-11-20T14:03:00.000Z", "summary": "x", "n": 1e309} ]}';
    await fs.writeFile(logPath(), text);
    const { ino } = await fs.stat(logPath());
    await store().update(logPath(), (log) => log);
    await store().update(logPath(), (log) => ({ ...log, moments: log.moments.map((moment) => ({ ...moment })) }));
    assert.equal(await fs.readFile(logPath(), 'utf8'), text);
    assert.equal((await fs.stat(logPath())).ino, ino);
  });

  it('puts a deleted moment back as it was written: Undo keeps numbers JSON cannot hold and the file’s own layout', async () => {
    await fs.mkdir(path.dirname(logPath()), { recursive: true });
    const weird =
      '{ "id" : "b", "kind" : "mentoring", "at" : "2026-11-20T14:03:00.000Z", "summary" : "x", "x-weird" : 1e309, "n" : 12345678901234567890123 }';
    const plain = (id: string) =>
      `{"id": "${id}", "kind": "mentoring", "at": "2026-11-20T14:03:00.000Z", "summary": "y"}`;
    await fs.writeFile(logPath(), `{"version": 1, "moments": [\n  ${plain('a')},\n  ${weird},\n  ${plain('c')}\n]}\n`);
    const taken = (await store().read(logPath())).moments.find((moment) => moment.id === 'b');
    assert.ok(taken);
    await store().update(logPath(), (log) => removeMoments(log, ['b']));
    assert.ok(!(await fs.readFile(logPath(), 'utf8')).includes('x-weird'));
    await store().update(logPath(), (log) => mergeMoments(log, [taken]));
    const text = await fs.readFile(logPath(), 'utf8');
    assert.ok(text.includes(weird), `the moment comes back byte for byte:\n${text}`);
    assert.deepEqual(
      (await new LogStore().read(logPath())).moments.map((moment) => moment.id),
      ['a', 'c', 'b'],
    );
  });

  it('refuses a change inside an object that names a key twice, rather than write the object anew', async () => {
    await fs.mkdir(path.dirname(logPath()), { recursive: true });
    const moment = (id: string) =>
      `{"id": "${id}", "kind": "mentoring", "at": "2026-11-20T14:03:00.000Z", "summary": "x", "n": 12345678901234567890123}`;
    const text = `{"version": 1,\n "moments": [${moment('a')}],\n "moments": [${moment('b')}, ${moment('c')}]}`;
    await fs.writeFile(logPath(), text);
    await assert.rejects(
      store().update(logPath(), (log) => removeMoments(log, ['b'])),
      (error: unknown) =>
        error instanceof LogFileError &&
        error.problem === 'schema' &&
        /"moments" appears twice/.test(error.message) &&
        /:3:2\b/.test(error.message),
    );
    assert.equal(await fs.readFile(logPath(), 'utf8'), text, 'the file is left as it was');
  });

  it('does not read a device, a pipe or an endless file as a log, and never waits on one', async () => {
    await fs.mkdir(path.dirname(logPath()), { recursive: true });
    const notAFile = (error: unknown) => error instanceof LogFileError && /not a regular file/.test(error.message);
    await fs.symlink('/dev/zero', logPath());
    await assert.rejects(store().read(logPath()), notAFile);
    await fs.rm(logPath());
    // Opening a pipe would wait for a writer for ever: it is refused at once.
    execFileSync('mkfifo', [logPath()]);
    await assert.rejects(store().read(logPath()), notAFile);
    await fs.rm(logPath());
    // A file whose size says nothing: counted as it is read, and refused past the limit.
    await fs.symlink('/proc/self/pagemap', logPath());
    const tooLarge = (error: unknown) => error instanceof LogFileError && /more than a log can be/.test(error.message);
    await assert.rejects(store().read(logPath()), tooLarge);
  });

  it('is not stopped by a folder named like a writer’s leftover, and leaves it alone', async () => {
    await fs.mkdir(path.dirname(logPath()), { recursive: true });
    const folder = path.join(path.dirname(logPath()), `.${path.basename(logPath())}.4000000.ab.tmp`);
    await fs.mkdir(folder);
    await store().append(logPath(), momentAt(new Date()));
    assert.equal((await store().read(logPath())).moments.length, 1);
    assert.ok((await fs.stat(folder)).isDirectory());
  });

  it('explains a folder where the file should be', async () => {
    await fs.mkdir(logPath(), { recursive: true });
    await assert.rejects(store().read(logPath()), /is a folder/);
  });

  it('refuses to write a change that would make the log invalid', async () => {
    await store().append(logPath(), momentAt(new Date()));
    const before = await fs.readFile(logPath(), 'utf8');
    await assert.rejects(
      store().update(logPath(), (log) => ({
        ...log,
        moments: [...log.moments, { ...momentAt(new Date()), kind: 'Not A Kind' }],
      })),
      LogFileError,
    );
    assert.equal(await fs.readFile(logPath(), 'utf8'), before);
  });

  describe('a log that is a symbolic link', () => {
    const target = () => path.join(tempDir(), 'dotfiles', 'growth-log.json');

    beforeEach(async () => {
      await fs.mkdir(path.dirname(target()), { recursive: true });
      await fs.mkdir(path.dirname(logPath()), { recursive: true });
      // Relative, as a dotfiles manager makes them: resolved from the link's folder.
      await fs.symlink(path.relative(path.dirname(logPath()), target()), logPath());
    });

    it('is written through: the link stays a link, and its target gets every write', async () => {
      const first = momentAt(new Date());
      const second = momentAt(new Date());
      await store().append(logPath(), first); // the target does not exist yet: created
      await store().append(logPath(), second);
      await store().update(logPath(), (log) => ({
        ...log,
        moments: log.moments.map((moment) => ({ ...moment, summary: 'edited' })),
      }));
      assert.ok((await fs.lstat(logPath())).isSymbolicLink());
      const onDisk = JSON.parse(await fs.readFile(target(), 'utf8')) as { moments: { id: string; summary: string }[] };
      assert.deepEqual(
        onDisk.moments.map((moment) => [moment.id, moment.summary]),
        [
          [first.id, 'edited'],
          [second.id, 'edited'],
        ],
      );
      assert.deepEqual(await fs.readdir(path.dirname(logPath())), ['growth-log.json']);
      assert.deepEqual(await fs.readdir(path.dirname(target())), ['growth-log.json']);
    });

    it('takes the same lock as a writer given the target itself', async () => {
      await store().append(target(), momentAt(new Date()));
      await withFileLock(target(), async () => {
        await assert.rejects(store().append(logPath(), momentAt(new Date()), { timeoutMs: 150 }), LockTimeoutError);
      });
      await store().append(logPath(), momentAt(new Date()));
      assert.equal((await store().read(target())).moments.length, 2);
    });
  });

  it('keeps the permission bits of the file it rewrites', async () => {
    await store().append(logPath(), momentAt(new Date()));
    assert.equal((await fs.stat(logPath())).mode & 0o777, 0o600, 'a new log is private');
    await fs.chmod(logPath(), 0o640);
    await store().append(logPath(), momentAt(new Date())); // spliced
    assert.equal((await fs.stat(logPath())).mode & 0o777, 0o640);
    await fs.chmod(logPath(), 0o664);
    await store().update(logPath(), (log) => ({ ...log, moments: log.moments.slice(1) })); // rewritten
    assert.equal((await fs.stat(logPath())).mode & 0o777, 0o664);
  });

  it('refuses to replace a read-only log, and still reads it', async () => {
    await store().append(logPath(), momentAt(new Date()));
    await fs.chmod(logPath(), 0o444);
    const before = await fs.readFile(logPath(), 'utf8');
    const { ino } = await fs.stat(logPath());
    for (const change of [
      () => store().append(logPath(), momentAt(new Date())),
      () => store().update(logPath(), (log) => ({ ...log, moments: [] })),
    ]) {
      await assert.rejects(change(), (error: unknown) => {
        assert.ok(error instanceof LogFileError);
        assert.equal(error.problem, 'io');
        assert.match(error.message, /read-only/);
        return true;
      });
    }
    assert.equal(await fs.readFile(logPath(), 'utf8'), before);
    assert.equal((await fs.stat(logPath())).ino, ino, 'not replaced by a rename');
    assert.equal((await fs.stat(logPath())).mode & 0o777, 0o444);
    assert.equal((await store().read(logPath())).moments.length, 1);
  });
});

describe('file lock', () => {
  const tempDir = useTempDir();

  it('makes a second writer wait for the first', async () => {
    const target = path.join(tempDir(), 'log.json');
    const order: string[] = [];
    let releaseFirst = () => {};
    const first = withFileLock(target, async () => {
      order.push('first in');
      await new Promise<void>((resolve) => (releaseFirst = resolve));
      order.push('first out');
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    const second = withFileLock(target, async () => void order.push('second'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    releaseFirst();
    await Promise.all([first, second]);
    assert.deepEqual(order, ['first in', 'first out', 'second']);
  });

  it('breaks a lock left by a process that no longer exists', async () => {
    const target = path.join(tempDir(), 'log.json');
    const { hostname } = await import('node:os');
    // A pid far above any pid_max in use: no such process.
    const dead = { pid: 2 ** 22 + 12345, host: hostname(), token: 'dead', since: Date.now() };
    await fs.writeFile(`${target}.lock`, JSON.stringify(dead));
    assert.equal(await withFileLock(target, async () => 'got it', { timeoutMs: 2000 }), 'got it');
    await assert.rejects(fs.stat(`${target}.lock`), /ENOENT/);
  });

  it('gives up with a clear error when a live lock is held too long', async () => {
    const target = path.join(tempDir(), 'log.json');
    const { hostname } = await import('node:os');
    const live = { pid: process.pid, host: hostname(), token: 'live', since: Date.now() };
    await fs.writeFile(`${target}.lock`, JSON.stringify(live));
    await assert.rejects(
      withFileLock(target, async () => 'never', { timeoutMs: 100 }),
      LockTimeoutError,
    );
  });

  it('merge keeps order and replaces by id', () => {
    const a = momentAt(new Date());
    const b = momentAt(new Date());
    const merged = mergeMoments({ version: 1, moments: [a, b] }, [{ ...a, summary: 'new' }, momentAt(new Date())]);
    assert.deepEqual(
      merged.moments.map((m) => m.summary),
      ['new', b.summary, merged.moments[2]?.summary],
    );
    assert.equal(merged.moments.length, 3);
  });
});
