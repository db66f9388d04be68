import { renderSelfReviewDraft } from '../core/documents/selfReview/draftDocument';
import { loadForms } from '../core/documents/selfReview/formFile';
import { BUILT_IN_FORMS, builtInForm, type ReviewForm } from '../core/documents/selfReview/forms';
import { Timeline } from '../core/insights/timeline';
import { KindCatalogue } from '../core/model/kindCatalogue';
import { PROMOTION_CASE_ID, promotionCaseForm } from '../core/documents/selfReview/promotionCase';
import type { TrackId, WeekStartDay } from '../shared/enums';
import { asksForLadder, chooseLadder, type LadderArguments } from './ladderOptions';
import { UsageError } from './cliError';
import type { PeriodArguments } from './periodOptions';
import { peopleOf } from '../core/model/people';
import {
  type CommandOutput,
  type CommonOptions,
  choosePeriod,
  exists,
  onFile,
  readLogFile,
  writeOut,
} from './commands';

/**
 * `growth-log draft`: the self-review draft for a review form and a period, the one the
 * editor's Draft Self-Review… opens: for each question, the moments that answer it, cited.
 * Reads the log and the forms file; writes only --out (and the repository's
 * .git/info/exclude, to keep it out of commits).
 */

export interface DraftOptions extends CommonOptions, PeriodArguments {
  /** A built-in form's id, or the path of a forms file. */
  readonly form?: string;
  /** Which form of a file that holds several, by name. */
  readonly formName?: string;
  /** Adds the private "Who can speak to your work". */
  readonly includePrivateSections?: boolean;
  readonly out?: string;
  /** Leaves git alone: without it, --out is added to .git/info/exclude. */
  readonly keepInGit: boolean;
  readonly weekStartsOn: WeekStartDay;
  /** The promotion case's ladder and level; no other form takes them. */
  readonly ladder: LadderArguments;
  readonly defaultTrack: TrackId;
}

export async function draftCommand(options: DraftOptions): Promise<CommandOutput> {
  const period = choosePeriod(options);
  const form =
    options.form === PROMOTION_CASE_ID
      ? await promotionCase(options)
      : await chooseForm(options.form, options.formName, options.ladder);
  const log = await readLogFile(options.file);
  const markdown = renderSelfReviewDraft(Timeline.build(log.moments), period, form, {
    kinds: KindCatalogue.ofLog(log),
    people: peopleOf(log),
    includePrivateSections: options.includePrivateSections,
  });
  if (!options.out) return { stdout: markdown };
  return writeOut(options.out, markdown, options);
}

/** The promotion case for the target level of the ladder the options name (the track's built-in one by default). */
async function promotionCase(options: DraftOptions): Promise<ReviewForm> {
  if (options.formName !== undefined)
    throw new UsageError('--form-name chooses among the forms of a file, not a built-in form');
  const { target } = await chooseLadder(options.ladder, options.defaultTrack);
  return promotionCaseForm(target);
}

/** The form --form names: a built-in one by its id, else the one in the forms file at that path. */
async function chooseForm(
  wanted: string | undefined,
  name: string | undefined,
  ladder: LadderArguments,
): Promise<ReviewForm> {
  const builtInIds = [...BUILT_IN_FORMS.map((form) => form.id), PROMOTION_CASE_ID].join(', ');
  if (wanted === undefined)
    throw new UsageError(`draft needs --form: a built-in form (${builtInIds}) or the path of a forms file`);
  if (asksForLadder(ladder) || ladder.track !== undefined)
    throw new UsageError(
      `--ladder, --track, --level and --target choose the level of --form ${PROMOTION_CASE_ID}; --form ${wanted} takes no ladder`,
    );
  const builtIn = builtInForm(wanted);
  if (builtIn) {
    if (name !== undefined) throw new UsageError('--form-name chooses among the forms of a file, not a built-in form');
    return builtIn;
  }
  if (!(await exists(wanted)))
    throw new UsageError(`unknown form "${wanted}": use a built-in form (${builtInIds}) or the path of a forms file`);
  // What the file holds is worded by loadForms (a FormFileError); what the system refuses (a folder, no permission), by onFile.
  return formNamed(await onFile(wanted, () => loadForms(wanted)), wanted, name);
}

function formNamed(forms: readonly ReviewForm[], file: string, name: string | undefined): ReviewForm {
  const names = forms.map((form) => `"${form.name}"`).join(', ');
  if (name === undefined) {
    const [only] = forms;
    if (only && forms.length === 1) return only;
    throw new UsageError(`${file} holds ${forms.length} forms (${names}); choose one with --form-name`);
  }
  const chosen = forms.find((form) => form.name.toLowerCase() === name.trim().toLowerCase());
  if (!chosen) throw new UsageError(`${file} holds no form named "${name}"; its forms are ${names}`);
  return chosen;
}
