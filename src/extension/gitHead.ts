import * as path from 'node:path';
import * as vscode from 'vscode';
import { readGitHead, type GitHead } from '../core/gitRepository';

/**
 * The git state of the repository a file is in. VS Code's built-in Git extension is asked
 * first (it already tracks the repository, and honours the user's git settings); where it
 * is missing, disabled, or has not opened that repository, the git binary is asked
 * directly. Undefined outside a repository or without git.
 */
export async function gitHeadFor(uri: vscode.Uri): Promise<GitHead | undefined> {
  return (await fromGitExtension(uri)) ?? readGitHead(path.dirname(uri.fsPath));
}

/** The few parts of the Git extension's API (version 1) used here. */
interface GitExtensionExports {
  getAPI(version: 1): {
    getRepository(uri: vscode.Uri): {
      readonly rootUri: vscode.Uri;
      readonly state: {
        readonly HEAD?: { readonly name?: string; readonly commit?: string; readonly upstream?: { readonly remote: string } };
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
    // A disabled or failing Git extension: fall back to the binary.
    return undefined;
  }
}
