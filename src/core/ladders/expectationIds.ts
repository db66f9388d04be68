import { levelKey } from './ladder';

/**
 * Expectation ids. A moment links to an expectation by id, so an id must stay put while
 * the expectation does: a ladder file may give each expectation one (an `id` field or
 * column); without one, it is derived from the level and the text, so the same row read
 * again gets the same id, and a reworded row (a different expectation, perhaps) gets a new
 * one, leaving the moments linked to the old wording reported rather than silently moved.
 */

/** Ids a file gives: letters, digits, `.`, `_` and `-`, so one is typed, quoted and linked to without surprises. */
export const EXPECTATION_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$/;

/** `staff-3f9a2c1b`: the level as a slug, and a hash of the level and the text (its spacing and case aside). */
export function derivedExpectationId(level: string, text: string): string {
  const slug = levelKey(level)
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '')
    .slice(0, 32)
    .replace(/-+$/u, '');
  return `${slug || 'level'}-${fnv1a(`${levelKey(level)}\n${text.trim().replace(/\s+/gu, ' ').toLowerCase()}`)}`;
}

/** 32-bit FNV-1a over UTF-16 code units, as 8 hex digits: short, stable across versions and machines, no dependency. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** The first id two entries share, with where each is, or undefined when every id is unique. */
export function firstDuplicateId<T extends { readonly id: string }>(
  entries: readonly T[],
): { readonly id: string; readonly first: T; readonly second: T } | undefined {
  const seen = new Map<string, T>();
  for (const entry of entries) {
    const first = seen.get(entry.id);
    if (first) return { id: entry.id, first, second: entry };
    seen.set(entry.id, entry);
  }
  return undefined;
}
