import * as vscode from 'vscode';
import { withLink, withoutLink } from '../../core/ladders/expectationLinks';
import type { Expectation } from '../../core/ladders/ladder';
import type { KindCatalogue } from '../../core/model/kindCatalogue';
import type { Moment } from '../../core/model/schema';
import { relativeDayLabel } from '../../core/time/calendar';
import type { CommandContext } from '../commands/commandContext';
import { quoteSummary, saveMomentFields } from '../commands/saveChange';
import { flashStatus, showWarning } from '../ui/notifications';
import { linkCandidates } from '../../viewModel/linkCandidates';

/**
 * Linking a moment to an expectation and unlinking it, from the readiness view. Each is
 * one change of the moment's `expectations` as the log holds it when written (locked,
 * re-read, merged by id) and undoable like any edit: Undo puts the list back as it was.
 */

/** Links the moment `momentId` to `expectationId` (Confirm on a matched moment, or Link a Moment…). */
export async function linkToExpectation(
  context: CommandContext,
  momentId: string,
  expectationId: string,
  expectationText: string,
): Promise<Moment | undefined> {
  const moment = await findMoment(context, momentId);
  if (!moment) return undefined;
  const saved = await saveMomentFields(
    context,
    momentId,
    ['expectations'],
    (current) => withLink(current, expectationId),
    vscode.l10n.t('link of {0}', quoteSummary(moment)),
  );
  if (saved)
    flashStatus('link', vscode.l10n.t('Growth Log: {0} linked to “{1}”', quoteSummary(moment), expectationText));
  return saved;
}

/** Unlinks the moment `momentId` from `expectationId`; with no link left, its kind matches it again. */
export async function unlinkFromExpectation(
  context: CommandContext,
  momentId: string,
  expectationId: string,
): Promise<Moment | undefined> {
  const moment = await findMoment(context, momentId);
  if (!moment) return undefined;
  const saved = await saveMomentFields(
    context,
    momentId,
    ['expectations'],
    (current) => withoutLink(current, expectationId),
    vscode.l10n.t('unlink of {0}', quoteSummary(moment)),
  );
  if (saved) flashStatus('debug-disconnect', vscode.l10n.t('Growth Log: {0} unlinked', quoteSummary(moment)));
  return saved;
}

/**
 * Asks which of `moments` (the period's) to link to the expectation, newest first, each
 * saying what linking it changes where that is worth saying; links the one chosen. `kinds`
 * knows the log's own kinds, as the view's matching does.
 */
export async function pickMomentToLink(
  context: CommandContext,
  moments: readonly Moment[],
  expectationId: string,
  expectation: Expectation | undefined,
  kinds: KindCatalogue,
): Promise<Moment | undefined> {
  const expectationText = expectation?.text ?? expectationId;
  const candidates = linkCandidates(moments, expectationId, expectation, kinds);
  if (candidates.length === 0) {
    void showWarning(vscode.l10n.t('Every moment of this period is already linked to “{0}”.', expectationText));
    return undefined;
  }
  const now = context.now();
  const chosen = await context.prompts.pick(
    candidates.map(({ moment, note }) => {
      const kind = kinds.describe(moment.kind);
      return {
        moment,
        icon: kind.icon,
        label: moment.summary,
        description: `${relativeDayLabel(new Date(moment.at), now, context.language)} · ${kind.label}`,
        ...(note === undefined ? {} : { detail: note }),
      };
    }),
    {
      title: vscode.l10n.t('Link a Moment to “{0}”', expectationText),
      placeholder: vscode.l10n.t('Which moment of this period shows it?'),
    },
  );
  return chosen ? linkToExpectation(context, chosen.moment.id, expectationId, expectationText) : undefined;
}

async function findMoment(context: CommandContext, id: string): Promise<Moment | undefined> {
  const loaded = await context.logs.load();
  const moment = loaded.ok ? loaded.log.moments.find((candidate) => candidate.id === id) : undefined;
  if (!moment)
    void showWarning(
      loaded.ok
        ? vscode.l10n.t('The moment was deleted meanwhile, in another window or from the command line.')
        : loaded.error.message,
    );
  return moment;
}
