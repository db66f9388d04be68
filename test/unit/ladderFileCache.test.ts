import * as assert from 'node:assert/strict';
import { utimesSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { type CsvRecordReader, readCsvRecords } from '../../src/core/ladders/csvRecords';
import { LadderFileError } from '../../src/core/ladders/ladderFile';
import { LadderFileCache } from '../../src/core/ladders/ladderFileCache';
import { useTempDir } from '../support/tempDir';

/** A ladder file is read again only when it changed, so the sidebar's refreshes do not parse it each time. */
describe('the ladder file cache', () => {
  const folder = useTempDir();

  /** A CSV reader that counts how often the file is parsed. */
  function countingReader(): { reads: () => number; load: () => Promise<CsvRecordReader> } {
    let reads = 0;
    const reader: CsvRecordReader = (text) => {
      reads++;
      return readCsvRecords(text);
    };
    return { reads: () => reads, load: async () => reader };
  }

  const header = 'level,area,expectation,competencies\n';

  it('keeps the ladder while the file stays the same, and reads it again once it changes', async () => {
    const file = path.join(folder(), 'ladder.csv');
    writeFileSync(file, `${header}Staff,,Leads work.,ownership\n`);
    const cache = new LadderFileCache();
    const csv = countingReader();
    const first = await cache.read(file, csv.load);
    assert.equal(await cache.read(file, csv.load), first);
    assert.equal(csv.reads(), 1);
    writeFileSync(file, `${header}Staff,,Leads work.,ownership\nPrincipal,,Sets direction.,strategic-vision\n`);
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    const changed = await cache.read(file, csv.load);
    assert.deepEqual(
      changed.levels.map((level) => level.name),
      ['Staff', 'Principal'],
    );
    assert.equal(csv.reads(), 2);
  });

  it('never keeps a file that cannot be read: it is tried again each time', async () => {
    const file = path.join(folder(), 'ladder.csv');
    writeFileSync(file, header);
    const cache = new LadderFileCache();
    const csv = countingReader();
    await assert.rejects(cache.read(file, csv.load), LadderFileError);
    await assert.rejects(cache.read(file, csv.load), LadderFileError);
    assert.equal(csv.reads(), 2);
  });
});
