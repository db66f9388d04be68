import * as l10n from '@vscode/l10n';
import * as z from 'zod/mini';
import { KIND_ID_PATTERN } from '../../shared/patterns';

/**
 * Which commit trailers name leadership work, and as which kind of moment. A trailer
 * naming the user on someone else's commit (`Helped-by: Robin <robin@…>`) is proposed as
 * a moment of its kind, with the commit's author as the person. Keys are matched without
 * regard to case, as git itself treats trailer keys.
 *
 * The map is a view preference (`growthLog.gitTrailers`), merged over the built-in one:
 * it only names kinds, and nothing in it is ever handed to git or to a shell, so a
 * workspace that sets it can change what is proposed, never what runs.
 */

/** The built-in map, lower-case keys. `co-authored-by` naming me on another's commit is pairing. */
export const BUILT_IN_TRAILER_KINDS: Readonly<Record<string, string>> = {
  'mentored-by': 'mentoring',
  'helped-by': 'mentoring',
  'co-authored-by': 'mentoring',
  'suggested-by': 'initiative',
  'reviewed-by': 'code-review',
  'acked-by': 'code-review',
  'tested-by': 'code-review',
};

/** Trailer key → kind id, lower-case keys; a key mapped to nothing is switched off. */
export type TrailerKinds = ReadonlyMap<string, string>;

export interface ParsedTrailerKinds {
  readonly kinds: TrailerKinds;
  /** One line per entry left out: `growthLog.gitTrailers["Helped-by"]: …`. */
  readonly problems: readonly string[];
}

/** What git accepts as a trailer key: letters, digits and dashes. */
const TRAILER_KEY = /^[A-Za-z0-9][A-Za-z0-9-]*$/;

const entrySchema = z.nullable(
  z.string().check(
    z.regex(KIND_ID_PATTERN, {
      error: () => l10n.t('must be a kind id such as "mentoring" (lower-case letters, digits and dashes), or null'),
    }),
  ),
);

export function builtInTrailerKinds(): TrailerKinds {
  return new Map(Object.entries(BUILT_IN_TRAILER_KINDS));
}

/**
 * The built-in map with the user's `raw` setting merged over it. An entry that does not fit
 * (a key git would not write, a value that is not a kind id, a kind that `isKnownKind`
 * does not know) is left out and named, so one typo does not take the others with it;
 * `null` switches a built-in trailer off.
 */
export function parseTrailerKinds(
  raw: unknown,
  isKnownKind: (kindId: string) => boolean,
  setting = 'growthLog.gitTrailers',
): ParsedTrailerKinds {
  const kinds = new Map(Object.entries(BUILT_IN_TRAILER_KINDS));
  if (raw === undefined || raw === null) return { kinds, problems: [] };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return {
      kinds,
      problems: [l10n.t('{0}: must be an object of trailer to kind, such as Helped-by to mentoring', setting)],
    };
  }
  const problems: string[] = [];
  for (const [key, value] of Object.entries(raw)) {
    const where = `${setting}[${JSON.stringify(key)}]`;
    if (!TRAILER_KEY.test(key)) {
      problems.push(l10n.t('{0}: a trailer key is letters, digits and dashes, such as "Helped-by"', where));
      continue;
    }
    const parsed = entrySchema.safeParse(value);
    if (!parsed.success) {
      problems.push(`${where}: ${parsed.error.issues[0]?.message ?? l10n.t('does not fit')}`);
    } else if (parsed.data !== null && !isKnownKind(parsed.data)) {
      problems.push(l10n.t('{0}: "{1}" is not a kind, neither built in nor one of your own', where, parsed.data));
    } else if (parsed.data === null) {
      kinds.delete(key.toLowerCase());
    } else {
      kinds.set(key.toLowerCase(), parsed.data);
    }
  }
  return { kinds, problems };
}
