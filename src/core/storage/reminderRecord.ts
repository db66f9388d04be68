import { promises as fs } from 'node:fs';
import * as z from 'zod/mini';
import { writeFileAtomic } from './atomicWrite';
import { withFileLock } from './fileLock';

/**
 * Which week the weekly reminder was last shown, in a small file shared by every VS Code
 * window of the user. Claiming a week takes the file's lock, so two windows open when the
 * reminder falls due do not both show it.
 */

const recordSchema = z.object({ lastShownWeek: z.optional(z.string()) });

export async function readLastShownWeek(filePath: string): Promise<string | undefined> {
  try {
    const parsed = recordSchema.safeParse(JSON.parse(await fs.readFile(filePath, 'utf8')));
    return parsed.success ? parsed.data.lastShownWeek : undefined;
  } catch {
    return undefined; // none yet, or unreadable: the worst case is one reminder too many
  }
}

/** Records `week` as shown; false when another window already showed this week's reminder. */
export async function claimWeek(filePath: string, week: string): Promise<boolean> {
  return withFileLock(filePath, async () => {
    if ((await readLastShownWeek(filePath)) === week) return false;
    await writeFileAtomic(filePath, `${JSON.stringify({ lastShownWeek: week })}\n`);
    return true;
  });
}
