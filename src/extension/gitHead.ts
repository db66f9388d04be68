import * as path from 'node:path';
import * as vscode from 'vscode';
import { readGitHead, type GitHead } from '../core/git/gitRepository';

/**
 * The git state of the repository a file is in. The git binary is asked first: it reads
 * the repository as it is at this instant, where the Git extension's model can lag a
 * checkout by a moment (seen in tests: a commit recorded on the branch just left). Where
 * no git binary is on the PATH, VS Code's built-in Git extension (which may be configured
 * with its own `git.path`) is asked instead. Undefined outside a repository, and in an
 * untrusted workspace.
 */
export async function gitHeadFor(uri: vscode.Uri): Promise<GitHead | undefined> {
  return gitHeadOfFolder(vscode.Uri.file(path.dirname(uri.fsPath)));
}

/** `gitHeadFor` a folder, such as a workspace folder. */
export async function gitHeadOfFolder(folder: vscode.Uri): Promise<GitHead | undefined> {
  // In Restricted Mode git is not run: a repository's config can name programs to execute.
  if (!vscode.workspace.isTrusted) return undefined;
  return (await readGitHead(folder.fsPath)) ?? fromGitExtension(folder);
}

/** The few parts of the Git extension's API (version 1) used here. */
interface GitExtensionExports {
  getAPI(version: 1): {
    getRepository(uri: vscode.Uri): {
      readonly rootUri: vscode.Uri;
      readonly state: {
        readonly HEAD?: {
          readonly name?: string;
          readonly commit?: string;
          readonly upstream?: { readonly remote: string };
        };
        readonly remotes: readonly { readonly name: string; readonly fetchUrl?: string }[];
      };
    } | null;
  };
}

async function fromGitExtension(uri: vscode.Uri): Promise<GitHead | undefined> {
  try {
    const extension = vscode.extensions.getExtension<GitExtensionExports>('vscode.git');
    if (!extension) return undefined;
    const exports = extension.isActive ? extension.exports : await extension.activate();
    const repository = exports.getAPI(1).getRepository(uri);
    const head = repository?.state.HEAD;
    if (!repository || !head?.commit) return undefined;
    const remoteName = head.upstream?.remote ?? 'origin';
    const remote = repository.state.remotes.find((candidate) => candidate.name === remoteName);
    return { root: repository.rootUri.fsPath, commit: head.commit, branch: head.name, remoteUrl: remote?.fetchUrl };
  } catch {
    // A disabled or failing Git extension, after the binary was asked first: there is
    // nobody left to ask, and a moment without a commit is still a moment.
    return undefined;
  }
}
