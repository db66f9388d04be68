import * as l10n from '@vscode/l10n';
import * as z from 'zod/mini';
import { issueMessage } from '../model/validationMessages';
import { boundedGitText } from './gitText';

/**
 * The user's own review history, exported from their forge with its command line, so that
 * reviews a squash or a merge button left no trace of in git still count. For GitHub:
 *
 *     gh search prs --reviewed-by=@me --json number,title,url,repository,author,closedAt,updatedAt --limit 1000 > reviews.json
 *
 * Growth Log reads the file the user names; it never calls the forge itself. Fields other
 * than these are ignored, so a wider `--json` list reads as well.
 */

const reviewSchema = z.object({
  number: z.int().check(z.positive()),
  title: z.string(),
  url: z.url({ protocol: /^https?$/ }),
  repository: z.object({ nameWithOwner: z.string().check(z.regex(/^[^/\s]+\/[^/\s]+$/)) }),
  author: z.object({ login: z.string().check(z.minLength(1)) }),
  closedAt: z.optional(z.nullable(z.string())),
  updatedAt: z.string().check(z.iso.datetime({ offset: true })),
});

const historySchema = z.array(reviewSchema);

export interface ImportedReview {
  readonly number: number;
  readonly title: string;
  readonly url: string;
  /** `owner/repo`. */
  readonly repository: string;
  /** The pull request's author, by login. */
  readonly author: string;
  /** When it was closed (merged or not), else last updated: ISO 8601. */
  readonly at: string;
}

export type ReviewHistory =
  | { readonly ok: true; readonly reviews: readonly ImportedReview[] }
  | { readonly ok: false; readonly error: string };

/** Reads an exported review history; a file that does not fit is named with the failing field. */
export function parseReviewHistory(text: string, file: string): ReviewHistory {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: l10n.t('{0} is not JSON: {1}', file, (error as Error).message) };
  }
  const parsed = historySchema.safeParse(json, { error: issueMessage });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = (issue?.path ?? [])
      .map((segment) => (typeof segment === 'number' ? `[${segment}]` : `.${String(segment)}`))
      .join('');
    return {
      ok: false,
      error: where
        ? l10n.t('{0}: {1} {2}', file, where.replace(/^\./, ''), issue?.message ?? '')
        : l10n.t('{0}: {1} (expected the list "gh search prs --json …" prints)', file, issue?.message ?? ''),
    };
  }
  return {
    ok: true,
    reviews: parsed.data.map((review) => ({
      number: review.number,
      title: boundedGitText(review.title),
      url: review.url,
      repository: review.repository.nameWithOwner,
      author: boundedGitText(review.author.login),
      at: new Date(closedOrUpdated(review.closedAt, review.updatedAt)).toISOString(),
    })),
  };
}

/** `gh` prints an open pull request's closedAt as Go's zero time, year 1. */
function closedOrUpdated(closedAt: string | null | undefined, updatedAt: string): string {
  const closed = closedAt ? Date.parse(closedAt) : Number.NaN;
  return Number.isNaN(closed) || new Date(closed).getUTCFullYear() < 2000 ? updatedAt : (closedAt ?? updatedAt);
}

/** The reviews of a period: closed (or last updated) within [from, to). */
export function reviewsWithin(reviews: readonly ImportedReview[], from: Date, to: Date): ImportedReview[] {
  return reviews.filter((review) => Date.parse(review.at) >= from.getTime() && Date.parse(review.at) < to.getTime());
}
