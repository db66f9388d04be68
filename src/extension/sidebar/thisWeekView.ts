import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { DisplayLanguage } from '../../core/time/displayLanguage';
import type { KindCatalogue } from '../../core/model/kindCatalogue';
import { Timeline } from '../../core/insights/timeline';
import {
  OLDEST_WEEK_OFFSET,
  hostToWebviewSchema,
  webviewToHostSchema,
  type HostToWebviewMessage,
  type SidebarLine,
  type SidebarSnapshot,
  type WebviewToHostMessage,
} from '../../protocol';
import { COMMANDS, VIEWS } from '../ids';
import { formatLogLocation } from '../logLocation';
import type { LogService } from '../logService';
import { readSettings } from '../settings';
import { logHandledError, type Output } from '../ui/output';
import type { LadderProblemSource } from '../ladders/ladderChoice';
import type { SidebarReadinessInput } from '../ladders/sidebarReadiness';
import type { LadderFileCache } from '../../core/ladders/ladderFileCache';
import { type LadderProblems, openLadderProblem } from '../ladders/ladderProblems';
import { loadLadderFeatures } from '../ladders/loadLadderFeatures';
import { reportCommandFailure } from '../ui/problemReports';
import { undoOfferLabel } from '../commands/undo';
import type { UndoHistory } from '../undoHistory';
import { buildSidebarSnapshot } from '../../viewModel/sidebarSnapshot';
import { peopleOf } from '../../core/model/people';

/** The readiness line and the ladder's problem, as last measured. */
interface LadderLines {
  readonly readiness: SidebarLine;
  readonly problem?: SidebarLine;
  readonly problemSource?: LadderProblemSource;
}

/**
 * The "This Week" sidebar. The host owns all state: it sends a full snapshot after the
 * webview says it is ready, whenever the log or the settings change, and whenever the
 * view becomes visible again. Messages from the webview are validated and turned into
 * commands. The week shown is kept here, and in the webview's own state so that it
 * survives the view being hidden and shown again.
 */
export class ThisWeekView implements vscode.WebviewViewProvider, vscode.Disposable {
  private view: vscode.WebviewView | undefined;
  private offset = 0;
  /** Whether a week was chosen since activation; until then the webview's memory wins. */
  private offsetChosen = false;
  private readonly disposables: vscode.Disposable[] = [];
  /**
   * Readiness is measured after a snapshot is sent, never before it (the ladders are a
   * bundle of their own, read on first use), and sent with every snapshot until measured
   * again: the view paints the week at once and the line a moment later.
   */
  private ladderLines: LadderLines | undefined;
  /** The ladder file as last read, so a refresh reads it again only when it changed; made with the ladder features. */
  private ladderFiles: LadderFileCache | undefined;
  private readonly posted = new vscode.EventEmitter<SidebarSnapshot>();
  /** Fires with each snapshot sent to the webview. */
  readonly onDidPostSnapshot = this.posted.event;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly logs: LogService,
    private readonly kinds: KindCatalogue,
    private readonly language: DisplayLanguage,
    private readonly output: Output,
    private readonly now: () => Date,
    private readonly undo: UndoHistory,
    private readonly ladderProblems: LadderProblems,
  ) {}

  /** The week shown: 0 for the current week, -1 for the one before, and so on. */
  get weekOffset(): number {
    return this.offset;
  }

  /** Shows the week `offset` weeks from the current one (never a future week). */
  async showWeek(offset: number): Promise<number> {
    this.offset = Math.max(OLDEST_WEEK_OFFSET, Math.min(0, Math.trunc(offset)));
    this.offsetChosen = true;
    if (this.view?.visible) await this.sendSnapshot();
    else await vscode.commands.executeCommand(`${VIEWS.thisWeek}.focus`);
    return this.offset;
  }

  resolveWebviewView(view: vscode.WebviewView): void {
    this.view = view;
    const webview = view.webview;
    webview.options = {
      enableScripts: true,
      localResourceRoots: [
        vscode.Uri.joinPath(this.extensionUri, 'dist'),
        vscode.Uri.joinPath(this.extensionUri, 'media'),
      ],
    };
    webview.html = this.renderHtml(webview);
    const subscriptions = [
      webview.onDidReceiveMessage((message: unknown) => this.receive(message)),
      view.onDidChangeVisibility(() => {
        if (view.visible) void this.sendSnapshot();
      }),
      this.logs.onDidChange(() => void this.sendSnapshot()),
      this.undo.onDidChange(() => void this.sendSnapshot()),
    ];
    this.disposables.push(
      ...subscriptions,
      view.onDidDispose(() => {
        this.view = undefined;
        for (const subscription of subscriptions) subscription.dispose();
      }),
    );
  }

  /** Handles one message from the webview; anything that does not fit the protocol is dropped. */
  async receive(raw: unknown): Promise<void> {
    const parsed = webviewToHostSchema.safeParse(raw);
    if (!parsed.success) {
      this.output.warn(
        vscode.l10n.t('ignored a malformed message from the sidebar: {0}', parsed.error.issues[0]?.message ?? ''),
      );
      return;
    }
    await this.handle(parsed.data);
  }

  private async handle(message: WebviewToHostMessage): Promise<void> {
    switch (message.type) {
      case 'ready':
        // After a window reload the webview remembers the week it showed; within one
        // session the host's choice (say, "Show This Week" while the view was hidden) wins.
        if (!this.offsetChosen && message.weekOffset !== undefined) this.offset = message.weekOffset;
        return this.sendSnapshot();
      case 'showWeek':
        await this.showWeek(message.offset);
        return;
      case 'openLink':
        // The protocol lets through only http and https addresses (shared/webUrl.ts).
        await vscode.env.openExternal(vscode.Uri.parse(message.url, true));
        return;
      case 'openLadderProblem': {
        const source = this.ladderLines?.problemSource;
        if (source) await openLadderProblem(source, this.output);
        return;
      }
      default: {
        const [command, ...args] = commandFor(message);
        try {
          await vscode.commands.executeCommand(command, ...args);
        } catch (error) {
          await reportCommandFailure(this.output, command, error);
        }
      }
    }
  }

  /** Sends a full snapshot, then (unless `measureReadiness` is false) measures readiness and sends another if its line changed. */
  private async sendSnapshot(measureReadiness = true): Promise<void> {
    const view = this.view;
    if (!view?.visible) return;
    const loaded = await this.logs.load();
    const settings = readSettings(loaded.location.folder);
    const log = loaded.ok ? loaded.log : loaded.error.readOnlyLog;
    const timeline = log ? this.logs.timelineOf(log) : Timeline.build([]);
    const kinds = log ? this.kinds.withKindsOf(log) : this.kinds;
    const people = log ? peopleOf(log) : undefined;
    const snapshot = buildSidebarSnapshot({
      source: {
        scope: loaded.location.scope,
        folderName: loaded.location.folder?.name,
        filePath: formatLogLocation(loaded.location),
      },
      timeline,
      problem: loaded.ok ? undefined : loaded.error.message,
      now: this.now(),
      weekOffset: this.offset,
      weekStartsOn: settings.weekStartsOn,
      track: settings.track,
      targets: settings.weeklyTargets,
      kinds,
      people,
      language: this.language,
    });
    const undoable = this.undo.latest();
    if (undoable?.action === 'deletion')
      snapshot.undoOffer = { changeId: undoable.id, label: undoOfferLabel(undoable) };
    const message = this.snapshotMessage(snapshot);
    await view.webview.postMessage(message);
    this.posted.fire(message.snapshot);
    // Without a moment there is nothing to measure, and the view shows its first step alone.
    if (measureReadiness && timeline.size > 0)
      await this.measureReadiness({
        output: this.output,
        folder: loaded.location.folder,
        timeline,
        now: this.now(),
        weekStartsOn: settings.weekStartsOn,
        kinds,
        people,
        language: this.language,
      });
  }

  /**
   * The snapshot message, with the readiness and ladder lines when they pass the protocol;
   * without them (and a line in the output channel) when they do not, so a ladder that
   * words badly never stops the week from updating.
   */
  private snapshotMessage(snapshot: SidebarSnapshot): HostToWebviewMessage {
    const lines = this.ladderLines;
    if (lines) {
      const withLines = hostToWebviewSchema.safeParse({
        type: 'snapshot',
        snapshot: {
          ...snapshot,
          readiness: lines.readiness,
          ...(lines.problem ? { ladderProblem: lines.problem } : {}),
        },
      });
      if (withLines.success) return withLines.data;
      logHandledError(this.output, vscode.l10n.t('Showing the readiness line in the sidebar'), withLines.error);
    }
    return hostToWebviewSchema.parse({ type: 'snapshot', snapshot });
  }

  /** Measures the readiness line (and says a ladder's problem, once), and sends it when it changed. */
  private async measureReadiness(input: SidebarReadinessInput): Promise<void> {
    try {
      const features = loadLadderFeatures();
      this.ladderFiles ??= features.newLadderFileCache();
      const measured = await features.sidebarReadiness({ ...input, ladderFiles: this.ladderFiles });
      this.ladderProblems.report(measured.choice);
      const lines: LadderLines = {
        readiness: measured.line,
        ...(measured.problem ? { problem: measured.problem, problemSource: measured.choice.problemSource } : {}),
      };
      if (JSON.stringify(lines) === JSON.stringify(this.ladderLines)) return;
      this.ladderLines = lines;
      await this.sendSnapshot(false);
    } catch (error) {
      logHandledError(this.output, vscode.l10n.t('Measuring readiness for the sidebar'), error);
    }
  }

  private renderHtml(webview: vscode.Webview): string {
    const nonce = randomBytes(16).toString('base64');
    const asset = (...path: string[]) =>
      webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, ...path)).toString();
    const csp = [
      "default-src 'none'",
      `style-src ${webview.cspSource}`,
      `img-src ${webview.cspSource}`,
      `font-src ${webview.cspSource}`,
      `script-src 'nonce-${nonce}'`,
    ].join('; ');
    const title = escapeHtml(vscode.l10n.t('This Week'));
    const loading = escapeHtml(vscode.l10n.t('Loading this week…'));
    return `<!DOCTYPE html>
<html lang="${escapeHtml(vscode.env.language)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${asset('dist', 'codicons', 'codicon.css')}">
<link rel="stylesheet" href="${asset('media', 'sidebar.css')}">
<title>${title}</title>
</head>
<body>
<main id="app" aria-busy="true"><p class="muted">${loading}</p></main>
<script nonce="${nonce}" src="${asset('dist', 'webview.js')}"></script>
</body>
</html>`;
  }

  dispose(): void {
    this.posted.dispose();
    for (const disposable of this.disposables) disposable.dispose();
  }
}

type ButtonMessage = Exclude<WebviewToHostMessage, { type: 'ready' | 'showWeek' | 'openLink' | 'openLadderProblem' }>;

/** The command a button in the view stands for, with its argument. */
function commandFor(message: ButtonMessage): [string, ...unknown[]] {
  switch (message.type) {
    case 'log':
      return [COMMANDS.logMoment, message.kind];
    case 'editMoment':
      return [COMMANDS.editMoment, message.id];
    case 'deleteMoment':
      return [COMMANDS.deleteMoment, message.id];
    case 'openCode':
      return [COMMANDS.openMomentCode, message.id];
    case 'export':
      return [COMMANDS.exportBragDocument];
    case 'openLogFile':
      return [COMMANDS.openLogFile];
    case 'mergePeople':
      return message.name === undefined ? [COMMANDS.mergePeople] : [COMMANDS.mergePeople, { name: message.name }];
    case 'undo':
      return [COMMANDS.undo, message.changeId];
    case 'answerFollowUp':
      return [COMMANDS.answerFollowUp, message.id];
    case 'dismissFollowUp':
      return [COMMANDS.dismissFollowUp, message.id];
    case 'showReadiness':
      return [COMMANDS.showReadiness];
  }
}

/** Text for the page's markup: the few strings it holds before the webview draws. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
