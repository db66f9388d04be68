import * as vscode from 'vscode';
import { plainText } from './ui/plainText';

/**
 * The quick inputs a command asks the user through. Built on `createInputBox` and
 * `createQuickPick` (rather than `showInputBox`) for step numbers and validation on
 * accept, and so that the extension's integration tests can answer a real prompt the
 * way a person would: they are told when one opens, set its value, and accept it with
 * the workbench's own accept command.
 *
 * Everything a prompt shows passes through `plainText`: titles, prompts, placeholders,
 * validation messages and every item's label, description and detail, since summaries,
 * names and kinds from a log or a setting appear in them. An item's icon is given apart
 * from its label (`icon`), so the only icon syntax a prompt draws is Growth Log's own.
 */

/** A quick-pick item; `icon` is a codicon name drawn before the label. */
export interface PickItem {
  readonly label: string;
  readonly icon?: string;
  readonly description?: string;
  readonly detail?: string;
}

export interface InputOptions {
  readonly title: string;
  readonly prompt: string;
  readonly placeholder?: string;
  readonly value?: string;
  readonly step?: number;
  readonly totalSteps?: number;
  /** Returns a message when the text cannot be accepted; checked on Enter. */
  readonly validate?: (text: string) => string | undefined;
  /**
   * What the text typed so far means, shown in place of the prompt on every keystroke (the
   * prompt comes back when the text is emptied), with a problem Enter would refuse.
   */
  readonly preview?: (text: string) => { readonly text: string; readonly problem?: string };
}

export interface PickOptions {
  readonly title: string;
  readonly placeholder?: string;
  readonly step?: number;
  readonly totalSteps?: number;
  /** The index of the item highlighted when the pick opens (the one Enter takes); the first without it. */
  readonly active?: number;
}

export class Prompts implements vscode.Disposable {
  private readonly shown = new vscode.EventEmitter<vscode.QuickInput>();
  /** Fires with each prompt as it opens. */
  readonly onDidShow = this.shown.event;

  /** The text the user accepted, or undefined if they pressed Escape. */
  input(options: InputOptions): Promise<string | undefined> {
    const box = vscode.window.createInputBox();
    box.title = plainText(options.title);
    box.prompt = plainText(options.prompt);
    box.placeholder = options.placeholder === undefined ? undefined : plainText(options.placeholder);
    box.value = options.value ?? '';
    box.step = options.step;
    box.totalSteps = options.totalSteps;
    box.ignoreFocusOut = true;
    return new Promise((resolve) => {
      const settle = once((value: string | undefined) => {
        resolve(value);
        box.dispose();
      });
      const showPreview = (text: string) => {
        const preview = text.trim() === '' ? undefined : options.preview?.(text);
        box.prompt = plainText(preview?.text ?? options.prompt);
        box.validationMessage = preview?.problem === undefined ? undefined : plainText(preview.problem);
      };
      showPreview(box.value);
      box.onDidChangeValue(showPreview);
      box.onDidAccept(() => {
        const problem = options.validate?.(box.value);
        if (problem) box.validationMessage = plainText(problem);
        else settle(box.value);
      });
      box.onDidHide(() => settle(undefined));
      box.show();
      this.shown.fire(box);
    });
  }

  /** The item the user chose, or undefined if they pressed Escape. */
  pick<T extends PickItem>(items: readonly T[], options: PickOptions): Promise<T | undefined> {
    const { quickPick, original } = createPlainQuickPick(items, options);
    quickPick.step = options.step;
    quickPick.totalSteps = options.totalSteps;
    quickPick.matchOnDescription = true;
    return new Promise((resolve) => {
      const settle = once((value: T | undefined) => {
        resolve(value);
        quickPick.dispose();
      });
      quickPick.onDidAccept(() => {
        const chosen = quickPick.selectedItems[0] ?? quickPick.activeItems[0];
        if (chosen) settle(original.get(chosen));
      });
      quickPick.onDidHide(() => settle(undefined));
      quickPick.show();
      this.shown.fire(quickPick);
    });
  }

  /** The items the user checked (possibly none), or undefined if they pressed Escape. */
  pickMany<T extends PickItem>(items: readonly T[], options: PickOptions): Promise<T[] | undefined> {
    const { quickPick, original } = createPlainQuickPick(items, options);
    quickPick.canSelectMany = true;
    quickPick.step = options.step;
    quickPick.totalSteps = options.totalSteps;
    quickPick.matchOnDescription = true;
    quickPick.matchOnDetail = true;
    return new Promise((resolve) => {
      const settle = once((value: T[] | undefined) => {
        resolve(value);
        quickPick.dispose();
      });
      quickPick.onDidAccept(() => settle(quickPick.selectedItems.flatMap((item) => original.get(item) ?? [])));
      quickPick.onDidHide(() => settle(undefined));
      quickPick.show();
      this.shown.fire(quickPick);
    });
  }

  dispose(): void {
    this.shown.dispose();
  }
}

/** A quick pick showing `items` as plain text, and the way back from what it shows to the caller's items. */
function createPlainQuickPick<T extends PickItem>(items: readonly T[], options: PickOptions) {
  const quickPick = vscode.window.createQuickPick<vscode.QuickPickItem>();
  quickPick.title = plainText(options.title);
  quickPick.placeholder = options.placeholder === undefined ? undefined : plainText(options.placeholder);
  const original = new Map<vscode.QuickPickItem, T>();
  quickPick.items = items.map((item) => {
    const shown: vscode.QuickPickItem = {
      label: item.icon ? `$(${item.icon}) ${plainText(item.label)}` : plainText(item.label),
      description: item.description === undefined ? undefined : plainText(item.description),
      detail: item.detail === undefined ? undefined : plainText(item.detail),
    };
    original.set(shown, item);
    return shown;
  });
  const active = options.active === undefined ? undefined : quickPick.items[options.active];
  if (active) quickPick.activeItems = [active];
  return { quickPick, original };
}

function once<A>(action: (argument: A) => void): (argument: A) => void {
  let done = false;
  return (argument) => {
    if (done) return;
    done = true;
    action(argument);
  };
}
