import * as l10n from '@vscode/l10n';
import { formatLocalDate } from '../time/calendar';
import type { KindCatalogue } from '../model/kindCatalogue';
import type { Moment } from '../model/schema';
import { markdownText } from './markdownText';

/**
 * How a document points at a moment without repeating it: `(2026-11-23, Mentoring, ref 3f9a2c1b)`.
 * Plain text on purpose: it survives a copy into a review tool's web form, a reader
 * still sees the day and the kind of work, and the ref finds the moment again
 * (`momentsCitedBy`, and the editor's link provider over a draft).
 */
export function citeMoment(moment: Pick<Moment, 'id' | 'at' | 'kind'>, kinds: KindCatalogue): string {
  // The label is plain text first (none of the citation's own punctuation, no longer than a
  // citation is read back), and then escaped: mending the escaped text would undo escapes.
  const plain = kinds.describe(moment.kind).label.replace(/[(),]/g, ' ').slice(0, MAX_LABEL_LENGTH);
  const label = markdownText(plain);
  return `(${formatLocalDate(new Date(moment.at))}, ${label}, ref ${momentRef(moment.id)})`;
}

/** How many moments a document cites in one place: the most recent, which a reviewer will remember. */
export const MOST_RECENT_CITED = 5;

/**
 * The most recent `limit` of `moments` (oldest first) cited once each, oldest first, and how
 * many earlier ones there are: a year of evidence under one heading is not listed whole.
 */
export function citeMostRecent(moments: readonly Moment[], kinds: KindCatalogue, limit = MOST_RECENT_CITED): string {
  const cited = moments.slice(-Math.max(1, limit));
  const earlier = moments.length - cited.length;
  const citations = cited.map((moment) => citeMoment(moment, kinds)).join(' ');
  return earlier > 0 ? `${citations} ${earlierMoments(earlier)}` : citations;
}

// Whole phrases for the translator, one for one and one for more.
function earlierMoments(count: number): string {
  return count === 1 ? l10n.t('and {0} earlier moment', count) : l10n.t('and {0} earlier moments', count);
}

/**
 * A short, stable reference to a moment id: the first eight characters of an id made of
 * letters, digits, `-` and `_` (a UUID's first block), or eight hex digits of the id's
 * FNV-1a hash when the id has other characters (a hand-written log may use any text).
 */
export function momentRef(id: string): string {
  if (/^[A-Za-z0-9_-]+$/.test(id)) return id.slice(0, REF_LENGTH).toLowerCase();
  return fnv1a(id).toString(16).padStart(REF_LENGTH, '0');
}

/** A citation in any text: where it is and the ref it carries. */
export interface CitationMatch {
  readonly start: number;
  readonly end: number;
  readonly ref: string;
}

/** Every citation `citeMoment` could have written in `text`, in order. */
export function findCitations(text: string): CitationMatch[] {
  const matches: CitationMatch[] = [];
  for (const match of text.matchAll(CITATION_PATTERN)) {
    matches.push({ start: match.index, end: match.index + match[0].length, ref: (match[1] ?? '').toLowerCase() });
  }
  return matches;
}

/** The moments a ref may mean (more than one only if two ids share their first eight characters). */
export function momentsCitedBy(ref: string, moments: readonly Moment[]): Moment[] {
  const wanted = ref.toLowerCase();
  return moments.filter((moment) => momentRef(moment.id) === wanted);
}

const REF_LENGTH = 8;
/** Escaping at most doubles it, within the 120 characters a citation's kind is read back from. */
const MAX_LABEL_LENGTH = 60;
// Not after a backslash: markdownText escapes what in a log's text looks like a citation.
const CITATION_PATTERN = /(?<!\\)\(\d{4}-\d{2}-\d{2}, [^(),\n]{1,120}, ref ([A-Za-z0-9_-]{1,8})\)/g;

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}
