import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { appendLayoutOf, encodeAppendedMoments } from '../../src/core/storage/appendEncoding';
import { encodeLogFile } from '../../src/core/model/logFileCodec';
import { isCertainlyValidMoment, validateLog } from '../../src/core/model/logValidation';
import {
  codeLocationSchema,
  logFileSchema,
  momentSchema,
  type LogFile,
  type Moment,
} from '../../src/core/model/schema';
import { Timeline, TimelineCache } from '../../src/core/insights/timeline';
import { formatArbitrary, logArbitrary, momentArbitrary } from '../support/arbitraries';
import { useLogStore } from '../support/logStore';
import { useTempDir } from '../support/tempDir';

/**
 * The shortcuts that make a big log fast must give exactly what the plain way gives:
 * the direct checks never accept what zod refuses, a spliced append is byte for byte the
 * full encoding, and the timeline answers as a scan of the whole log would.
 */

/** A value that may or may not be valid for a field: the valid one, or anything at all. */
function validOrJunk<T>(valid: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
  const junk = fc.oneof(
    fc.anything(),
    fc.constantFrom(
      '',
      ' ',
      '2026-02-30T10:00:00Z',
      '2026-11-20T10:00:00',
      'Mentoring',
      'a b',
      'deadbee',
      'DEADBEEF',
      0,
      -1,
      1.5,
      2 ** 53,
      Number.NaN,
      null,
      [],
      {},
    ),
  );
  return fc.oneof(valid, junk);
}

const suspectMoment = fc
  .tuple(
    momentArbitrary,
    fc.constantFrom(...Object.keys(momentSchema.shape)),
    fc.constantFrom(...Object.keys(codeLocationSchema.shape)),
  )
  .chain(([moment, field, codeField]) =>
    fc
      .tuple(
        validOrJunk(fc.constant(moment[field as keyof Moment])),
        validOrJunk(fc.constant(moment.code?.[codeField as 'path'])),
      )
      .map(([value, codeValue]) => {
        const changed: Record<string, unknown> = { ...moment, [field]: value };
        if (moment.code && field !== 'code') changed.code = { ...moment.code, [codeField]: codeValue };
        return changed;
      }),
  );

describe('fast paths', function () {
  this.timeout(120_000);
  const temp = useTempDir();
  const store = useLogStore();

  describe('direct checks', () => {
    it('never accept a moment zod refuses, whatever its fields hold', () => {
      fc.assert(
        fc.property(suspectMoment, (moment) => {
          if (isCertainlyValidMoment(moment)) assert.ok(momentSchema.safeParse(moment).success, JSON.stringify(moment));
        }),
        { numRuns: 5000 },
      );
    });

    it('accept every valid moment without links, so zod is the exception', () => {
      fc.assert(
        fc.property(momentArbitrary, (moment) => {
          const { links: _links, ...withoutLinks } = moment;
          assert.equal(isCertainlyValidMoment(withoutLinks), true, JSON.stringify(withoutLinks));
        }),
        { numRuns: 2000 },
      );
    });

    it('give the same verdict as zod on whole logs, duplicates included, and the same data', () => {
      const suspectLog = fc
        .tuple(fc.array(fc.oneof(momentArbitrary, suspectMoment), { maxLength: 6 }), fc.boolean())
        .map(([moments, duplicate]) => ({
          version: 1,
          moments: duplicate && moments[0] ? [...moments, moments[0]] : moments,
        }));
      fc.assert(
        fc.property(suspectLog, (log) => {
          const direct = validateLog(log);
          const zod = logFileSchema.safeParse(log);
          assert.equal(direct.success, zod.success);
          if (direct.success && zod.success) assert.deepEqual(direct.data, zod.data);
          if (!direct.success && !zod.success) assert.deepEqual(direct.error.issues[0], zod.error.issues[0]);
        }),
        { numRuns: 2000 },
      );
    });
  });

  describe('appending by splicing', () => {
    it('gives byte for byte what encoding the whole log gives, in any of our layouts', () => {
      fc.assert(
        fc.property(
          logArbitrary.filter((log) => log.moments.length > 0),
          fc.array(momentArbitrary, { minLength: 1, maxLength: 3 }),
          formatArbitrary,
          (log, added, format) => {
            const before = encodeLogFile(log, format);
            const layout = appendLayoutOf(before, format);
            assert.ok(layout && before.endsWith(layout.tail));
            const spliced = `${before.slice(0, before.length - layout.tail.length)}${encodeAppendedMoments(added, layout, format)}${layout.tail}`;
            assert.equal(spliced, encodeLogFile({ ...log, moments: [...log.moments, ...added] }, format));
          },
        ),
        { numRuns: 500 },
      );
    });

    it('keeps fields after the moments array, and refuses an appended duplicate id', async () => {
      const file = path.join(temp(), 'growth-log.json');
      const first: Moment = { id: 'a', kind: 'mentoring', at: '2026-11-20T10:00:00.000Z', summary: 'First' };
      await fs.writeFile(
        file,
        `${JSON.stringify({ version: 1, moments: [first], after: { moments: [1] } }, null, 2)}\n`,
      );
      await store().append(file, { ...first, id: 'b', summary: 'Second' }); // read from disk: a full write
      await store().append(file, { ...first, id: 'c', summary: 'Third' }); // written by us: spliced
      const text = await fs.readFile(file, 'utf8');
      assert.equal(text, encodeLogFile(JSON.parse(text) as LogFile));
      assert.deepEqual(JSON.parse(text), {
        version: 1,
        moments: [first, { ...first, id: 'b', summary: 'Second' }, { ...first, id: 'c', summary: 'Third' }],
        after: { moments: [1] },
      });
      await assert.rejects(
        store().update(file, (log) => ({ ...log, moments: [...log.moments, { ...first, summary: 'Again' }] })),
        /duplicate id "a"/,
      );
      assert.equal(await fs.readFile(file, 'utf8'), text, 'a refused append leaves the file as it was');
    });

    it('notices a hand edit made after our last write, even one of the same size', async () => {
      const file = path.join(temp(), 'growth-log.json');
      const moment: Moment = { id: 'a', kind: 'mentoring', at: '2026-11-20T10:00:00.000Z', summary: 'Paired with Sam' };
      await store().append(file, moment);
      await store().append(file, { ...moment, id: 'b' });
      const text = await fs.readFile(file, 'utf8');
      // Same length, same inode: only the contents and the times differ.
      await fs.writeFile(file, text.replace('Paired with Sam', 'Paired with Kim'));
      assert.equal((await store().read(file)).moments[0]?.summary, 'Paired with Kim');
      await store().append(file, { ...moment, id: 'c' });
      assert.deepEqual(
        (JSON.parse(await fs.readFile(file, 'utf8')) as LogFile).moments.map((kept) => kept.summary),
        ['Paired with Kim', 'Paired with Sam', 'Paired with Sam'],
      );
    });
  });

  describe('timeline', () => {
    const moments = fc.uniqueArray(momentArbitrary, { selector: (moment) => moment.id, maxLength: 30 });
    const range = fc.tuple(
      fc.date({ min: new Date('1999-01-01'), max: new Date('2101-01-01'), noInvalidDate: true }),
      fc.integer({ min: 0, max: 10 * 365 * 86_400_000 }),
    );

    function scan(all: readonly Moment[], from: Date, to: Date): Moment[] {
      return all
        .map((moment, index) => ({ moment, index, time: Date.parse(moment.at) }))
        .filter(({ time }) => time >= from.getTime() && time < to.getTime())
        .sort((a, b) => a.time - b.time || a.index - b.index)
        .map(({ moment }) => moment);
    }

    it('answers a period as a scan of the whole log would, ties in file order', () => {
      fc.assert(
        fc.property(moments, range, (all, [from, span]) => {
          const to = new Date(from.getTime() + span);
          const timeline = Timeline.build(all);
          assert.deepEqual(timeline.between(from, to), scan(all, from, to));
          assert.equal(timeline.hasAnyBetween(from, to), scan(all, from, to).length > 0);
        }),
        { numRuns: 1000 },
      );
    });

    it('extended by appended moments equals one built from scratch', () => {
      fc.assert(
        fc.property(moments, moments, range, (first, more, [from, span]) => {
          const ids = new Set(first.map((moment) => moment.id));
          const grown = [...first, ...more.filter((moment) => !ids.has(moment.id))];
          const timelines = new TimelineCache();
          timelines.of(first);
          const extended = timelines.of(grown);
          assert.equal(timelines.of(grown), extended, 'built once per version of the log');
          const to = new Date(from.getTime() + span);
          assert.deepEqual(extended.between(from, to), scan(grown, from, to));
          assert.deepEqual(
            extended.latest(5),
            scan(grown, new Date(-8.64e15), new Date(8.64e15)).reverse().slice(0, 5),
          );
        }),
        { numRuns: 500 },
      );
    });
  });
});
