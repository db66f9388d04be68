import * as l10n from '@vscode/l10n';
import { trimEndWhile } from '../model/textSearch';
import type { DisplayLanguage } from '../time/displayLanguage';
import { splitPullRequestSuffix } from './pieceOfWork';

/**
 * The words of a suggested moment: a sentence the user could have written ("Reviewed
 * Priya's change to retry flaky uploads (#123)"), not a template around a commit subject
 * ("Code review: fix: retry uploads"). Subjects lose what only tools read (a
 * conventional-commit type, a forge's `(#123)`, a final full stop) and are kept short.
 */

/** `feat:`, `fix(parser)!:` and the like, as Conventional Commits write them (`RFC:` stays). */
const CONVENTIONAL_PREFIX =
  /^(feat|feature|fix|bugfix|hotfix|chore|docs?|refactor|perf|tests?|build|ci|style|revert|deps|wip)(\([^)]*\))?!?:\s+/i;
const MAX_WHAT_LENGTH = 72;

/** A commit subject as a title: without what only tools read, and short. */
export function titleOf(subject: string): string {
  const title = subject.trim().replace(CONVENTIONAL_PREFIX, '');
  const withoutNumber = splitPullRequestSuffix(title)?.before ?? title;
  return shorten(trimEndWhile(withoutNumber, (character) => character === '.').trim(), MAX_WHAT_LENGTH);
}

/** What a commit subject says was done, in words fit for the middle of a sentence. */
export function whatWasDone(subject: string): string {
  const title = titleOf(subject);
  // "Fix retries" reads "to fix retries" mid-sentence; "API docs" and "McLaren" keep their case.
  return /^[A-Z][a-z]/.test(title) && !/^[A-Z][a-z]+[A-Z]/.test(title)
    ? `${title[0]?.toLowerCase()}${title.slice(1)}`
    : title;
}

/** `text` cut at a word boundary to at most `max` characters, with an ellipsis when cut. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** How a person is called in a sentence: the first name, as a colleague would say it. */
export function callName(name: string): string {
  const trimmed = name.trim();
  if (trimmed.includes('@')) return trimmed;
  return trimmed.split(/\s+/)[0] || trimmed;
}

/** What the user did, as a phrase per rule; the summary adds the work and any pull request. */
export type Deed =
  | { readonly type: 'paired'; readonly with: readonly string[] }
  | { readonly type: 'reviewed'; readonly author: string }
  | { readonly type: 'merged'; readonly author: string }
  | { readonly type: 'tested'; readonly author: string }
  | { readonly type: 'helped'; readonly author: string }
  | { readonly type: 'mentored'; readonly author: string }
  | { readonly type: 'suggested'; readonly author: string }
  | { readonly type: 'named'; readonly author: string; readonly trailer: string }
  | { readonly type: 'decided' }
  | { readonly type: 'wrote' };

/** One sentence for a suggested moment: `deed` on `subject`, with the pull request if known. */
export function describeDeed(
  deed: Deed,
  subject: string,
  pullRequest: number | undefined,
  language: DisplayLanguage,
): string {
  const sentence = deedSentence(deed, subject, language);
  return pullRequest === undefined ? sentence : l10n.t('{0} (#{1})', sentence, pullRequest);
}

function deedSentence(deed: Deed, subject: string, language: DisplayLanguage): string {
  const what = whatWasDone(subject);
  switch (deed.type) {
    case 'paired':
      return l10n.t('Paired with {0} to {1}', language.formatList(deed.with.map(callName)), what);
    case 'reviewed':
      return l10n.t("Reviewed {0}'s change to {1}", callName(deed.author), what);
    case 'merged':
      return l10n.t("Reviewed and merged {0}'s change to {1}", callName(deed.author), what);
    case 'tested':
      return l10n.t("Tested {0}'s change to {1}", callName(deed.author), what);
    case 'helped':
      return l10n.t('Helped {0} to {1}', callName(deed.author), what);
    case 'mentored':
      return l10n.t('Mentored {0} as they worked to {1}', callName(deed.author), what);
    case 'suggested':
      return l10n.t("Suggested what became {0}'s change to {1}", callName(deed.author), what);
    case 'named':
      return l10n.t("Named in {0} on {1}'s change to {2}", deed.trailer, callName(deed.author), what);
    case 'decided':
      return l10n.t('Recorded the decision “{0}”', titleOf(subject));
    case 'wrote':
      return l10n.t('Wrote up “{0}”', titleOf(subject));
  }
}

/** The deed a trailer key names, for someone else's commit that names the user in it. */
export function deedOfTrailer(trailer: string, author: string): Deed {
  switch (trailer.toLowerCase()) {
    case 'reviewed-by':
    case 'acked-by':
      return { type: 'reviewed', author };
    case 'tested-by':
      return { type: 'tested', author };
    case 'helped-by':
      return { type: 'helped', author };
    case 'mentored-by':
      return { type: 'mentored', author };
    case 'suggested-by':
      return { type: 'suggested', author };
    case 'co-authored-by':
      return { type: 'paired', with: [author] };
    default:
      return { type: 'named', author, trailer };
  }
}
