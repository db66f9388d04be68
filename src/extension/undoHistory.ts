import * as vscode from 'vscode';
import { UndoHistory as History } from '../core/storage/undoHistory';

export type { RecordedChange, UndoableChange } from '../core/storage/undoHistory';

/** The window's undo history, telling the sidebar when its latest change comes or goes (its Undo offer follows it). */
export class UndoHistory extends History implements vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChange = this.emitter.event;

  protected override changed(): void {
    this.emitter.fire();
  }

  dispose(): void {
    this.emitter.dispose();
  }
}
