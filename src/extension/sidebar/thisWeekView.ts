import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { hostToWebviewSchema, webviewToHostSchema, type HostToWebviewMessage, type WebviewToHostMessage } from '../../protocol';
import { COMMANDS } from '../ids';
import { describeLogLocation } from '../logLocation';
import type { LogService } from '../logService';
import { readSettings } from '../settings';
import { buildSidebarSnapshot } from './sidebarSnapshot';

/**
 * The "This Week" sidebar. The host owns all state: it sends a full snapshot after the
 * webview says it is ready, whenever the log changes, and whenever the view becomes
 * visible again. Messages from the webview are validated and turned into commands.
 */
export class ThisWeekView implements vscode.WebviewViewProvider, vscode.Disposable {
  private view: vscode.WebviewView | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly logs: LogService,
    private readonly now: () => Date,
  ) {}

  resolveWebviewView(view: vscode.WebviewView): void {
    this.view = view;
    const webview = view.webview;
    webview.options = {
      enableScripts: true,
      localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'dist'), vscode.Uri.joinPath(this.extensionUri, 'media')],
    };
    webview.html = this.renderHtml(webview);
    this.disposables.push(
      webview.onDidReceiveMessage((message: unknown) => this.receive(message)),
      view.onDidChangeVisibility(() => {
        if (view.visible) void this.sendSnapshot();
      }),
      this.logs.onDidChange(() => void this.sendSnapshot()),
      view.onDidDispose(() => {
        this.view = undefined;
      }),
    );
  }

  private async receive(raw: unknown): Promise<void> {
    const parsed = webviewToHostSchema.safeParse(raw);
    if (!parsed.success) {
      console.warn('Growth Log: ignored a malformed message from the sidebar:', parsed.error.issues[0]?.message);
      return;
    }
    await this.handle(parsed.data);
  }

  private async handle(message: WebviewToHostMessage): Promise<void> {
    switch (message.type) {
      case 'ready':
        return this.sendSnapshot();
      case 'log':
        await vscode.commands.executeCommand(COMMANDS.logMoment, message.kind);
        return;
      case 'export':
        await vscode.commands.executeCommand(COMMANDS.exportBragDocument);
        return;
      case 'openLogFile':
        await vscode.commands.executeCommand(COMMANDS.openLogFile);
        return;
    }
  }

  private async sendSnapshot(): Promise<void> {
    const view = this.view;
    if (!view?.visible) return;
    const loaded = await this.logs.load();
    const { weekStartsOn } = readSettings(loaded.location.folder);
    const snapshot = buildSidebarSnapshot({
      source: {
        scope: loaded.location.scope,
        folderName: loaded.location.folder?.name,
        filePath: describeLogLocation(loaded.location),
      },
      log: loaded.ok ? loaded.log : undefined,
      problem: loaded.ok ? undefined : loaded.error.message,
      now: this.now(),
      weekStartsOn,
    });
    const message: HostToWebviewMessage = hostToWebviewSchema.parse({ type: 'snapshot', snapshot });
    await view.webview.postMessage(message);
  }

  private renderHtml(webview: vscode.Webview): string {
    const nonce = randomBytes(16).toString('base64');
    const scriptUri = webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'dist', 'webview.js'));
    const styleUri = webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'media', 'sidebar.css'));
    const csp = [
      "default-src 'none'",
      `style-src ${webview.cspSource}`,
      `img-src ${webview.cspSource}`,
      `font-src ${webview.cspSource}`,
      `script-src 'nonce-${nonce}'`,
    ].join('; ');
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${styleUri.toString()}">
<title>This Week</title>
</head>
<body>
<main id="app" aria-busy="true"><p class="muted">Loading this week…</p></main>
<script nonce="${nonce}" src="${scriptUri.toString()}"></script>
</body>
</html>`;
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}
