import { promises as fs } from 'node:fs';
import * as z from 'zod/mini';
import { writeFileAtomic } from './atomicWrite';
import { withFileLock } from './fileLock';

/**
 * What the weekly reminder remembers, in a small file shared by every VS Code window of
 * the user: which week it was last shown, and when it last offered a check-in. Claiming a
 * week takes the file's lock, so two windows open when the reminder falls due do not both
 * show it. Each write keeps what it does not change.
 */

const recordSchema = z.looseObject({ lastShownWeek: z.optional(z.string()), checkInOfferedAt: z.optional(z.string()) });
type ReminderRecord = z.infer<typeof recordSchema>;

async function readRecord(filePath: string): Promise<ReminderRecord> {
  try {
    const parsed = recordSchema.safeParse(JSON.parse(await fs.readFile(filePath, 'utf8')));
    return parsed.success ? parsed.data : {};
  } catch {
    return {}; // none yet, or unreadable: the worst case is one reminder (or one offer) too many
  }
}

async function writeRecord(filePath: string, record: ReminderRecord): Promise<void> {
  await writeFileAtomic(filePath, `${JSON.stringify(record)}\n`);
}

export async function readLastShownWeek(filePath: string): Promise<string | undefined> {
  return (await readRecord(filePath)).lastShownWeek;
}

/** Records `week` as shown; false when another window already showed this week's reminder. */
export async function claimWeek(filePath: string, week: string): Promise<boolean> {
  return withFileLock(filePath, async () => {
    const record = await readRecord(filePath);
    if (record.lastShownWeek === week) return false;
    await writeRecord(filePath, { ...record, lastShownWeek: week });
    return true;
  });
}

/** When the reminder last offered a check-in, if it ever did. */
export async function readCheckInOffered(filePath: string): Promise<Date | undefined> {
  const at = (await readRecord(filePath)).checkInOfferedAt;
  const time = at === undefined ? Number.NaN : Date.parse(at);
  return Number.isNaN(time) ? undefined : new Date(time);
}

/** Remembers that the reminder offered a check-in `at`, so it is offered again only next quarter. */
export async function recordCheckInOffer(filePath: string, at: Date): Promise<void> {
  await withFileLock(filePath, async () => {
    await writeRecord(filePath, { ...(await readRecord(filePath)), checkInOfferedAt: at.toISOString() });
  });
}
