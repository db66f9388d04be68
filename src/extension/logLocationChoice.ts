import { promises as fs } from 'node:fs';
import { homedir } from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { isCode } from '../core/storage/fileLock';
import { SETTING_DEFAULTS } from '../shared/settingDefaults';
import { SETTINGS_SECTION } from './ids';
import { homeRelative, type LogLocation, logFileIsSet, resolveLogLocation } from './logLocation';
import type { PickItem, Prompts } from './prompts';
import { showInformation } from './ui/notifications';
import { logHandledError, type Output } from './ui/output';

/** Remembered per user (global state) once the question was put, whatever the answer. */
const ASKED_KEY = 'growthLog.logLocationAsked';

/** The one log for all my work, when the user takes the suggestion as it is. */
export const HOME_LOG_FILE = '~/growth-log.json';

type Answer = 'home' | 'pickFolder' | 'perWorkspace';

interface AnswerItem extends PickItem {
  readonly answer: Answer;
}

/**
 * Where the log lives: one log for all the user's work (a file in their home, or in a
 * folder they pick, written to their *user* settings as `growthLog.logFile`), or one per
 * workspace (`.vscode/growth-log.json`, the default, which stays when nothing is chosen).
 * Asked once, at the first log, or from the walkthrough; the palette command asks again.
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
    await this.choose();
  }

  /** Asks where the log lives and writes the answer to the user's settings. Resolves to whether it changed. */
  async choose(): Promise<boolean> {
    await this.state.update(ASKED_KEY, true);
    const before = resolveLogLocation(this.globalStorage).filePath;
    const answer = await this.prompts.pick(answerItems(), {
      title: vscode.l10n.t('Where should Growth Log keep your log?'),
      placeholder: vscode.l10n.t('Asked once: Growth Log: Choose Where the Log Lives… changes it later'),
    });
    if (!answer) return false;
    const value = await this.settingFor(answer.answer);
    if (value === null) return false;
    const config = vscode.workspace.getConfiguration(SETTINGS_SECTION);
    if (config.inspect('logFile')?.globalValue === value) return false;
    await config.update('logFile', value, vscode.ConfigurationTarget.Global);
    const after = resolveLogLocation(this.globalStorage);
    if (after.filePath !== before && (await fileExists(before))) {
      void showInformation(
        vscode.l10n.t(
          'Growth Log: new moments go to {0}. The moments logged before stay in {1}.',
          homeRelative(after.filePath),
          homeRelative(before),
        ),
      );
    }
    return true;
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

function answerItems(): AnswerItem[] {
  return [
    {
      answer: 'home',
      icon: 'home',
      label: vscode.l10n.t('One log for all my work'),
      description: HOME_LOG_FILE,
      detail: vscode.l10n.t('One file in your home folder, shared by every repository you open.'),
    },
    {
      answer: 'pickFolder',
      icon: 'folder-opened',
      label: vscode.l10n.t('One log for all my work, in a folder I pick…'),
      detail: vscode.l10n.t('The same one log, kept in a folder you choose (a synced folder, say).'),
    },
    {
      answer: 'perWorkspace',
      icon: 'repo',
      label: vscode.l10n.t('One per workspace'),
      description: SETTING_DEFAULTS.logFile,
      detail: vscode.l10n.t('Each workspace keeps its own log in its .vscode folder, kept out of git (the default).'),
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
