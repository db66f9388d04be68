import * as z from 'zod';

/**
 * The only language the sidebar webview and the extension host speak. Both sides parse
 * every message they receive with these schemas and build every message they send from
 * these types, so a malformed or hostile message is dropped at the border.
 *
 * The host always sends a full snapshot of what to show (never a delta), so the webview
 * holds no state worth keeping beyond what it was last told.
 */

const kindIdSchema = z.string().regex(/^[a-z][a-z0-9-]*$/).max(64);

export const momentViewSchema = z.object({
  id: z.string(),
  kind: z.string(),
  kindLabel: z.string(),
  icon: z.string(),
  summary: z.string(),
  at: z.string(),
  people: z.array(z.string()),
  tags: z.array(z.string()),
  starred: z.boolean(),
  impact: z.string().optional(),
});

export const kindCountViewSchema = z.object({
  kind: z.string(),
  label: z.string(),
  icon: z.string(),
  count: z.int().min(0),
});

export const sidebarSnapshotSchema = z.object({
  /** Which log is shown: a workspace folder's, or the personal one when no folder is open. */
  source: z.object({
    scope: z.enum(['workspace', 'personal']),
    folderName: z.string().optional(),
    filePath: z.string(),
  }),
  /** Set when the log could not be read; the view then shows this instead of the week. */
  problem: z.string().optional(),
  week: z.object({
    weekStart: z.string(),
    weekEnd: z.string(),
    isCurrentWeek: z.boolean(),
    total: z.int().min(0),
    byKind: z.array(kindCountViewSchema),
    moments: z.array(momentViewSchema),
  }),
  /** How many moments the whole log holds, to tell a brand-new user from a quiet week. */
  totalMoments: z.int().min(0),
});

export const hostToWebviewSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('snapshot'), snapshot: sidebarSnapshotSchema }),
]);

export const webviewToHostSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready') }),
  z.object({ type: z.literal('log'), kind: kindIdSchema.optional() }),
  z.object({ type: z.literal('export') }),
  z.object({ type: z.literal('openLogFile') }),
]);

export type SidebarSnapshot = z.infer<typeof sidebarSnapshotSchema>;
export type MomentView = z.infer<typeof momentViewSchema>;
export type KindCountView = z.infer<typeof kindCountViewSchema>;
export type HostToWebviewMessage = z.infer<typeof hostToWebviewSchema>;
export type WebviewToHostMessage = z.infer<typeof webviewToHostSchema>;
