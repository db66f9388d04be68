import { randomUUID } from 'node:crypto';
import * as vscode from 'vscode';
import { formatLocalDate } from '../../core/time/calendar';
import { commitLink } from '../../core/git/forgeLinks';
import { readGitHead } from '../../core/git/gitRepository';
import { readCommits, readGitIdentity, suggestMoments, type SuggestedMoment } from '../../core/git/gitSuggestions';
import { mergeMoments, removeMoments } from '../../core/storage/logStore';
import type { Moment } from '../../core/model/schema';
import { reportLogFileError } from '../ui/problemReports';
import { readSettings } from '../settings';
import type { CommandContext } from './commandContext';
import { pickPeriod } from './pickPeriod';
import { saveChange } from './saveChange';
import { flashStatus, showInformation, showWarning } from '../ui/notifications';

const title = () => vscode.l10n.t('Suggest Moments from Git History');

/**
 * Proposes moments from the workspace repository's history for a period (pairing,
 * reviews, merges of others' work, decision records and docs) and logs only those the
 * user checks, each linked to its commit. Commits already logged are not proposed again.
 * Resolves to the moments logged.
 */
export async function suggestFromGit(context: CommandContext): Promise<Moment[] | undefined> {
  if (!vscode.workspace.isTrusted) {
    void showInformation(
      vscode.l10n.t(
        'Growth Log: trust this workspace to suggest moments from its git history; in Restricted Mode git is not run.',
      ),
    );
    return undefined;
  }
  const location = context.logs.locateAndFollow();
  const head = location.folder ? await readGitHead(location.folder.uri.fsPath) : undefined;
  if (!head) {
    void showInformation(
      vscode.l10n.t(
        'Growth Log: the workspace folder is not a git repository with commits, so there is no history to suggest from.',
      ),
    );
    return undefined;
  }
  const me = await readGitIdentity(head.root);
  if (!me) {
    void showWarning(
      vscode.l10n.t('Growth Log: set your git user.email first; suggestions are found by who you are in git.'),
    );
    return undefined;
  }
  const period = await pickPeriod(context, title(), readSettings(location.folder).weekStartsOn);
  if (!period) return undefined;

  const loaded = await context.logs.load();
  if (!loaded.ok) {
    void reportLogFileError(loaded.error);
    return undefined;
  }
  const logged = new Set(loaded.log.moments.flatMap((moment) => (moment.commit ? [moment.commit] : [])));
  const suggestions = suggestMoments(
    await readCommits(head.root, period.from, period.to),
    me,
    logged,
    context.language,
  );
  if (suggestions.length === 0) {
    void showInformation(
      vscode.l10n.t(
        'Growth Log: nothing new to suggest from git for {0} (as {1}).',
        period.label.toLowerCase(),
        me.email,
      ),
    );
    return undefined;
  }

  const picked = await context.prompts.pickMany(
    suggestions.map((suggestion) => {
      const kind = context.kinds.describe(suggestion.kind);
      return {
        icon: kind.icon,
        label: suggestion.summary,
        description: `${suggestion.commit.slice(0, 7)} · ${formatLocalDate(new Date(suggestion.at))}`,
        detail: `${kind.label}: ${suggestion.reason}`,
        suggestion,
      };
    }),
    {
      title: title(),
      placeholder: vscode.l10n.t('Check the moments to log ({0} found as {1})', suggestions.length, me.email),
    },
  );
  if (!picked || picked.length === 0) return undefined;

  const moments = picked.map(({ suggestion }) => toMoment(suggestion, head.remoteUrl));
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
  flashStatus('check', vscode.l10n.t('Growth Log: logged {0} from git history', moments.length));
  return moments;
}

function toMoment(suggestion: SuggestedMoment, remoteUrl: string | undefined): Moment {
  const moment: Moment = {
    id: randomUUID(),
    kind: suggestion.kind,
    at: suggestion.at,
    summary: suggestion.summary,
    commit: suggestion.commit,
  };
  if (suggestion.people.length > 0) moment.people = suggestion.people;
  const link = remoteUrl && commitLink(remoteUrl, suggestion.commit);
  if (link) moment.links = [link];
  return moment;
}
