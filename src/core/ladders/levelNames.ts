import * as l10n from '@vscode/l10n';
import { clipEnd } from '../../shared/clipText';
import type { Ladder } from './ladder';

/** A ladder's levels listed in a message: a real ladder has fewer. */
export const LISTED_LEVELS = 10;

/** The levels a level setting may name, quoted: the first few of a long ladder, and how many more. */
export function levelNames(ladder: Ladder): string {
  const shown = ladder.levels.slice(0, LISTED_LEVELS).map((level) => `“${clipEnd(level.name)}”`);
  const more = ladder.levels.length - shown.length;
  return more > 0 ? l10n.t('{0} and {1} more', shown.join(', '), more) : shown.join(', ');
}
