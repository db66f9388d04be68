import type * as vscode from 'vscode';
import type { DisplayLanguage } from '../../core/time/displayLanguage';
import type { KindCatalogue } from '../../core/model/kindCatalogue';
import type { ExportHistory } from '../exportHistory';
import type { GitPrivacy } from '../gitPrivacy';
import type { LogBackupKeeper } from '../logBackupKeeper';
import type { LogLocationChoice } from '../logLocationChoice';
import type { LogService } from '../logService';
import type { Prompts } from '../prompts';
import type { ReadinessPanelSlot } from '../readiness/readinessPanelSlot';
import type { ThisWeekView } from '../sidebar/thisWeekView';
import type { Output } from '../ui/output';
import type { UndoHistory } from '../undoHistory';

/** What every command needs from the running extension. */
export interface CommandContext {
  readonly logs: LogService;
  readonly prompts: Prompts;
  readonly undo: UndoHistory;
  readonly sidebar: ThisWeekView;
  /** The built-in kinds and the user's own, kept in step with the setting. */
  readonly kinds: KindCatalogue;
  /** VS Code's display language, for dates. */
  readonly language: DisplayLanguage;
  /** The Growth Log output channel, for errors handled without being shown. */
  readonly output: Output;
  /** Where the log lives: asked once at the first log, and on demand. */
  readonly logLocationChoice: LogLocationChoice;
  /** The daily backups of each log. */
  readonly backups: LogBackupKeeper;
  /** When a brag document was last made from each log. */
  readonly exports: ExportHistory;
  /** Keeps the documents Growth Log saves out of git, as it does the log. */
  readonly gitPrivacy: GitPrivacy;
  /** The readiness view, while it is open. */
  readonly readiness: ReadinessPanelSlot;
  /** What this workspace remembers between sessions (the language model last chosen, say). */
  readonly workspaceState: vscode.Memento;
  /** The current time; a function so that nothing caches "now". */
  readonly now: () => Date;
}
