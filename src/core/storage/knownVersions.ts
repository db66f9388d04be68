import type { BigIntStats } from 'node:fs';
import type { AppendLayout } from './appendEncoding';
import type { TextFormat } from '../model/logFileCodec';
import type { LogFile } from '../model/schema';

/**
 * What a store last read or wrote at each log path, with the version of the file it came
 * from, so reading an unchanged file again costs one `stat`. A version is the file's
 * device, inode, size and change times: every write by Growth Log (here, in another
 * window, or from the CLI) renames a new file into place and so changes the inode, and a
 * hand edit changes the size or the times.
 *
 * Only a few paths are kept: a store works with one log at a time.
 */

export interface KnownLog {
  readonly log: LogFile;
  readonly format: TextFormat;
  /** The version of the file `log` was read from or written as; undefined while there is no file. */
  readonly version: string | undefined;
  /** The file is in an older format, upgraded on reading: a write rewrites it whole. */
  readonly upgraded: boolean;
  /** Where and how to append to the file, once found (see appendEncoding.ts). */
  appendLayout?: AppendLayout;
  /** The moments' ids, kept once asked for, to check appended moments against. */
  ids?: Set<string>;
}

const MAX_PATHS = 4;

type Outcome = KnownLog | { readonly error: unknown };

/** Per path: the version and what reading it gave (a log, or the error it raised). */
export class KnownVersions {
  private readonly known = new Map<string, { readonly version: string; readonly outcome: Outcome }>();

  /** What was read or written at `filePath` when it was at `version`; throws again the error reading it raised. */
  recall(filePath: string, version: string): KnownLog | undefined {
    const entry = this.known.get(filePath);
    if (entry?.version !== version) return undefined;
    if ('error' in entry.outcome) throw entry.outcome.error;
    return entry.outcome;
  }

  /** Runs `read` and remembers its result (or its error, which it throws again) for `version` of the file. */
  remember(filePath: string, version: string, read: () => KnownLog): KnownLog {
    this.known.delete(filePath); // re-inserted last: the Map's order is the order of use
    let outcome: Outcome;
    try {
      outcome = read();
    } catch (error) {
      outcome = { error };
    }
    this.known.set(filePath, { version, outcome });
    for (const oldest of this.known.keys()) {
      if (this.known.size <= MAX_PATHS) break;
      this.known.delete(oldest);
    }
    if ('error' in outcome) throw outcome.error;
    return outcome;
  }

  forget(filePath: string): void {
    this.known.delete(filePath);
  }
}

export function fileVersion(stat: BigIntStats): string {
  return `${stat.dev}:${stat.ino}:${stat.size}:${stat.mtimeNs}:${stat.ctimeNs}`;
}

export function idsOf(entry: KnownLog): Set<string> {
  entry.ids ??= new Set(entry.log.moments.map((moment) => moment.id));
  return entry.ids;
}
