import { promises as fs } from 'node:fs';
import { homedir } from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { completeWalkthroughStep } from './walkthroughProgress';
import { isCode } from '../core/storage/fileLock';
import { namesFileOutsideFolder } from '../core/storage/logFileTarget';
import { SETTING_DEFAULTS } from '../shared/settingDefaults';
import { LogStore } from '../core/storage/logStore';
import { COMMANDS, SETTINGS_SECTION } from './ids';
import { homeRelative, type LogLocation, logFileIsSet, resolveLogLocation } from './logLocation';
import type { PickItem, Prompts } from './prompts';
import { showInformation } from './ui/notifications';
import { logHandledError, type Output } from './ui/output';

/** Remembered per user (global state) once the question was put, whatever the answer. */
const ASKED_KEY = 'growthLog.logLocationAsked';

/** The one log for all my work, when the user takes the suggestion as it is. */
export const HOME_LOG_FILE = '~/growth-log.json';

type Answer = 'home' | 'pickFolder' | 'perWorkspace';

/** Why the question is put: before the first log (asked once), or because the user asked for it. */
type Occasion = 'firstLog' | 'onDemand';

interface AnswerItem extends PickItem {
  readonly answer: Answer;
}

/**
 * Where the log lives: one log for all the user's work (a file in their home, or in a
 * folder they pick, written to their *user* settings as `growthLog.logFile`), or one per
 * workspace (`.vscode/growth-log.json`, the default, which stays when nothing is chosen).
 * Asked once, at the first log, or from the walkthrough; the palette command asks again.
 *
 * The default comes first, so Enter out of habit keeps it. Moving to another log offers to
 * import the moments of the old one, which otherwise vanish from view.
 */
export class LogLocationChoice {
  constructor(
    private readonly state: vscode.Memento,
    private readonly prompts: Prompts,
    private readonly output: Output,
    private readonly globalStorage: vscode.Uri,
  ) {}

  /**
   * Before the first moment is written: when the question was never put, no log exists yet
   * where this workspace would keep it, and `growthLog.logFile` is set nowhere. Resolves
   * once answered (or dismissed: the default stays), so the moment lands where chosen.
   */
  async askBeforeFirstLog(location: LogLocation): Promise<void> {
    if (this.state.get<boolean>(ASKED_KEY) || !location.folder || logFileIsSet(location.folder)) return;
    if (await fileExists(location.filePath)) return;
    await this.choose('firstLog');
  }

  /**
   * Asks where the log lives and writes the answer to the user's settings. Resolves to
   * whether it changed. Asked again on demand, the current choice is marked.
   */
  async choose(occasion: Occasion = 'onDemand'): Promise<boolean> {
    await this.state.update(ASKED_KEY, true);
    const before = resolveLogLocation(this.globalStorage).filePath;
    const setting = vscode.workspace.getConfiguration(SETTINGS_SECTION).inspect<unknown>('logFile')?.globalValue;
    // Before the first log nothing was chosen yet: no answer is "current".
    const current = occasion === 'onDemand' ? answerOf(setting) : undefined;
    const answer = await this.prompts.pick(answerItems(current, setting), {
      title: vscode.l10n.t('Where should Growth Log keep your log?'),
      placeholder:
        occasion === 'firstLog'
          ? vscode.l10n.t('Asked once: Growth Log: Choose Where the Log Lives… changes it later')
          : vscode.l10n.t('New moments go to the log you pick; the moments logged so far stay where they are'),
    });
    if (!answer) return false;
    // The walkthrough's step asks for a choice, whichever: "One per workspace" may change no setting.
    completeWalkthroughStep('chooseLogLocation', this.output);
    const value = await this.settingFor(answer.answer);
    if (value === null) return false;
    const config = vscode.workspace.getConfiguration(SETTINGS_SECTION);
    if (config.inspect('logFile')?.globalValue === value) return false;
    await config.update('logFile', value, vscode.ConfigurationTarget.Global);
    const after = resolveLogLocation(this.globalStorage);
    if (after.filePath !== before && (await fileExists(before))) void this.offerImport(before, after.filePath);
    return true;
  }

  /**
   * Says that the moments logged before stay in the old log, and, when it has any, offers to
   * import them into the new one (the old file is only read). Without it the sidebar of the
   * new log starts empty, as if they were gone.
   */
  private async offerImport(before: string, after: string): Promise<void> {
    const moved = vscode.l10n.t(
      'Growth Log: new moments go to {0}. The moments logged before stay in {1}.',
      homeRelative(after),
      homeRelative(before),
    );
    const count = await this.momentsIn(before);
    if (count === 0) {
      void showInformation(moved);
      return;
    }
    const importThem =
      count === 1
        ? vscode.l10n.t('Import 1 moment from {0}', homeRelative(before))
        : vscode.l10n.t('Import {0} moments from {1}', count, homeRelative(before));
    if ((await showInformation(moved, importThem)) !== importThem) return;
    await vscode.commands.executeCommand(COMMANDS.importLog, vscode.Uri.file(before));
  }

  /** How many moments the log at `filePath` holds; 0 when it cannot be read as a log (the log itself says why when used). */
  private async momentsIn(filePath: string): Promise<number> {
    try {
      return (await new LogStore().read(filePath)).moments.length;
    } catch (error) {
      logHandledError(this.output, vscode.l10n.t('Counting the moments of {0}', filePath), error);
      return 0;
    }
  }

  /** The user setting an answer writes: a path, undefined to fall back to the default, or null when the user backed out. */
  private async settingFor(answer: Answer): Promise<string | undefined | null> {
    switch (answer) {
      case 'home':
        return HOME_LOG_FILE;
      case 'perWorkspace':
        return undefined;
      case 'pickFolder': {
        try {
          const [folder] =
            (await vscode.window.showOpenDialog({
              canSelectFiles: false,
              canSelectFolders: true,
              canSelectMany: false,
              defaultUri: vscode.Uri.file(homedir()),
              openLabel: vscode.l10n.t('Keep the Log Here'),
              title: vscode.l10n.t('The folder for one log of all your work'),
            })) ?? [];
          if (folder?.scheme !== 'file') return null;
          return homeRelative(path.join(folder.fsPath, 'growth-log.json'));
        } catch (error) {
          logHandledError(this.output, vscode.l10n.t('Picking the folder for the log'), error);
          return null;
        }
      }
    }
  }
}

/** The answer the user's `growthLog.logFile` (`setting`) amounts to; undefined for a value of their own making. */
function answerOf(setting: unknown): Answer | undefined {
  if (typeof setting !== 'string' || setting === SETTING_DEFAULTS.logFile) return 'perWorkspace';
  if (setting === HOME_LOG_FILE) return 'home';
  return namesFileOutsideFolder(setting) ? 'pickFolder' : undefined;
}

/**
 * The answers, the default first (it is the one highlighted, which Enter takes), with
 * `current` marked. `setting` is the user's `growthLog.logFile`: a folder they picked is shown.
 */
function answerItems(current: Answer | undefined, setting: unknown): AnswerItem[] {
  const describe = (answer: Answer, description: string | undefined) => {
    if (answer !== current) return description;
    return description ? vscode.l10n.t('{0} · current', description) : vscode.l10n.t('current');
  };
  return [
    {
      answer: 'perWorkspace',
      icon: 'repo',
      label: vscode.l10n.t('One per workspace'),
      description: describe('perWorkspace', SETTING_DEFAULTS.logFile),
      detail: vscode.l10n.t('Each workspace keeps its own log in its .vscode folder, kept out of git (the default).'),
    },
    {
      answer: 'home',
      icon: 'home',
      label: vscode.l10n.t('One log for all my work'),
      description: describe('home', HOME_LOG_FILE),
      detail: vscode.l10n.t('One file in your home folder, shared by every repository you open.'),
    },
    {
      answer: 'pickFolder',
      icon: 'folder-opened',
      label: vscode.l10n.t('One log for all my work, in a folder I pick…'),
      description: describe(
        'pickFolder',
        current === 'pickFolder' && typeof setting === 'string' ? setting : undefined,
      ),
      detail: vscode.l10n.t('The same one log, kept in a folder you choose (a synced folder, say).'),
    },
  ];
}

async function fileExists(filePath: string): Promise<boolean> {
  try {
    await fs.lstat(filePath);
    return true;
  } catch (error) {
    if (isCode(error, 'ENOENT')) return false;
    // Something is there that cannot be looked at: not a first log, so nothing is asked; the log itself says what is wrong.
    return true;
  }
}
