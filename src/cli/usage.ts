import { BUILT_IN_FORMS } from '../core/documents/selfReview/forms';
import { PROMOTION_CASE_ID } from '../core/documents/selfReview/promotionCase';
import { BUILT_IN_KINDS } from '../core/model/taxonomy';
import { REVIEW_CYCLE_LENGTHS, TRACK_IDS, WEEK_START_DAYS } from '../shared/enums';
import { SETTING_DEFAULTS } from '../shared/settingDefaults';
import { PERIOD_NAMES } from './periodOptions';

/** "monday (default) or sunday". */
function choices(values: readonly string[], byDefault: string): string {
  return values.map((value) => (value === byDefault ? `${value} (default)` : value)).join(' or ');
}

/** An option's text, wrapped under its first line the way the options below are. */
function wrapOption(text: string): string {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + word.length < OPTION_TEXT_WIDTH)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.join(`\n${' '.repeat(OPTION_INDENT)}`);
}

const OPTION_INDENT = 23;
const OPTION_TEXT_WIDTH = 98 - OPTION_INDENT;

export const USAGE = `Usage:
  growth-log add <kind> <text...> [--impact TEXT] [--date DAY] [--initiative NAME] [--competency C] [--new-kind] [--json] [--keep-in-git] [--file PATH]
  growth-log summary [--week YYYY-MM-DD] [--track T] [--json] [--file PATH]
  growth-log export [--period NAME | --from YYYY-MM-DD --to YYYY-MM-DD] [--format F] [--out PATH] [--private] [--ladder FILE] [--track T] [--level NAME] [--target NAME] [--keep-in-git] [--file PATH]
  growth-log suggest [--period NAME | --from YYYY-MM-DD --to YYYY-MM-DD] [--repo PATH] [--author EMAIL] [--reviews FILE] [--json]
  growth-log people [--period NAME | --from YYYY-MM-DD --to YYYY-MM-DD] [--json] [--file PATH]
  growth-log import <file> [--keep-in-git] [--file PATH]
  growth-log draft --form ID|FILE [--form-name NAME] [--period NAME | --from YYYY-MM-DD --to YYYY-MM-DD] [--ladder FILE] [--track T] [--level NAME] [--target NAME] [--out PATH] [--private] [--keep-in-git] [--file PATH]
  growth-log follow-ups [--json] [--file PATH]
  growth-log outcome <ref-or-id> <text...> [--replace] [--json] [--file PATH]
  growth-log readiness [--ladder FILE] [--track T] [--level NAME] [--target NAME] [--period NAME | --from YYYY-MM-DD --to YYYY-MM-DD] [--json] [--file PATH]
  growth-log check-ins [--json] [--file PATH]

"import" merges another log into this one by id (its moments, and the people and kinds they use);
the other file is left as it was, and importing it again adds nothing.

"people" lists who can speak to your work: the colleagues named on the period's moments, most
moments shared first, with the competencies those moments show. Its --json prints
{ "period": { "from", "to" }, "people": [{ "name", "moments", "competencies": [{ "id", "label",
"moments" }], "latest", "momentIds" }] }.

"draft" answers a review form from the log: under each question, the moments of the period that
answer it, each cited by date, kind and ref, for you to turn into prose. Its promotion-case form
asks one question per expectation of the target level (--ladder, --track, --level, --target, as
readiness takes them), answered first by the moments you linked to that expectation.

"export" with --ladder, --level or --target adds "Against the <target> expectations" to the brag
document: each expectation of the target level the period has evidence for, its strength and its
moments by their first words and day; with --private, the expectations with no or thin evidence
join "Gaps and next focus".

"follow-ups" lists the moments (delegations and decisions, unless set otherwise in the editor) whose
follow-up is due, with the ref "outcome" takes: "growth-log outcome 3f9a2c1b Sam has run the last three
releases alone" records what came of one, and the brag document leads with it. A moment that has an
outcome already keeps it unless --replace is given.

"readiness" shows where the log stands against a level of a career ladder (default: the last 6
months): for each expectation of the target level, the moments that are evidence for it (the ones
you linked to it, else those sharing a competency with it, by kind or chosen when logging), the
people they name, and a strength: none, thin (1), some (2-3) or strong (4 or more, with 2 or more
people or over 2 or more months). Its --json prints { "ladder", "level", "target", "period": { "from", "to" },
"expectations": [{ "id", "level", "area", "text", "competencies", "evidence": { "moments",
"people", "starred", "latest" }, "strength", "momentIds" }], "summary": { "expectations",
"withEvidence", "strong" } }.

"check-ins" lists your check-ins (made with Check In… in the editor), latest first: for each
competency you rated, how good you said you are at it and how much you enjoy it (1 to 5), and your
note. Its --json prints [{ "id", "at", "ratings": { "<competency id>": { "good", "enjoy" } },
"note" }]. Check-ins are private: no document shows them unless you ask for the private sections.

The text of "add" uses the quick-log syntax: @Name for people, #tag for tags, +payments for the
initiative (the piece of work it belongs to), a lone ! to star, ~yesterday (or ~tue, ~2026-11-24)
for the day it happened.

Options:
  --file PATH          the log (default: $GROWTH_LOG_FILE, else ${SETTING_DEFAULTS.logFile} under
                       the current folder)
  --impact TEXT        what changed because of the moment
  --date DAY           the day it happened: today, yesterday, a weekday (its most recent,
                       today included) or YYYY-MM-DD; never after today (default: today)
  --initiative NAME    the initiative the moment belongs to; a name may have spaces, and case is
                       matched to the log's spelling; it wins over a +name in the text
  --competency C       the competency the moment was about, beyond its kind's (what feedback
                       received was on): an id or its English name, e.g. delegation
  --new-kind           let add start a kind of your own (without it, a kind that is neither
                       built in nor in the log is taken for a typo); kinds ignore case
  --keep-in-git        when add or import starts a new log, or export or draft writes --out, in a
                       git repository, do not add it to .git/info/exclude (by default it is, as
                       the extension does)
  --replace            let outcome replace the outcome a moment already has (without it, that
                       moment is refused and the log left as it was)
  --week YYYY-MM-DD    any day of the week to summarise (default: this week)
  --week-starts-on D   ${choices(WEEK_START_DAYS, SETTING_DEFAULTS.weekStartsOn)}
  --json               print the summary, the moment add logged or outcome answered, or the
                       follow-ups due, as JSON
  --period NAME        ${wrapOption(`${PERIOD_NAMES.join(', ')} (default: this-quarter); this-cycle and last-cycle are your company's review cycles, and need --cycle-start and --cycle-length`)}
  --cycle-start M      the month, 1 to 12, the review year starts in (4: the year runs from April)
  --cycle-length L     ${REVIEW_CYCLE_LENGTHS.join(', ')}: how long a review cycle lasts; named as
                       companies do, by the calendar year the review year ends in (H2 FY27)
  --from, --to         a custom period, both days included
  --format F           export: markdown (default) or html, one self-contained web page that
                       prints to clean pages
  --out PATH           write the brag document or the draft to PATH instead of printing it
  --form ID|FILE       draft: a built-in form (${[...BUILT_IN_FORMS.map((form) => form.id), PROMOTION_CASE_ID].join(', ')}) or a
                       file of your own forms (JSON: {"name", "questions": [{"id", "text", "limit"?,
                       "competencies"?, "kinds"?, "expectation"?}]}, or a list of such forms)
  --form-name NAME     draft: the form to answer, when the file holds several
  --private            add the private sections: to the brag document "Gaps and next focus",
                       "What energises me", "Who can speak to your work" and "Check-in"; to the
                       draft the last
  --repo PATH          suggest: a folder of the git repository to read (default: the current folder)
  --author EMAIL       suggest: who you are in git (default: the repository's user.email)
  --reviews FILE       suggest: also your reviews exported with "gh search prs --reviewed-by=@me --json ..."
  --track T            ${choices(TRACK_IDS, SETTING_DEFAULTS.track)}: summary's weekly targets, the
                       wording of suggestions, and the built-in ladder of readiness, export and
                       draft
  --ladder FILE        readiness, export, draft: your company's ladder, as JSON ({"name", "levels":
                       [{"name", "expectations": [{"id"?, "area"?, "text", "competencies"}]}]})
                       or as CSV with the columns level, area, expectation, competencies (and
                       id, optional); without it, the built-in ladder of --track
  --level NAME         readiness, export, draft: your current level (default: the ladder's first)
  --target NAME        readiness, export, draft: the level to measure against (default: the one
                       after --level)
  --verbose            on a failure, also print what lies behind the message (for a bug report)
  -h, --help           show this help
  -v, --version        show the version

Environment:
  GROWTH_LOG_FILE      the log when --file is not given: set it to the file of growthLog.logFile
                       (e.g. ~/growth-log.json) so moments from the terminal and from git hooks go
                       to the one log the editor shows; ~ is your home folder, a relative path is
                       under the current folder

Kinds: ${BUILT_IN_KINDS.map((kind) => kind.id).join(', ')}

Exit codes: 0 done; 1 usage error; 2 the log cannot be read, parsed, validated or locked, a forms
or ladder file cannot be read or does not fit, or a file cannot be written (the file is left exactly as it was).`;

/**
 * What follows a usage error: the usage line of the command that was called (the first
 * argument that names one), or every command's when none was, and where the rest is.
 */
export function usageHint(args: readonly string[]): string {
  const line = usageLineOf(args);
  const lines = line ? [line] : synopsisLines();
  return `Usage: ${lines.join('\n       ')}\nRun "growth-log --help" for every option.`;
}

/** The usage line of each command, `growth-log add <kind> …` first. */
export function synopsisLines(): string[] {
  return USAGE.slice(0, USAGE.indexOf('\n\n'))
    .split('\n')
    .slice(1)
    .map((line) => line.trim());
}

/** The usage line of the command called: the first argument that names one. */
export function usageLineOf(args: readonly string[]): string | undefined {
  const synopsis = synopsisLines();
  const lineOf = (command: string) => synopsis.find((line) => line.split(' ')[1] === command);
  return args.map(lineOf).find((found) => found !== undefined);
}
