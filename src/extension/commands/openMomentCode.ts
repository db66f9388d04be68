import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { isInside, resolveInsideFolder } from '../../core/git/codeLocation';
import { findRepositoryFolder, type CandidateFolder } from '../../core/git/repositoryIdentity';
import type { CodeLocation, CodeRepository } from '../../core/model/schema';
import { gitHeadOfFolder } from '../gitHead';
import { showWarning } from '../ui/notifications';
import { logHandledError } from '../ui/output';
import type { CommandContext } from './commandContext';

/**
 * Opens the file a code-linked moment points at, with its lines selected — only a file
 * inside a workspace folder, even through a symbolic link: the path comes from the log,
 * and a log can come from anyone.
 *
 * The folder is the one that is the moment's repository (by its remote, else its folder
 * name), so a link in one log for all the user's work opens in whichever folder holds that
 * repository; when none is open, the user is told which to open. A moment that names no
 * repository opens in the log's own folder, as it always has.
 */
export async function openMomentCode(context: CommandContext, id: string): Promise<vscode.TextEditor | undefined> {
  const loaded = await context.logs.load();
  const moment = loaded.ok ? loaded.log.moments.find((candidate) => candidate.id === id) : undefined;
  const code = moment?.code;
  if (!code) return undefined;
  const folder = code.repository ? await openFolderOf(code.repository, loaded.location.folder) : loaded.location.folder;
  if (!folder) {
    if (code.repository) {
      void showWarning(
        vscode.l10n.t(
          'Growth Log: {0} is in the repository {1}, which is not open. Open that folder to see the code.',
          code.path,
          describeRepository(code.repository),
        ),
      );
    }
    return undefined;
  }
  return openInFolder(context, folder, code);
}

async function openInFolder(
  context: CommandContext,
  folder: vscode.WorkspaceFolder,
  code: CodeLocation,
): Promise<vscode.TextEditor | undefined> {
  const file = await fileInside(folder.uri.fsPath, code.path);
  if (file === 'outside') {
    void showWarning(
      vscode.l10n.t(
        'Growth Log: {0} is outside the workspace folder {1}, so it is not opened.',
        code.path,
        folder.name,
      ),
    );
    return undefined;
  }
  try {
    if (file === 'missing') throw new Error(vscode.l10n.t('{0} does not exist', code.path));
    const range = new vscode.Range(code.startLine - 1, 0, code.endLine - 1, Number.MAX_SAFE_INTEGER);
    return await vscode.window.showTextDocument(vscode.Uri.file(file), { selection: range });
  } catch (error) {
    logHandledError(context.output, vscode.l10n.t('Opening the code of a moment'), error);
    void showWarning(vscode.l10n.t('Growth Log: {0} is not in this workspace any more.', code.path));
    return undefined;
  }
}

/** The open workspace folder that is `repository`, the log's own folder first. */
async function openFolderOf(
  repository: CodeRepository,
  logFolder: vscode.WorkspaceFolder | undefined,
): Promise<vscode.WorkspaceFolder | undefined> {
  const folders = (vscode.workspace.workspaceFolders ?? []).filter((folder) => folder.uri.scheme === 'file');
  const ordered = logFolder ? [logFolder, ...folders.filter((folder) => folder !== logFolder)] : folders;
  const candidates = await Promise.all(ordered.map(describeFolder));
  return findRepositoryFolder(repository, candidates);
}

/** A workspace folder as a repository: its repository's folder name and remote, when git can tell (not in Restricted Mode). */
async function describeFolder(folder: vscode.WorkspaceFolder): Promise<CandidateFolder<vscode.WorkspaceFolder>> {
  const git = await gitHeadOfFolder(folder.uri);
  if (!git) return { folder, name: path.basename(folder.uri.fsPath) };
  return { folder, name: path.basename(git.root), remoteUrl: git.remoteUrl };
}

/** "api (github.com/acme/api)", or the name alone. */
function describeRepository(repository: CodeRepository): string {
  return repository.remote ? `${repository.name} (${repository.remote})` : repository.name;
}

/** The real path of `codePath` inside `folder`; 'outside' when it, or a link on the way, leads out. */
async function fileInside(folder: string, codePath: string): Promise<string | 'outside' | 'missing'> {
  const file = resolveInsideFolder(folder, codePath);
  if (!file) return 'outside';
  let real: string;
  try {
    real = await fs.realpath(file);
  } catch {
    return 'missing'; // nothing there to follow out of the folder
  }
  return isInside(await fs.realpath(folder), real) ? real : 'outside';
}
