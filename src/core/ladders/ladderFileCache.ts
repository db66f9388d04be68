import { promises as fs } from 'node:fs';
import type { CsvRecordReader } from './csvRecords';
import type { Ladder } from './ladder';
import { readLadderFile } from './ladderFile';

/**
 * The ladders read from files, kept while each file stays as it was (the same size and
 * modification time), so refreshing the sidebar does not read and parse the ladder again
 * each time. A file that cannot be read is never kept: it is tried again, and its problem
 * said again. One instance lives as long as the view that holds it.
 */
export class LadderFileCache {
  private readonly ladders = new Map<string, { readonly version: string; readonly ladder: Ladder }>();

  /** The ladder of `filePath` (resolved), as readLadderFile reads it. */
  async read(filePath: string, loadCsvReader: () => Promise<CsvRecordReader>): Promise<Ladder> {
    const version = await versionOf(filePath);
    const kept = this.ladders.get(filePath);
    if (version !== undefined && kept?.version === version) return kept.ladder;
    const ladder = await readLadderFile(filePath, loadCsvReader);
    // Only the latest ladder of a few paths: a setting names one file at a time.
    if (this.ladders.size >= KEPT_FILES) this.ladders.clear();
    if (version !== undefined) this.ladders.set(filePath, { version, ladder });
    return ladder;
  }
}

const KEPT_FILES = 4;

/** The file's size and modification time; none when it cannot be looked at (readLadderFile says why). */
async function versionOf(filePath: string): Promise<string | undefined> {
  try {
    const stats = await fs.stat(filePath);
    return stats.isFile() ? `${stats.size}:${stats.mtimeMs}` : undefined;
  } catch {
    // Missing or refused: not kept, and read again, where the reader words the problem.
    return undefined;
  }
}
