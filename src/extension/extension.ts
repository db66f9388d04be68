// First, so it times the evaluation of everything below.
import { bundleEvaluationStarted } from './startupClock';
import * as vscode from 'vscode';
import { DisplayLanguage } from '../core/time/displayLanguage';
import { KindCatalogue } from '../core/model/kindCatalogue';
import { registerCommands } from './commands/registerCommands';
import { CustomKindsSetting } from './customKindsSetting';
import { ExportHistory } from './exportHistory';
import { GitPrivacy } from './gitPrivacy';
import { VIEWS } from './ids';
import { LadderProblems } from './ladders/ladderProblems';
import { type LadderFeatures, loadLadderFeatures } from './ladders/loadLadderFeatures';
import { LogBackupKeeper } from './logBackupKeeper';
import { LogLocationChoice } from './logLocationChoice';
import { LogService } from './logService';
import { Prompts } from './prompts';
import { ReadinessPanelSlot } from './readiness/readinessPanelSlot';
import { ThisWeekView } from './sidebar/thisWeekView';
import { registerDraftFeatures } from './selfReview/registerDraftFeatures';
import { createOutput } from './ui/output';
import { WeekStatusBarItem } from './statusBar';
import { UndoHistory } from './undoHistory';
import { offerWalkthroughOnce } from './walkthroughOffer';
import { WalkthroughProgress } from './walkthroughProgress';
import { countDueFollowUps, isCheckInDue, WeeklyReminder } from './weeklyReminder';

/** The weekly reminder's first look, late enough to stay out of VS Code's start-up. */
const REMINDER_FIRST_CHECK_MS = 5_000;
/** The walkthrough is offered once the window has settled. */
const WALKTHROUGH_OFFER_MS = 3_000;

/** Every module of the bundle has been evaluated once this line runs. */
const bundleEvaluated = performance.now();

/** What activate() hands to the integration tests (and only to them). */
export interface GrowthLogTestApi {
  readonly prompts: Prompts;
  readonly sidebar: ThisWeekView;
  readonly undo: UndoHistory;
  readonly statusBar: WeekStatusBarItem;
  readonly gitPrivacy: GitPrivacy;
  readonly reminder: WeeklyReminder;
  readonly customKinds: CustomKindsSetting;
  readonly backups: LogBackupKeeper;
  readonly exports: ExportHistory;
  readonly readiness: ReadinessPanelSlot;
  readonly ladderProblems: LadderProblems;
  /** The ladders' bundle as the extension loads it (dist/ladders.js, with dist/ladderCsv.js beside it). */
  readonly ladders: () => LadderFeatures;
  /** What starting cost: evaluating the bundle's modules, and the `activate()` call itself, in ms. */
  readonly startup: { readonly evaluateMs: number; readonly activateMs: number };
}

/**
 * Builds the few long-lived services and registers the commands, the sidebar and the
 * status bar item. No file is read on this path: the status bar fills itself in once
 * activation has returned.
 */
export function activate(context: vscode.ExtensionContext): GrowthLogTestApi | undefined {
  const activateStarted = performance.now();
  const now = () => new Date();
  // Dates and lists the core writes follow VS Code's language, as its translated texts do.
  const language = new DisplayLanguage(vscode.env.language);
  const kinds = new KindCatalogue();
  // First, so the user's own kinds are known before anything draws a kind.
  const customKinds = new CustomKindsSetting(kinds);
  const output = createOutput();
  const backups = new LogBackupKeeper(context.globalStorageUri, output, now);
  const logs = new LogService(context.globalStorageUri, (filePath) => backups.keepDailyCopy(filePath));
  const prompts = new Prompts();
  const undo = new UndoHistory();
  const logLocationChoice = new LogLocationChoice(context.globalState, prompts, output, context.globalStorageUri);
  const ladderProblems = new LadderProblems(output);
  const sidebar = new ThisWeekView(context.extensionUri, logs, kinds, language, output, now, undo, ladderProblems);
  const statusBar = new WeekStatusBarItem(logs, kinds, now);
  const gitPrivacy = new GitPrivacy(logs, context.globalState, output);
  const reminder = new WeeklyReminder(
    context.globalStorageUri,
    now,
    undefined,
    () => countDueFollowUps(logs, now()),
    (lastOffered) => isCheckInDue(logs, now(), lastOffered),
  );
  const walkthrough = new WalkthroughProgress(logs, output);
  const exports = new ExportHistory(context.globalState, output);
  const readiness = new ReadinessPanelSlot(context.extensionUri);
  context.subscriptions.push(
    output,
    customKinds,
    logs,
    gitPrivacy,
    reminder,
    prompts,
    ladderProblems,
    sidebar,
    statusBar,
    undo,
    walkthrough,
    readiness,
    sidebar.onDidPostSnapshot(() => walkthrough.complete('openSidebar')),
    registerCommands({
      logs,
      prompts,
      sidebar,
      kinds,
      language,
      output,
      undo,
      logLocationChoice,
      backups,
      exports,
      gitPrivacy,
      readiness,
      workspaceState: context.workspaceState,
      now,
    }),
    vscode.window.registerWebviewViewProvider(VIEWS.thisWeek, sidebar),
    registerDraftFeatures(logs, language, output),
  );
  setTimeout(() => void statusBar.refresh(), 0);
  reminder.start(REMINDER_FIRST_CHECK_MS);
  setTimeout(() => {
    void offerWalkthroughOnce(context.globalState, logs);
    void walkthrough.check();
  }, WALKTHROUGH_OFFER_MS);
  const startup = {
    evaluateMs: bundleEvaluated - bundleEvaluationStarted,
    activateMs: performance.now() - activateStarted,
  };
  return context.extensionMode === vscode.ExtensionMode.Test
    ? {
        prompts,
        sidebar,
        undo,
        statusBar,
        gitPrivacy,
        reminder,
        customKinds,
        backups,
        exports,
        readiness,
        ladderProblems,
        ladders: loadLadderFeatures,
        startup,
      }
    : undefined;
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
