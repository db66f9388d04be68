import * as vscode from 'vscode';
import { createCheckIn, mergeCheckIn, ratedCount, removeCheckIn } from '../../core/ladders/checkIns';
import { type LatestRating, latestRatings } from '../../core/ladders/selfRatings';
import type { CheckIn, SelfRating } from '../../core/model/schema';
import { COMPETENCIES } from '../../core/model/taxonomy';
import type { PickItem } from '../prompts';
import { showInformation } from '../ui/notifications';
import { reportLogFileError } from '../ui/problemReports';
import type { CommandContext } from './commandContext';
import { saveChange } from './saveChange';
import { offerUndo } from './undo';

/** One competency's answer to one question: a rating, or skipped. */
interface RatingItem extends PickItem {
  readonly value: number | undefined;
}

type Question = 'good' | 'enjoy';

/**
 * Check In…: what am I good at, what do I enjoy. The user checks the competencies to rate
 * (a check-in of three is a fine one), then for each answers two quick picks — how good
 * (1–5) and how much they enjoy it (1–5) — each with Skip, and the earlier answer
 * highlighted so Enter keeps it; then an optional note. Escape at any step cancels with
 * nothing written. The check-in is added to the log's `checkIns`, undoably. Resolves to
 * the check-in saved, or undefined if none was.
 */
export async function checkIn(context: CommandContext): Promise<CheckIn | undefined> {
  const loaded = await context.logs.load();
  if (!loaded.ok) {
    void reportLogFileError(loaded.error);
    return undefined;
  }
  const previous = latestRatings(loaded.log.checkIns);

  const chosen = await context.prompts.pickMany(
    COMPETENCIES.map((competency) => ({
      label: competency.label,
      description: describePrevious(previous.get(competency.id)),
      id: competency.id,
    })),
    {
      title: vscode.l10n.t('Check In: which competencies do you want to rate now?'),
      placeholder: vscode.l10n.t('A few is enough: type to find one, Down and Space to check it, Enter when done.'),
      step: 1,
    },
  );
  if (!chosen) return undefined;
  if (chosen.length === 0) {
    void showInformation(vscode.l10n.t('Growth Log: no competency was checked, so there was nothing to check in.'));
    return undefined;
  }

  const totalSteps = 2 + chosen.length * 2;
  const ratings: Record<string, SelfRating> = {};
  for (const [index, competency] of chosen.entries()) {
    const rating: { good?: number; enjoy?: number } = {};
    for (const [offset, question] of (['good', 'enjoy'] as const).entries()) {
      const answer = await askRating(context, question, competency.label, previous.get(competency.id), {
        step: 2 + index * 2 + offset,
        totalSteps,
      });
      if (!answer) return undefined;
      if (answer.value !== undefined) rating[question] = answer.value;
    }
    ratings[competency.id] = rating;
  }

  const note = await context.prompts.input({
    title: vscode.l10n.t('Check In'),
    prompt: vscode.l10n.t(
      'A note to self, if you like: what stands out? Enter to finish, Escape to cancel the check-in.',
    ),
    placeholder: vscode.l10n.t('e.g. Mentoring energises me more than planning does'),
    step: totalSteps,
    totalSteps,
  });
  if (note === undefined) return undefined;

  const made = createCheckIn({ ratings, note }, context.now());
  if (!made) {
    void showInformation(vscode.l10n.t('Growth Log: every answer was skipped, so no check-in was recorded.'));
    return undefined;
  }
  await context.logLocationChoice.askBeforeFirstLog(context.logs.locateAndFollow());
  const changeId = await saveChange(context, (log) => mergeCheckIn(log, made), {
    description: vscode.l10n.t('check-in'),
    action: 'log',
    revert: (log) => removeCheckIn(log, made.id),
  });
  if (!changeId) return undefined;
  offerUndo(confirmation(made), changeId);
  return made;
}

/** One question about one competency; undefined when the user pressed Escape, an item with no value when they skipped. */
function askRating(
  context: CommandContext,
  question: Question,
  competency: string,
  previous: LatestRating | undefined,
  step: { readonly step: number; readonly totalSteps: number },
): Promise<RatingItem | undefined> {
  const earlier = previous?.[question];
  const items: RatingItem[] = [
    { label: vscode.l10n.t('Skip'), description: vscode.l10n.t('Leave this one unanswered'), value: undefined },
    ...scaleWords(question).map((words, index) => {
      const value = index + 1;
      return {
        label: String(value),
        description: value === earlier ? vscode.l10n.t('{0} (your last answer)', words) : words,
        value,
      };
    }),
  ];
  return context.prompts.pick(items, {
    ...step,
    title:
      question === 'good'
        ? vscode.l10n.t('Check In: how good are you at {0}?', competency)
        : vscode.l10n.t('Check In: how much do you enjoy {0}?', competency),
    placeholder: vscode.l10n.t('Type 1 to 5 and press Enter, or choose Skip.'),
    // Enter keeps the earlier answer; with none, Enter skips rather than inventing a rating.
    active: items.find((item) => item.value === earlier) ?? items[0],
  });
}

/** What each point of the scale means, 1 to 5. */
function scaleWords(question: Question): readonly string[] {
  return question === 'good'
    ? [
        vscode.l10n.t('Just starting'),
        vscode.l10n.t('Learning'),
        vscode.l10n.t('Solid'),
        vscode.l10n.t('Strong'),
        vscode.l10n.t('A strength others rely on'),
      ]
    : [
        vscode.l10n.t('Drains me'),
        vscode.l10n.t('Not much'),
        vscode.l10n.t('It is fine'),
        vscode.l10n.t('I enjoy it'),
        vscode.l10n.t('I love it'),
      ];
}

/** The last answers for a competency, beside its name in the first step. */
function describePrevious(rating: LatestRating | undefined): string | undefined {
  if (!rating) return undefined;
  const good = rating.good === undefined ? '–' : String(rating.good);
  const enjoy = rating.enjoy === undefined ? '–' : String(rating.enjoy);
  return vscode.l10n.t('last time: good at {0}, enjoy {1}', good, enjoy);
}

function confirmation(made: CheckIn): string {
  const count = ratedCount(made);
  if (count === 0) return vscode.l10n.t('Saved your check-in note.');
  return count === 1
    ? vscode.l10n.t('Checked in on 1 competency.')
    : vscode.l10n.t('Checked in on {0} competencies.', count);
}
