import * as vscode from 'vscode';
import * as z from 'zod/mini';
import type { Output } from './ui/output';

/** Kept per user (global state): when each log, by its path, last had a brag document made from it. */
const KEY = 'growthLog.lastExports';

const recordSchema = z.record(z.string(), z.iso.datetime());

/**
 * When the brag document was last made from each log, so a choice of period can offer
 * **Since my last export**: what is new for the next 1:1. Kept in VS Code's global state,
 * beside the extension's other memories, not in the log: it is about this user's use of
 * the editor, not about their work.
 */
export class ExportHistory {
  constructor(
    private readonly state: vscode.Memento,
    private readonly output: Output,
  ) {}

  /** When a brag document was last made from the log at `logPath`, if ever. */
  lastExport(logPath: string): Date | undefined {
    const at = this.read()[logPath];
    return at === undefined ? undefined : new Date(at);
  }

  /** Records that a brag document was made from the log at `logPath` at `at`. */
  async record(logPath: string, at: Date): Promise<void> {
    await this.state.update(KEY, { ...this.read(), [logPath]: at.toISOString() });
  }

  private read(): Record<string, string> {
    const raw = this.state.get<unknown>(KEY);
    if (raw === undefined) return {};
    const parsed = recordSchema.safeParse(raw);
    if (parsed.success) return parsed.data;
    // Only this class writes it; a value that does not fit is forgotten rather than trusted.
    this.output.warn(vscode.l10n.t('The record of past brag document exports could not be read; it starts afresh.'));
    return {};
  }
}
