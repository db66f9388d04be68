import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { PERIOD_PRESETS, type Period, resolvePeriod } from '../../core/insights/period';
import { CYCLE_PERIODS, resolveCyclePeriod } from '../../core/insights/reviewCycle';
import { allExpectations, type Expectation } from '../../core/ladders/ladder';
import { peopleOf } from '../../core/model/people';
import type { KindCatalogue } from '../../core/model/kindCatalogue';
import type { LogFile, Moment } from '../../core/model/schema';
import {
  type ReadinessSnapshot,
  type ReadinessViewToHostMessage,
  readinessHostToViewSchema,
  readinessViewToHostSchema,
} from '../../readinessProtocol';
import { buildReadinessView } from '../../viewModel/readinessView';
import type { CommandContext } from '../commands/commandContext';
import { pickPeriod } from '../commands/pickPeriod';
import { COMMANDS, SETTINGS_SECTION } from '../ids';
import { type LadderChoice, loadLadderChoice } from '../ladders/ladderChoice';
import { homeRelative } from '../logLocation';
import { readReviewCycle, readSettings } from '../settings';
import { reportCommandFailure } from '../ui/problemReports';
import { linkToExpectation, pickMomentToLink, unlinkFromExpectation } from './expectationLinkCommands';

/** The period a readiness looks at first: a stretch of work, as the CLI's readiness. */
const DEFAULT_PERIOD = 'last-6-months';

/** A period of the select (resolved again at each drawing, so "last 6 months" moves with the days), or one picked with its dates. */
type PeriodChoice = { readonly option: string } | { readonly fixed: Period };

/**
 * The readiness view: an editor-area webview, one at a time (Show Readiness… again
 * reveals it). The host owns the state — the period — and sends a full snapshot after the
 * view says it is ready, whenever the log, the undo history or the ladder's settings
 * change, and when the panel is shown again. Messages from the view are validated and
 * turned into links, unlinks and commands.
 */
export class ReadinessPanel implements vscode.Disposable {
  private readonly panel: vscode.WebviewPanel;
  private readonly disposables: vscode.Disposable[] = [];
  private period: PeriodChoice = { option: DEFAULT_PERIOD };
  private readonly posted = new vscode.EventEmitter<ReadinessSnapshot>();
  /** Fires with each snapshot sent to the view. */
  readonly onDidPostSnapshot = this.posted.event;
  private isDisposed = false;
  private readonly disposed = new vscode.EventEmitter<void>();
  readonly onDidDispose = this.disposed.event;

  constructor(
    private readonly context: CommandContext,
    private readonly extensionUri: vscode.Uri,
  ) {
    this.panel = vscode.window.createWebviewPanel(
      'growthLog.readiness',
      vscode.l10n.t('Readiness'),
      vscode.ViewColumn.Active,
      {
        enableScripts: true,
        localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist'), vscode.Uri.joinPath(extensionUri, 'media')],
      },
    );
    this.panel.iconPath = vscode.Uri.joinPath(extensionUri, 'media', 'growth-log.svg');
    this.panel.webview.html = this.renderHtml(this.panel.webview);
    this.disposables.push(
      this.panel.webview.onDidReceiveMessage((message: unknown) => this.receive(message)),
      this.panel.onDidChangeViewState(() => {
        if (this.panel.visible) void this.sendSnapshot();
      }),
      context.logs.onDidChange(() => void this.sendSnapshot()),
      context.undo.onDidChange(() => void this.sendSnapshot()),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration(SETTINGS_SECTION)) void this.sendSnapshot();
      }),
      this.panel.onDidDispose(() => this.dispose()),
    );
  }

  reveal(): void {
    this.panel.reveal();
  }

  /** Handles one message from the view; anything that does not fit the protocol is dropped. */
  async receive(raw: unknown): Promise<void> {
    const parsed = readinessViewToHostSchema.safeParse(raw);
    if (!parsed.success) {
      this.context.output.warn(
        vscode.l10n.t(
          'ignored a malformed message from the readiness view: {0}',
          parsed.error.issues[0]?.message ?? '',
        ),
      );
      return;
    }
    try {
      await this.handle(parsed.data);
    } catch (error) {
      await reportCommandFailure(this.context.output, COMMANDS.showReadiness, error);
    }
  }

  private async handle(message: ReadinessViewToHostMessage): Promise<void> {
    switch (message.type) {
      case 'ready':
        return this.sendSnapshot();
      case 'choosePeriod':
        this.period = { option: message.period };
        return this.sendSnapshot();
      case 'pickPeriod': {
        const period = await pickPeriod(this.context, vscode.l10n.t('Readiness'));
        if (period) this.period = { fixed: period };
        return this.sendSnapshot();
      }
      case 'openCode':
        await vscode.commands.executeCommand(COMMANDS.openMomentCode, message.id);
        return;
      case 'openLink':
        // The protocol lets through only http and https addresses (shared/webUrl.ts).
        await vscode.env.openExternal(vscode.Uri.parse(message.url, true));
        return;
      case 'confirm':
        await linkToExpectation(
          this.context,
          message.momentId,
          message.expectationId,
          await this.expectationText(message.expectationId),
        );
        return;
      case 'unlink':
        await unlinkFromExpectation(this.context, message.momentId, message.expectationId);
        return;
      case 'linkMoment': {
        const { log, moments } = await this.periodMoments();
        await pickMomentToLink(
          this.context,
          moments,
          message.expectationId,
          await this.expectation(message.expectationId),
          this.kindsOf(log),
        );
        return;
      }
      case 'logFor': {
        const expectation = await this.expectation(message.expectationId);
        const forExpectation = expectation && {
          text: expectation.text,
          competencies: expectation.competencies,
          ...(expectation.kinds ? { kinds: expectation.kinds } : {}),
        };
        await vscode.commands.executeCommand(COMMANDS.logMoment, undefined, {
          expectations: [message.expectationId],
          ...(forExpectation ? { for: forExpectation } : {}),
        });
        return;
      }
    }
  }

  /** The expectation's text in the ladder in use, for prompts; its id when the ladder no longer has it. */
  private async expectationText(id: string): Promise<string> {
    return (await this.expectation(id))?.text ?? id;
  }

  private async expectation(id: string): Promise<Expectation | undefined> {
    const { ladder } = await this.ladderChoice();
    return allExpectations(ladder).find((expectation) => expectation.id === id);
  }

  private ladderChoice(): Promise<LadderChoice> {
    return loadLadderChoice(this.context.output, this.context.logs.locateAndFollow().folder);
  }

  /** The period chosen, as of now, and its moments (oldest first), with the log they come from. */
  private async periodMoments() {
    const loaded = await this.context.logs.load();
    const log = loaded.ok ? loaded.log : loaded.error.readOnlyLog;
    const period = this.resolvedPeriod();
    const moments: Moment[] = log ? this.context.logs.timelineOf(log).between(period.from, period.to) : [];
    return { loaded, log, period, moments };
  }

  /** The kinds the extension knows and the log's own. */
  private kindsOf(log: LogFile | undefined): KindCatalogue {
    return log ? this.context.kinds.withKindsOf(log) : this.context.kinds;
  }

  /** The select's choices: the company's review cycles when one is set, then the calendar's periods. */
  private periodOptions(): { id: string; label: string; resolve: () => Period }[] {
    const { now: clock, language, output } = this.context;
    const folder = this.context.logs.locateAndFollow().folder;
    const { weekStartsOn } = readSettings(folder);
    const cycle = readReviewCycle(folder, output);
    return [
      ...(cycle
        ? CYCLE_PERIODS.map((preset) => ({
            id: preset.id,
            label: preset.label,
            resolve: () => resolveCyclePeriod(preset.id, clock(), cycle, language),
          }))
        : []),
      ...PERIOD_PRESETS.map((preset) => ({
        id: preset.id,
        label: preset.label,
        resolve: () => resolvePeriod(preset.id, clock(), weekStartsOn, language),
      })),
    ];
  }

  private resolvedPeriod(): Period {
    const choice = this.period;
    if ('fixed' in choice) return choice.fixed;
    const options = this.periodOptions();
    // A cycle period left the select when the review cycle setting was cleared: back to the default.
    const option =
      options.find((candidate) => candidate.id === choice.option) ?? options.find((o) => o.id === DEFAULT_PERIOD);
    return (option as { resolve: () => Period }).resolve();
  }

  private async sendSnapshot(): Promise<void> {
    if (this.isDisposed || !this.panel.visible) return;
    const [{ loaded, log, period, moments }, choice] = await Promise.all([this.periodMoments(), this.ladderChoice()]);
    // Closed while the log and the ladder were read.
    if (this.isDisposed) return;
    const options = this.periodOptions();
    const selected = 'fixed' in this.period ? 'custom' : this.period.option;
    const snapshot = buildReadinessView({
      ladder: choice.ladder,
      level: choice.level,
      target: choice.target,
      track: choice.track,
      ...(choice.file === undefined ? {} : { ladderFile: homeRelative(choice.file) }),
      ...(choice.problem === undefined ? {} : { ladderProblem: choice.problem }),
      ...(loaded.ok ? {} : { logProblem: loaded.error.message }),
      moments,
      period,
      periodOptions: [
        ...options.map(({ id, label }) => ({ id, label })),
        ...(selected === 'custom' ? [{ id: 'custom', label: period.label }] : []),
      ],
      periodSelected:
        options.some((option) => option.id === selected) || selected === 'custom' ? selected : DEFAULT_PERIOD,
      kinds: this.kindsOf(log),
      ...(log ? { people: peopleOf(log) } : {}),
      ...(log?.checkIns ? { checkIns: log.checkIns } : {}),
      now: this.context.now(),
      language: this.context.language,
    });
    await this.panel.webview.postMessage(readinessHostToViewSchema.parse({ type: 'snapshot', snapshot }));
    this.posted.fire(snapshot);
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
    const title = escapeHtml(vscode.l10n.t('Readiness'));
    const loading = escapeHtml(vscode.l10n.t('Loading readiness…'));
    return `<!DOCTYPE html>
<html lang="${escapeHtml(vscode.env.language)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${asset('dist', 'codicons', 'codicon.css')}">
<link rel="stylesheet" href="${asset('media', 'sidebar.css')}">
<link rel="stylesheet" href="${asset('media', 'readiness.css')}">
<title>${title}</title>
</head>
<body>
<main id="app" aria-busy="true"><p class="muted">${loading}</p></main>
<script nonce="${nonce}" src="${asset('dist', 'readiness.js')}"></script>
</body>
</html>`;
  }

  dispose(): void {
    if (this.isDisposed) return;
    this.isDisposed = true;
    for (const disposable of this.disposables.splice(0)) disposable.dispose();
    this.panel.dispose();
    this.disposed.fire();
    this.disposed.dispose();
    this.posted.dispose();
  }
}

/** Text for the page's markup: the few strings it holds before the view draws. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
