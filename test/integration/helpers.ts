import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { GrowthLogTestApi } from '../../src/extension/extension';

export const EXTENSION_ID = 'growth-log.growth-log';

export async function activateExtension(): Promise<GrowthLogTestApi> {
  const extension = vscode.extensions.getExtension<GrowthLogTestApi | undefined>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is not installed in this VS Code`);
  const api = await extension.activate();
  assert.ok(api, 'the extension hands its test API to the integration suite');
  return api;
}

export function workspaceFolder(): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the integration suite runs on a workspace folder');
  return folder.uri.fsPath;
}

export function logFilePath(): string {
  return path.join(workspaceFolder(), '.vscode', 'growth-log.json');
}

export async function removeLogFile(): Promise<void> {
  await fs.rm(logFilePath(), { force: true });
}

export async function readLogFileJson(): Promise<{
  version: number;
  moments: Record<string, unknown>[];
  people?: Record<string, unknown>[];
  kinds?: Record<string, unknown>[];
}> {
  return JSON.parse(await fs.readFile(logFilePath(), 'utf8'));
}

/** A prompt as it opened: the quick input, and the text it was filled with. */
export interface ShownPrompt {
  readonly input: vscode.QuickInput;
  readonly initialValue: string;
}

/** An answer to one prompt: text for an input box, or the label of a quick-pick item. */
export type Answer =
  /** `meanwhile`: what happens elsewhere (another window writing the log) while the prompt is open. */
  | { readonly type: string; readonly meanwhile?: () => Promise<void> }
  | { readonly pick: string }
  | { readonly check: readonly string[] }
  /** Enter on the item the prompt highlighted by itself. */
  | 'accept'
  | 'escape';

/**
 * Answers the extension's next prompts as a person would: each answer is given to the
 * real quick input as it opens (text typed into it, or an item highlighted) and accepted
 * with the workbench's own accept command, so validation and cancellation run for real.
 * Resolves once every answer has been given.
 */
export function answerPrompts(api: GrowthLogTestApi, answers: readonly Answer[]): Promise<ShownPrompt[]> {
  const seen: ShownPrompt[] = [];
  const remaining = [...answers];
  return new Promise((resolve, reject) => {
    const subscription = api.prompts.onDidShow(async (input) => {
      seen.push({ input, initialValue: 'value' in input ? String(input.value) : '' });
      const answer = remaining.shift();
      if (remaining.length === 0) subscription.dispose();
      try {
        if (answer !== undefined) await give(input, answer);
        if (remaining.length === 0) resolve(seen);
      } catch (error) {
        subscription.dispose();
        reject(error);
      }
    });
  });
}

async function give(input: vscode.QuickInput, answer: Answer): Promise<void> {
  // The extension host sends quick-input updates to the workbench on the next tick; let
  // the prompt appear there before acting on it.
  await settle();
  if (answer === 'escape') {
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    return;
  }
  if (answer === 'accept') {
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    return;
  }
  if ('type' in answer) {
    await answer.meanwhile?.();
    (input as vscode.InputBox).value = answer.type;
  } else if ('check' in answer) {
    const quickPick = input as vscode.QuickPick<vscode.QuickPickItem>;
    const items = answer.check.map((label) => quickPick.items.find((candidate) => candidate.label.includes(label)));
    assert.ok(
      items.every(Boolean),
      `not all of ${answer.check.join(', ')} in ${quickPick.items.map((i) => i.label).join(', ')}`,
    );
    quickPick.selectedItems = items as vscode.QuickPickItem[];
  } else {
    const quickPick = input as vscode.QuickPick<vscode.QuickPickItem>;
    const item = quickPick.items.find((candidate) => candidate.label.includes(answer.pick));
    assert.ok(item, `no item "${answer.pick}" in ${quickPick.items.map((i) => i.label).join(', ')}`);
    quickPick.activeItems = [item];
  }
  await settle();
  await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
}

export function settle(ms = 150): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
