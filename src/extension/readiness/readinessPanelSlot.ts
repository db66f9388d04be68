import type * as vscode from 'vscode';
import type { CommandContext } from '../commands/commandContext';
import { loadLazyBundle } from '../lazyBundle';
import type * as readinessFeatures from './readinessFeatures';
import type { ReadinessPanel } from './readinessPanel';

type ReadinessFeatures = typeof readinessFeatures;

/**
 * Where the one readiness view lives while it is open: Show Readiness… opens it, or
 * reveals it when it is already open. Its code comes from a bundle of its own on first use.
 */
export class ReadinessPanelSlot implements vscode.Disposable {
  private panel: ReadinessPanel | undefined;

  constructor(private readonly extensionUri: vscode.Uri) {}

  /** The open view, if any. */
  get current(): ReadinessPanel | undefined {
    return this.panel;
  }

  show(context: CommandContext): ReadinessPanel {
    if (this.panel) {
      this.panel.reveal();
      return this.panel;
    }
    const { createReadinessPanel } = loadLazyBundle<ReadinessFeatures>('readinessPanel', ['createReadinessPanel']);
    const panel = createReadinessPanel(context, this.extensionUri);
    this.panel = panel;
    panel.onDidDispose(() => {
      if (this.panel === panel) this.panel = undefined;
    });
    return panel;
  }

  dispose(): void {
    this.panel?.dispose();
  }
}
