import * as l10n from '@vscode/l10n';
import { shorten } from '../git/suggestionWording';
import type { Moment } from '../model/schema';
import type { MomentWriting } from './bragMoment';
import { MOST_RECENT_CITED } from './citation';
import { markdownText } from './markdownText';
import { momentLead } from './momentProse';

/**
 * How the brag document points a reader at a moment its body already shows: the first
 * words of the line the body writes, and the day as the body writes it —
 * "Handed the release checklist to Priya (Nov 27)" — so a manager finds it on the page.
 * A ref would find it only in the log, which the reader does not have (the self-review
 * draft, read back by the editor, cites refs: citation.ts).
 */
export function mentionMoment(moment: Moment, writing: MomentWriting): string {
  // Cut just after the result, a dash would be left hanging: "Sam now owns it —…".
  const lead = shorten(momentLead(moment, writing.people), MAX_LEAD_LENGTH).replace(HANGING_DASH, '…');
  return `${markdownText(lead)} (${writing.day(moment)})`;
}

/**
 * The most recent `limit` of `moments` (oldest first) mentioned once each, oldest first,
 * and how many earlier ones there are: a year of evidence is not listed whole.
 */
export function mentionMostRecent(
  moments: readonly Moment[],
  writing: MomentWriting,
  limit = MOST_RECENT_CITED,
): string {
  const mentioned = moments.slice(-Math.max(1, limit));
  const earlier = moments.length - mentioned.length;
  const mentions = mentioned.map((moment) => mentionMoment(moment, writing)).join('; ');
  if (earlier === 0) return mentions;
  // Whole phrases for the translator, one for one and one for more.
  return earlier === 1
    ? l10n.t('{0}; and {1} earlier moment', mentions, earlier)
    : l10n.t('{0}; and {1} earlier moments', mentions, earlier);
}

/** Enough of a lead to recognise its line in the body; the line itself says the rest. */
const MAX_LEAD_LENGTH = 60;
const HANGING_DASH = /\s+—…$/u;
