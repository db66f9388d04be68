import * as vscode from 'vscode';

/**
 * The quick inputs a command asks the user through. Built on `createInputBox` and
 * `createQuickPick` (rather than `showInputBox`) for step numbers and validation on
 * accept, and so that the extension's integration tests can answer a real prompt the
 * way a person would: they are told when one opens, set its value, and accept it with
 * the workbench's own accept command.
 */

export interface InputOptions {
  readonly title: string;
  readonly prompt: string;
  readonly placeholder?: string;
  readonly value?: string;
  readonly step?: number;
  readonly totalSteps?: number;
  /** Returns a message when the text cannot be accepted; checked on Enter. */
  readonly validate?: (text: string) => string | undefined;
}

export interface PickOptions {
  readonly title: string;
  readonly placeholder?: string;
  readonly step?: number;
  readonly totalSteps?: number;
}

export class Prompts implements vscode.Disposable {
  private readonly shown = new vscode.EventEmitter<vscode.QuickInput>();
  /** Fires with each prompt as it opens. */
  readonly onDidShow = this.shown.event;

  /** The text the user accepted, or undefined if they pressed Escape. */
  input(options: InputOptions): Promise<string | undefined> {
    const box = vscode.window.createInputBox();
    box.title = options.title;
    box.prompt = options.prompt;
    box.placeholder = options.placeholder;
    box.value = options.value ?? '';
    box.step = options.step;
    box.totalSteps = options.totalSteps;
    box.ignoreFocusOut = true;
    return new Promise((resolve) => {
      const settle = once((value: string | undefined) => {
        resolve(value);
        box.dispose();
      });
      box.onDidChangeValue(() => (box.validationMessage = undefined));
      box.onDidAccept(() => {
        const problem = options.validate?.(box.value);
        if (problem) box.validationMessage = problem;
        else settle(box.value);
      });
      box.onDidHide(() => settle(undefined));
      box.show();
      this.shown.fire(box);
    });
  }

  /** The item the user chose, or undefined if they pressed Escape. */
  pick<T extends vscode.QuickPickItem>(items: readonly T[], options: PickOptions): Promise<T | undefined> {
    const quickPick = vscode.window.createQuickPick<T>();
    quickPick.title = options.title;
    quickPick.placeholder = options.placeholder;
    quickPick.step = options.step;
    quickPick.totalSteps = options.totalSteps;
    quickPick.items = items;
    quickPick.matchOnDescription = true;
    return new Promise((resolve) => {
      const settle = once((value: T | undefined) => {
        resolve(value);
        quickPick.dispose();
      });
      quickPick.onDidAccept(() => {
        const chosen = quickPick.selectedItems[0] ?? quickPick.activeItems[0];
        if (chosen) settle(chosen);
      });
      quickPick.onDidHide(() => settle(undefined));
      quickPick.show();
      this.shown.fire(quickPick);
    });
  }

  /** The items the user checked (possibly none), or undefined if they pressed Escape. */
  pickMany<T extends vscode.QuickPickItem>(items: readonly T[], options: PickOptions): Promise<T[] | undefined> {
    const quickPick = vscode.window.createQuickPick<T>();
    quickPick.title = options.title;
    quickPick.placeholder = options.placeholder;
    quickPick.canSelectMany = true;
    quickPick.matchOnDescription = true;
    quickPick.matchOnDetail = true;
    quickPick.items = items;
    return new Promise((resolve) => {
      const settle = once((value: T[] | undefined) => {
        resolve(value);
        quickPick.dispose();
      });
      quickPick.onDidAccept(() => settle([...quickPick.selectedItems]));
      quickPick.onDidHide(() => settle(undefined));
      quickPick.show();
      this.shown.fire(quickPick);
    });
  }

  dispose(): void {
    this.shown.dispose();
  }
}

function once<A>(action: (argument: A) => void): (argument: A) => void {
  let done = false;
  return (argument) => {
    if (done) return;
    done = true;
    action(argument);
  };
}
