import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as vscode from 'vscode';
import { type GitHead, readGitHead } from '../../core/git/gitRepository';
import type { Person, SuggestedMoment } from '../../core/git/gitSuggestions';
import type { ImportedReview } from '../../core/git/reviewHistory';
import type { TrailerKinds } from '../../core/git/trailerKinds';
import { mergeMoments, removeMoments } from '../../core/storage/logStore';
import type { Moment } from '../../core/model/schema';
import type { Period } from '../../core/insights/period';
import { SETTINGS_SECTION } from '../ids';
import { reportLogFileError } from '../ui/problemReports';
import { logHandledError } from '../ui/output';
import { plainText } from '../ui/plainText';
import { readSettings } from '../settings';
import type { CommandContext } from './commandContext';
import type * as gitSuggestionFeatures from './gitSuggestionFeatures';
import { loadLazyBundle } from '../lazyBundle';
import { pickPeriod } from './pickPeriod';
import { saveChange } from './saveChange';
import { flashStatus, showInformation, showWarning } from '../ui/notifications';

const title = () => vscode.l10n.t('Suggest Moments from Git History');

type GitSuggestionFeatures = typeof gitSuggestionFeatures;

/**
 * Reading git and picking from what it suggests, from their own bundle beside the
 * extension's (`dist/gitSuggestions.js`). What touches the log (reading it, saving the
 * moments, undo, reporting its problems) stays here, with the one copy of the store.
 */
function loadGitSuggestionFeatures(): GitSuggestionFeatures {
  return loadLazyBundle<GitSuggestionFeatures>('gitSuggestions', [
    'readGitIdentity',
    'suggestFromRepository',
    'parseReviewHistory',
    'loggedTraces',
    'momentOfSuggestion',
    'parseTrailerKinds',
    'addImpacts',
    'pickSuggestions',
  ]);
}

export interface SuggestFromGitOptions {
  /** Also propose the reviews of a history exported from the forge (asks for the file). */
  readonly withReviewHistory?: boolean;
  /** That history's file; asked for when absent. */
  readonly reviewHistory?: vscode.Uri;
  /** Cancels the read as the progress notification's Cancel button does. */
  readonly cancellation?: vscode.CancellationToken;
}

/**
 * The options a caller passes through `executeCommand`: only a cancellation token is taken
 * (an extension or a test cancelling the read); anything else is ignored.
 */
export function suggestOptions(argument: unknown): SuggestFromGitOptions {
  const token = (argument as { cancellation?: unknown } | undefined)?.cancellation;
  const isToken =
    typeof token === 'object' &&
    token !== null &&
    typeof (token as vscode.CancellationToken).onCancellationRequested === 'function';
  return isToken ? { cancellation: token as vscode.CancellationToken } : {};
}

/**
 * Proposes moments from the workspace repository's history for a period (pairing, the
 * trailers that name the user, merges of others' work, decision records and docs, and
 * optionally the reviews of an exported forge history), one per piece of work, and logs
 * only those the user picks, each linked to its commits, with the impacts they add.
 * What is already logged is not proposed again. Resolves to the moments logged.
 */
export async function suggestFromGit(
  context: CommandContext,
  options: SuggestFromGitOptions = {},
): Promise<Moment[] | undefined> {
  if (!vscode.workspace.isTrusted) {
    void showInformation(
      vscode.l10n.t(
        'Growth Log: trust this workspace to suggest moments from its git history; in Restricted Mode git is not run.',
      ),
    );
    return undefined;
  }
  const git = loadGitSuggestionFeatures();
  const reviews = options.withReviewHistory ? await readReviewHistory(git, context, options.reviewHistory) : [];
  if (!reviews) return undefined;
  const location = context.logs.locateAndFollow();
  const head = location.folder ? await readGitHead(location.folder.uri.fsPath) : undefined;
  if (!head && reviews.length === 0) {
    void showInformation(
      vscode.l10n.t(
        'Growth Log: the workspace folder is not a git repository with commits, so there is no history to suggest from.',
      ),
    );
    return undefined;
  }
  const me = head ? await git.readGitIdentity(head.root) : undefined;
  if (head && !me) {
    void showWarning(
      vscode.l10n.t('Growth Log: set your git user.email first; suggestions are found by who you are in git.'),
    );
    return undefined;
  }
  const settings = readSettings(location.folder);
  const period = await pickPeriod(context, title(), settings.weekStartsOn);
  if (!period) return undefined;

  const loaded = await context.logs.load();
  if (!loaded.ok) {
    void reportLogFileError(loaded.error);
    return undefined;
  }
  const suggestions = await readWithProgress(
    git,
    {
      head,
      me,
      period,
      reviews,
      alreadyLogged: git.loggedTraces(loaded.log.moments),
      trailerKinds: readTrailerKinds(git, context, location.folder),
      context,
    },
    options.cancellation,
  );
  if (!suggestions) return undefined;
  const who = me?.email ?? vscode.l10n.t('your review history');
  if (suggestions.length === 0) {
    void showInformation(
      vscode.l10n.t('Growth Log: nothing new to suggest from git for {0} (as {1}).', period.label.toLowerCase(), who),
    );
    return undefined;
  }

  const picked = await git.pickSuggestions(suggestions, {
    context,
    title: title(),
    who,
    weekStartsOn: settings.weekStartsOn,
  });
  if (!picked || picked.length === 0) return undefined;
  const impacts = await git.addImpacts(context, picked, title());
  if (!impacts) return undefined;

  const moments = picked.map((suggestion, index) =>
    git.momentOfSuggestion(suggestion, { id: randomUUID(), remoteUrl: head?.remoteUrl, impact: impacts[index] }),
  );
  const saved = await saveChange(context, (log) => mergeMoments(log, moments), {
    description:
      moments.length === 1 ? vscode.l10n.t('1 moment from git') : vscode.l10n.t('{0} moments from git', moments.length),
    revert: (log) =>
      removeMoments(
        log,
        moments.map((moment) => moment.id),
      ),
  });
  if (!saved) return undefined;
  flashStatus(
    'check',
    moments.length === 1
      ? vscode.l10n.t('Growth Log: logged 1 moment from git history')
      : vscode.l10n.t('Growth Log: logged {0} moments from git history', moments.length),
  );
  return moments;
}

interface ReadRequest {
  readonly head: GitHead | undefined;
  readonly me: Person | undefined;
  readonly period: Period;
  readonly reviews: readonly ImportedReview[];
  readonly alreadyLogged: ReadonlySet<string>;
  readonly trailerKinds: TrailerKinds;
  readonly context: CommandContext;
}

/**
 * Reads the history behind a cancellable progress notification: a long history takes
 * seconds. Cancelling ends the git process; nothing is proposed and nothing is logged.
 */
async function readWithProgress(
  git: GitSuggestionFeatures,
  request: ReadRequest,
  cancellation: vscode.CancellationToken | undefined,
): Promise<SuggestedMoment[] | undefined> {
  return vscode.window.withProgress(
    {
      location: vscode.ProgressLocation.Notification,
      title: plainText(vscode.l10n.t('Growth Log: reading git history for {0}…', request.period.label.toLowerCase())),
      cancellable: true,
    },
    async (_progress, token) => {
      const aborter = new AbortController();
      const subscriptions = [token, cancellation].flatMap((source) =>
        source ? [source.onCancellationRequested(() => aborter.abort())] : [],
      );
      if (cancellation?.isCancellationRequested) aborter.abort();
      try {
        return await git.suggestFromRepository({
          root: request.head?.root ?? '',
          me: request.me ?? { name: '', email: '' },
          from: request.period.from,
          to: request.period.to,
          alreadyLogged: request.alreadyLogged,
          language: request.context.language,
          trailerKinds: request.trailerKinds,
          reviews: request.reviews,
          remoteUrl: request.head?.remoteUrl,
          signal: aborter.signal,
          withoutGit: request.head === undefined,
        });
      } catch (error) {
        if (!aborter.signal.aborted) throw error;
        request.context.output.info(vscode.l10n.t('Reading git history was cancelled; nothing was logged.'));
        return undefined;
      } finally {
        for (const subscription of subscriptions) subscription.dispose();
      }
    },
  );
}

/** The trailer map with the user's `growthLog.gitTrailers` over it; entries left out are named. */
function readTrailerKinds(
  git: GitSuggestionFeatures,
  context: CommandContext,
  folder: vscode.WorkspaceFolder | undefined,
): TrailerKinds {
  const setting = `${SETTINGS_SECTION}.gitTrailers`;
  const known = new Set(context.kinds.all().map((kind) => kind.id));
  const { kinds, problems } = git.parseTrailerKinds(
    vscode.workspace.getConfiguration(SETTINGS_SECTION, folder).get('gitTrailers'),
    (kind) => known.has(kind),
    setting,
  );
  if (problems.length > 0) {
    void showWarning(
      vscode.l10n.t('Growth Log: {0} of your git trailers are left out. {1}.', problems.length, problems.join('; ')),
    );
  }
  return kinds;
}

/**
 * The review history file the user exported from their forge, read and checked; undefined
 * when they cancel or the file cannot be read or does not fit (they are told why).
 */
async function readReviewHistory(
  git: GitSuggestionFeatures,
  context: CommandContext,
  given: vscode.Uri | undefined,
): Promise<readonly ImportedReview[] | undefined> {
  const [file] = given
    ? [given]
    : ((await vscode.window.showOpenDialog({
        title: vscode.l10n.t('Your review history, exported with gh search prs --reviewed-by=@me --json …'),
        canSelectMany: false,
        filters: { JSON: ['json'] },
        openLabel: vscode.l10n.t('Read Reviews'),
      })) ?? []);
  if (!file) return undefined;
  let text: string;
  try {
    text = await fs.readFile(file.fsPath, 'utf8');
  } catch (error) {
    logHandledError(context.output, `reading ${file.fsPath}`, error);
    void showWarning(vscode.l10n.t('Growth Log: {0} cannot be read: {1}', file.fsPath, (error as Error).message));
    return undefined;
  }
  const history = git.parseReviewHistory(text, file.fsPath);
  if (!history.ok) {
    void showWarning(vscode.l10n.t('Growth Log: the review history does not fit. {0}', history.error));
    return undefined;
  }
  return history.reviews;
}
